package cn.gov.samr.campaigns.report.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.messaging.DriftCheck;

/**
 * Obligations per published campaign: every campaign event-service published must have its reporting obligations
 * here, and none other may. Obligations of a campaign are opened together in one transaction, so a campaign has
 * all of them or none; what is compared is whether it has them.
 */
@ApplicationScoped
public class ObligationDrift implements DriftCheck {

    private final AtomicLong last = new AtomicLong(-1);

    @Override
    public String name() {
        return "obligations-per-campaign";
    }

    @Override
    public long drift() {
        return last.get();
    }

    void record(long drift) {
        last.set(drift);
    }

    /** Published campaigns without obligations plus campaigns with obligations that event-service never published. */
    static long difference(List<CampaignTally> producer, Set<UUID> withObligations) {
        Set<UUID> published = new HashSet<>();
        producer.forEach(t -> published.add(t.campaignId()));
        long missing = published.stream().filter(id -> !withObligations.contains(id)).count();
        long extra = withObligations.stream().filter(id -> !published.contains(id)).count();
        return missing + extra;
    }
}
