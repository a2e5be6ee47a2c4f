package cn.gov.samr.campaigns.report.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.domain.Report;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {
}
