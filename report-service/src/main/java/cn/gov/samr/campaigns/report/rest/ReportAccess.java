package cn.gov.samr.campaigns.report.rest;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.service.ReportService;
import cn.gov.samr.campaigns.report.service.ReportingVisibility;

/**
 * The check of every endpoint on one obligation (report, media, attachments, extensions), by the one rule of
 * {@link ReportingVisibility}: a province only its own unit's obligations, a certification body only its own (its
 * {@code org} claim), the national office all, partners none.
 */
@RequestScoped
public class ReportAccess {

    private final ReportService reports;
    private final ReportingVisibility visibility;
    private final Jurisdiction jurisdiction;

    public ReportAccess(ReportService reports, ReportingVisibility visibility, Jurisdiction jurisdiction) {
        this.reports = reports;
        this.visibility = visibility;
        this.jurisdiction = jurisdiction;
    }

    /** The obligation, 404 if none, 403 if outside the caller's jurisdiction. */
    public Obligation obligation(UUID id) {
        Obligation o = reports.obligation(id);
        visibility.require(o, jurisdiction);
        return o;
    }

    public boolean national() {
        return jurisdiction.isNational();
    }

    public String caller() {
        return jurisdiction.caller();
    }
}
