-- The public campaign page (GET /api/v1/public/campaigns/{id}) is cached like the other public reads (V19): it
-- shows the campaign's public materials, which only the material event listener writes (public_material, V17). Give
-- them a scope of their own and bump it at commit like every other table the public sees, so that a projected
-- material event makes a cached page stale.
insert into public_change (scope) values ('materials');

create constraint trigger public_material_public_change after insert or update or delete on public_material
    deferrable initially deferred for each row execute function public_change_bump('materials');
