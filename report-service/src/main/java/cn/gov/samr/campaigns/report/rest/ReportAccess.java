package cn.gov.samr.campaigns.report.rest;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.service.ReportService;
import io.quarkus.security.ForbiddenException;

/**
 * The jurisdiction check of every report endpoint: a province only its own unit's obligations, a certification body
 * only its own (its {@code org} claim), the national office all.
 */
@RequestScoped
public class ReportAccess {

    private final ReportService reports;
    private final Jurisdiction jurisdiction;

    public ReportAccess(ReportService reports, Jurisdiction jurisdiction) {
        this.reports = reports;
        this.jurisdiction = jurisdiction;
    }

    /** The obligation, 404 if none, 403 if outside the caller's jurisdiction. */
    public Obligation obligation(UUID id) {
        Obligation o = reports.obligation(id);
        if (o.bodyId == null) {
            jurisdiction.require(o.divisionCode);
        } else if (!jurisdiction.isNational() && !jurisdiction.organisation().map(o.bodyId::equals).orElse(false)) {
            throw new ForbiddenException("Certification body " + o.bodyId + "'s report is its own.");
        }
        return o;
    }

    public boolean national() {
        return jurisdiction.isNational();
    }

    public String caller() {
        return jurisdiction.caller();
    }
}
