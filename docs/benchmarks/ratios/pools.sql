-- Fresh targets for the writes that happen once per target (ratios.sh): a report is submitted once, a shipment is
-- received once. Copies the rows of one real target set (the organic week's 32 obligations with drafted reports, or its
-- poster plan with its 32 dispatched shipments) :copies times under new campaign ids, reset to the state before
-- the write, and lists the new targets in ratios_pool (n, target, unit), shuffled so that concurrent writers do
-- not queue on neighbouring rows.
--   psql -v part=reports|shipments -v source=<campaign id> -v copies=<n> -f pools.sql
-- Rows are copied through jsonb (to_jsonb, jsonb_populate_record) with the columns the copy changes overridden,
-- so that a column added to a table later is copied too and the script does not retype the schemas.
\set ON_ERROR_STOP on
set client_min_messages = warning;

-- insert into a table the rows of a query that yields one jsonb per row, every column but generated ones
create function pg_temp.copy_rows(tbl regclass, rows_sql text) returns bigint language plpgsql as $$
declare
  cols text;
  n bigint;
begin
  select string_agg(quote_ident(attname), ', ' order by attnum) into cols
  from pg_attribute where attrelid = tbl and attnum > 0 and not attisdropped and attgenerated = '';
  execute format('insert into %s (%s) select %s from (%s) s(r), jsonb_populate_record(null::%s, s.r) j',
                 tbl, cols, cols, rows_sql, tbl);
  get diagnostics n = row_count;
  return n;
end $$;

drop table if exists ratios_pool;
create table ratios_pool (n int primary key, target uuid not null, unit varchar(6) not null);
drop sequence if exists ratios_pool_next;
create sequence ratios_pool_next;
create temp table copy_campaign as select gen_random_uuid() as campaign_id from generate_series(1, :copies);
select :'part' = 'reports' as reports \gset

\if :reports
create temp table copy_obligation as
  select o.id as old_id, gen_random_uuid() as new_id, c.campaign_id, o.division_code
  from obligation o cross join copy_campaign c
  where o.campaign_id = :'source' and o.kind = 'SUMMARY' and o.division_code is not null;
select pg_temp.copy_rows('campaign_projection', format(
  'select to_jsonb(p) || jsonb_build_object(''campaign_id'', c.campaign_id)
   from campaign_projection p cross join copy_campaign c where p.campaign_id = %L', :'source'));
select pg_temp.copy_rows('obligation',
  'select to_jsonb(o) || jsonb_build_object(''id'', m.new_id, ''campaign_id'', m.campaign_id, ''status'', ''DRAFT'',
     ''version'', 0, ''first_submitted_at'', null, ''accepted_at'', null, ''received_on'', null)
   from obligation o join copy_obligation m on m.old_id = o.id');
-- a draft that says what was done: what a submission needs
select pg_temp.copy_rows('report',
  'select to_jsonb(r) || jsonb_build_object(''obligation_id'', m.new_id, ''version'', 0,
     ''done'', ''围绕宣传周主题，组织开展知识讲座、技术服务和进超市宣传活动。'')
   from report r join copy_obligation m on m.old_id = r.obligation_id');
insert into ratios_pool select row_number() over (order by random()), new_id, division_code from copy_obligation;
\else
create temp table copy_plan as
  select p.id as old_id, gen_random_uuid() as new_id, c.campaign_id
  from distribution_plan p cross join copy_campaign c where p.campaign_id = :'source';
create temp table copy_shipment as
  select s.id as old_id, gen_random_uuid() as new_id, m.new_id as plan_id, m.campaign_id, s.division_code
  from shipment s join copy_plan m on m.old_id = s.plan_id;
select pg_temp.copy_rows('distribution_plan',
  'select to_jsonb(p) || jsonb_build_object(''id'', m.new_id, ''campaign_id'', m.campaign_id, ''version'', 0)
   from distribution_plan p join copy_plan m on m.old_id = p.id');
select pg_temp.copy_rows('distribution_recipient',
  'select to_jsonb(r) || jsonb_build_object(''plan_id'', m.new_id)
   from distribution_recipient r join copy_plan m on m.old_id = r.plan_id');
select pg_temp.copy_rows('distribution_line',
  'select to_jsonb(l) || jsonb_build_object(''plan_id'', m.new_id)
   from distribution_line l join copy_plan m on m.old_id = l.plan_id');
-- dispatched, not yet received
select pg_temp.copy_rows('shipment',
  'select to_jsonb(s) || jsonb_build_object(''id'', m.new_id, ''plan_id'', m.plan_id, ''campaign_id'', m.campaign_id,
     ''status'', ''DISPATCHED'', ''version'', 0, ''delivered_at'', null, ''received_at'', null, ''confirmed_by'', null,
     ''receipt_note'', null, ''dispatched_at'', coalesce(s.dispatched_at, now()),
     ''carrier'', coalesce(s.carrier, ''中国邮政EMS''), ''tracking_number'', coalesce(s.tracking_number, ''EMS-RATIOS''))
   from shipment s join copy_shipment m on m.old_id = s.id where s.cancelled_at is null');
select pg_temp.copy_rows('shipment_item',
  'select to_jsonb(i) || jsonb_build_object(''shipment_id'', m.new_id, ''quantity_received'', null, ''quantity_damaged'', null)
   from shipment_item i join copy_shipment m on m.old_id = i.shipment_id');
insert into ratios_pool select row_number() over (order by random()), new_id, division_code from copy_shipment;
\endif
analyze ratios_pool;
select count(*) as targets from ratios_pool;
