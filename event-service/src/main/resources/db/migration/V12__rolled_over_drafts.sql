-- Campaign shape (issue 11, point 3): a rolled-over draft leaves its reporting deadline to be decided again, so a
-- draft may owe a summary without a deadline yet; publishing refuses it until the deadline is set (CampaignService),
-- and this constraint keeps any published or closed campaign that owes a summary from lacking one.
alter table campaign
    drop constraint campaign_summary_deadline,
    add constraint campaign_summary_deadline
        check (status = 'DRAFT' or not summary_owed or reporting_deadline is not null);
