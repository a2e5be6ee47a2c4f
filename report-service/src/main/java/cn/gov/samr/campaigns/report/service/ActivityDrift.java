package cn.gov.samr.campaigns.report.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.messaging.DriftCheck;
import cn.gov.samr.campaigns.report.repository.ProjectionTallies.ActivityCounts;

/**
 * Activities per campaign: event-service's published and completed activities against the activity projection's.
 * A lost, stale or doubled activity event shows as a difference in one of the two counts.
 */
@ApplicationScoped
public class ActivityDrift implements DriftCheck {

    private final AtomicLong last = new AtomicLong(-1);

    @Override
    public String name() {
        return "activities-per-campaign";
    }

    @Override
    public long drift() {
        return last.get();
    }

    void record(long drift) {
        last.set(drift);
    }

    /**
     * The activities that differ, summed over campaigns: per campaign the difference of the published counts plus
     * that of the completed counts; a campaign the producer does not list counts whole.
     */
    static long difference(List<CampaignTally> producer, Map<UUID, ActivityCounts> projected) {
        Map<UUID, CampaignTally.Activities> held = producer.stream()
                .collect(Collectors.toMap(CampaignTally::campaignId, CampaignTally::activities, (a, b) -> a));
        Set<UUID> campaigns = new HashSet<>(held.keySet());
        campaigns.addAll(projected.keySet());
        CampaignTally.Activities none = new CampaignTally.Activities(0, 0);
        ActivityCounts nothing = new ActivityCounts(0, 0);
        long drift = 0;
        for (UUID id : campaigns) {
            CampaignTally.Activities p = held.getOrDefault(id, none);
            ActivityCounts c = projected.getOrDefault(id, nothing);
            drift += Math.abs(p.published() - c.published()) + Math.abs(p.completed() - c.completed());
        }
        return drift;
    }
}
