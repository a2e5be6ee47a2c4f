package cn.gov.samr.campaigns.report.rest;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.service.ReportService;

/** The jurisdiction check of every report endpoint: a province only its own obligation, the national office all. */
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
        jurisdiction.require(o.divisionCode);
        return o;
    }

    public boolean national() {
        return jurisdiction.isNational();
    }

    public String caller() {
        return jurisdiction.caller();
    }
}
