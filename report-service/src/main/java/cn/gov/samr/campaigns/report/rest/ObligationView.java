package cn.gov.samr.campaigns.report.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationStatus;

public record ObligationView(UUID id, UUID campaignId, Division division, LocalDate deadline,
        ObligationStatus status, OffsetDateTime openedAt) {

    public record Division(String code, String zh, String en) {
    }

    static ObligationView of(Obligation o) {
        return new ObligationView(o.id, o.campaignId, new Division(o.divisionCode, o.divisionNameZh, o.divisionNameEn),
                o.deadline, o.status, o.openedAt);
    }
}
