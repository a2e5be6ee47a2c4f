-- The board and the overdue list on 1,000 fanned-out plans (32,000 shipments, 64,000 items), inside a
-- transaction that is rolled back. Run against a migrated material-service database, e.g. the tests' one:
--   psql -h 127.0.0.1 -U postgres -d materials_test -f docs/benchmarks/distribution-queries.sql
begin;
insert into material (id, campaign_id, kind, title_zh, delivery, access, status, created_at)
select md5('m' || p || '-' || k)::uuid, md5('c' || p)::uuid, 'POSTER', '海报' || k, 'POST', 'PUBLIC', 'PUBLISHED', now()
from generate_series(1, 1000) p, generate_series(1, 2) k;
insert into distribution_plan (id, campaign_id, status, opened_at)
select md5('p' || p)::uuid, md5('c' || p)::uuid, 'DISPATCHED', now() from generate_series(1, 1000) p;
insert into distribution_recipient (plan_id, division_code, division_name_zh)
select md5('p' || p)::uuid, (10 + u)::text || '0000', '单位' || u from generate_series(1, 1000) p, generate_series(1, 32) u;
insert into distribution_line (plan_id, material_id, division_code, quantity)
select md5('p' || p)::uuid, md5('m' || p || '-' || k)::uuid, (10 + u)::text || '0000', 500
from generate_series(1, 1000) p, generate_series(1, 32) u, generate_series(1, 2) k;
insert into shipment (id, plan_id, campaign_id, division_code, status, created_at, expected_delivery_on, dispatched_at)
select md5('s' || p || '-' || u)::uuid, md5('p' || p)::uuid, md5('c' || p)::uuid, (10 + u)::text || '0000',
       (array['PLANNED', 'DISPATCHED', 'DELIVERED', 'RECEIVED'])[1 + (u % 4)], now() - p * interval '1 minute',
       current_date - (u % 10), now()
from generate_series(1, 1000) p, generate_series(1, 32) u;
insert into shipment_item (shipment_id, material_id, quantity, quantity_received, quantity_damaged)
select md5('s' || p || '-' || u)::uuid, md5('m' || p || '-' || k)::uuid, 500,
       case when u % 4 = 3 then 495 end, case when u % 4 = 3 then 5 end
from generate_series(1, 1000) p, generate_series(1, 32) u, generate_series(1, 2) k;
analyze;

\timing on
-- the board of one plan (ShipmentRepository.board)
explain (analyze, buffers, costs off)
select r.division_code, r.division_name_zh, s.status,
       coalesce((select sum(l.quantity) from distribution_line l
                 where l.plan_id = r.plan_id and l.division_code = r.division_code), 0),
       coalesce(sum(i.quantity) filter (where s.dispatched_at is not null and s.status <> 'CANCELLED'), 0),
       coalesce(sum(i.quantity_received), 0),
       coalesce(sum(i.quantity_damaged), 0),
       count(distinct s.id) filter (where s.status in ('DISPATCHED', 'DELIVERED') and s.expected_delivery_on < current_date - 3)
from distribution_recipient r
left join shipment s on s.plan_id = r.plan_id and s.division_code = r.division_code
left join shipment_item i on i.shipment_id = s.id
where r.plan_id = md5('p500')::uuid
group by r.plan_id, r.division_code, r.division_name_zh, s.status
order by r.division_code;

-- overdue shipments of one campaign, first page (ShipmentRepository.list as Hibernate writes it)
explain (analyze, buffers, costs off)
select * from shipment where campaign_id = md5('c500')::uuid and status in ('DISPATCHED', 'DELIVERED')
  and expected_delivery_on < current_date - 3 order by created_at desc, division_code, id limit 51;

-- overdue shipments nationally, first page: no campaign filter
explain (analyze, buffers, costs off)
select * from shipment where status in ('DISPATCHED', 'DELIVERED')
  and expected_delivery_on < current_date - 3 order by created_at desc, division_code, id limit 51;
rollback;
