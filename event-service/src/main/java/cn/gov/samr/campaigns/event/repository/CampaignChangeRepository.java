package cn.gov.samr.campaigns.event.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.domain.CampaignChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CampaignChangeRepository implements PanacheRepositoryBase<CampaignChange, Long> {

    public List<CampaignChange> history(UUID campaignId) {
        return list("campaignId", Sort.by("id"), campaignId);
    }
}
