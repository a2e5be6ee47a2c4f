-- Who owes which reports (issue 11): an obligation is now campaign × party × kind. The party is a provincial unit
-- (division_code, as before) or a certification body (body_id, its CNCA approval number); the kind is the summary
-- (活动总结, as before) or the activity plan (活动方案, due before the window). An archived obligation belongs to a
-- past edition entered afterwards: never reminded, and the national office records what was received, on its date.
alter table obligation add column kind varchar(20) not null default 'SUMMARY';
alter table obligation add column body_id varchar(40);
alter table obligation add column body_name varchar(200);
alter table obligation alter column division_code drop not null;
alter table obligation alter column division_name_zh drop not null;
alter table obligation add column party varchar(40) generated always as (coalesce(division_code, body_id)) stored;
alter table obligation add constraint obligation_one_party
    check ((division_code is null) <> (body_id is null) and (division_code is null or division_name_zh is not null));
alter table obligation add column archived boolean not null default false;
alter table obligation add column received_on date;
alter table obligation drop constraint obligation_once;
alter table obligation add constraint obligation_once unique (campaign_id, party, kind);

-- The activity plan's text (a plan carries no statistics); its attachments are the report's.
alter table report add column plan text;

-- The campaign's newest reporting rules: the summary deadline is absent when no summary is owed, the activity plan's
-- due day when none is asked; the provincial units with their names as CampaignPublished listed them, so that a later
-- CampaignUpdated adding a unit can open its obligation with its name.
alter table campaign_projection alter column reporting_deadline drop not null;
alter table campaign_projection add column activity_plan_due date;
alter table campaign_projection add column units jsonb;
