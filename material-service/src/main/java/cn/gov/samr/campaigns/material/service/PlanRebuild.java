package cn.gov.samr.campaigns.material.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.material.config.ProjectionConfig;
import cn.gov.samr.campaigns.material.repository.DistributionPlanRepository;
import cn.gov.samr.campaigns.platform.messaging.CloudEvent;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.platform.messaging.PoisonMessageException;
import cn.gov.samr.campaigns.platform.messaging.TopicReplay;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Repairs the distribution plans by replaying campaign.events from the beginning through the live listener's
 * projector, in one transaction: a plan that is missing is opened and a recipient that is missing is added. Nothing
 * is deleted (a plan carries the national office's quantities and shipments), and applying an event again changes
 * nothing, so no lock against the live listener is needed and a second rebuild finds nothing to do. Every event is
 * applied, also one the inbox has seen: that is the point of a repair; a CampaignPublished older than the one a plan
 * follows adds nothing, in whatever partition it lies.
 */
@ApplicationScoped
public class PlanRebuild {

    private static final Logger LOG = Logger.getLogger(PlanRebuild.class);

    /** The longest event id the inbox records (processed_event.event_id). */
    private static final int MAX_EVENT_ID = 200;

    /** What a rebuild did: records read, events applied, copies of one event ignored, records skipped as poison. */
    @Schema(name = "PlanRebuildResult", requiredProperties = { "startedAt", "finishedAt", "campaignRecords", "applied",
            "duplicates", "skipped", "plansOpened" })
    public record Result(OffsetDateTime startedAt, OffsetDateTime finishedAt, long campaignRecords, long applied,
            long duplicates, long skipped, @Schema(description = "Plans that did not exist before the rebuild")
            long plansOpened) {
    }

    private final ProjectionConfig config;
    private final EventInbox inbox;
    private final PlanProjector projector;
    private final DistributionPlanRepository plans;
    private final TopicReplay topics;
    private final Clock clock;

    public PlanRebuild(ProjectionConfig config, EventInbox inbox, PlanProjector projector,
            DistributionPlanRepository plans, TopicReplay topics, Clock clock) {
        this.config = config;
        this.inbox = inbox;
        this.projector = projector;
        this.plans = plans;
        this.topics = topics;
        this.clock = clock;
    }

    public Result rebuild() {
        OffsetDateTime started = OffsetDateTime.now(clock);
        Instant deadline = clock.instant().plus(config.rebuildTimeout());
        Result result = QuarkusTransaction.requiringNew().timeout((int) config.rebuildTimeout().toSeconds())
                .call(() -> {
                    long before = plans.count();
                    Set<String> seen = new HashSet<>();
                    long[] tally = new long[3]; // applied, duplicates, skipped
                    long records = topics.replay(config.campaignTopic(), deadline,
                            record -> tally[apply(record, seen)]++);
                    return new Result(started, null, records, tally[0], tally[1], tally[2], plans.count() - before);
                });
        result = new Result(result.startedAt(), OffsetDateTime.now(clock), result.campaignRecords(),
                result.applied(), result.duplicates(), result.skipped(), result.plansOpened());
        LOG.infof("distribution plans rebuilt: %s", result);
        return result;
    }

    /** 0 applied, 1 a copy of an event already applied in this replay, 2 skipped as the live listener did. */
    private int apply(ConsumerRecord<String, String> record, Set<String> seen) {
        CloudEvent event;
        try {
            event = CloudEvent.from(record);
        } catch (PoisonMessageException e) {
            return 2; // dead-lettered live as well
        }
        if (event.id().length() > MAX_EVENT_ID) {
            return 2; // the live inbox cannot record it either: dead-lettered live
        }
        if (!seen.add(event.id())) {
            return 1;
        }
        try {
            projector.apply(event);
        } catch (PoisonMessageException e) {
            seen.remove(event.id()); // dead-lettered live, and its id not recorded: a later copy would be applied
            return 2;
        }
        inbox.firstDelivery(event);
        return 0;
    }
}
