package cn.gov.samr.campaigns.event.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.domain.ActivityChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ActivityChangeRepository implements PanacheRepositoryBase<ActivityChange, Long> {

    public List<ActivityChange> history(UUID activityId) {
        return list("activityId", Sort.by("id"), activityId);
    }
}
