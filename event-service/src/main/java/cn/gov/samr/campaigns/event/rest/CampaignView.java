package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.LocalizedText;

public record CampaignView(UUID id, CampaignKind kind, int year, LocalizedText name, LocalizedText theme,
        CampaignRequest.Window window, LocalDate reportingDeadline, CampaignRequest.LaunchCeremony launchCeremony,
        CampaignStatus status, OffsetDateTime createdAt, OffsetDateTime publishedAt, long version) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.id, c.kind, c.year, c.name, c.theme,
                new CampaignRequest.Window(c.windowStart, c.windowEnd), c.reportingDeadline,
                c.launchCity == null ? null : new CampaignRequest.LaunchCeremony(c.launchCity, c.launchDate),
                c.status, c.createdAt, c.publishedAt, c.version);
    }
}
