package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.platform.messaging.CloudEvent;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.platform.messaging.PoisonMessageException;
import cn.gov.samr.campaigns.platform.messaging.TopicReplay;
import cn.gov.samr.campaigns.report.config.ProjectionConfig;
import cn.gov.samr.campaigns.report.repository.ActivityProjectionRepository;
import cn.gov.samr.campaigns.report.repository.CampaignProjectionRepository;
import cn.gov.samr.campaigns.report.repository.MaterialProjectionRepository;
import cn.gov.samr.campaigns.report.repository.ProjectionLock;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the activity and material projections from scratch, and the obligations' campaign deadlines, by replaying
 * their topics from the beginning through the same projectors as the live listeners, in one transaction: under the
 * projection lock taken exclusively, the projections are emptied and every event up to the topics' end offsets (read
 * after the lock is held, so everything applied live before is among them) is applied once, by event id, exactly as
 * live consumption would: the first delivery of an id counts, an event the live listener dead-lettered is skipped.
 * All partitions are read together, in no set order: state events are applied by aggregate version, so a stale copy
 * in another partition changes nothing whenever it is read. campaign.events replays into the obligations: what is
 * missing is opened, deadlines follow the newest campaign event, and nothing is deleted (obligations carry the
 * provinces' reports). The replayed ids are recorded in the inbox, so a live delivery that waited for the lock
 * changes nothing. Readers see the old projections until the commit and the new ones after it; a failed rebuild
 * leaves the old ones.
 */
@ApplicationScoped
public class ProjectionRebuild {

    /** The longest event id the inbox records (processed_event.event_id). */
    private static final int MAX_EVENT_ID = 200;

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

    /**
     * What a rebuild did: records read per topic, events applied (an older state event among them changes
     * nothing), redeliveries ignored, records skipped as the live listener dead-lettered them.
     */
    @Schema(requiredProperties = { "startedAt", "finishedAt", "activityRecords", "materialRecords", "campaignRecords",
            "applied", "duplicates", "skipped" }, name = "ProjectionRebuildResult")
    public record Result(OffsetDateTime startedAt, OffsetDateTime finishedAt, long activityRecords,
            long materialRecords, long campaignRecords, long applied, long duplicates, long skipped) {
    }

    private final ProjectionConfig config;
    private final ProjectionLock lock;
    private final EventInbox inbox;
    private final ActivityProjector activityProjector;
    private final MaterialProjector materialProjector;
    private final CampaignProjector campaignProjector;
    private final ActivityProjectionRepository activities;
    private final MaterialProjectionRepository materials;
    private final CampaignProjectionRepository campaigns;
    private final TopicReplay topics;
    private final Clock clock;

    public ProjectionRebuild(ProjectionConfig config, ProjectionLock lock, EventInbox inbox,
            ActivityProjector activityProjector, MaterialProjector materialProjector,
            CampaignProjector campaignProjector, ActivityProjectionRepository activities,
            MaterialProjectionRepository materials, CampaignProjectionRepository campaigns, TopicReplay topics,
            Clock clock) {
        this.config = config;
        this.lock = lock;
        this.inbox = inbox;
        this.activityProjector = activityProjector;
        this.materialProjector = materialProjector;
        this.campaignProjector = campaignProjector;
        this.activities = activities;
        this.materials = materials;
        this.campaigns = campaigns;
        this.topics = topics;
        this.clock = clock;
    }

    public Result rebuild() {
        return rebuild(config.activityTopic());
    }

    /**
     * As {@link #rebuild()}, with the activity events read from another topic: a copy of activity.events with more
     * partitions, as a migration to a repartitioned topic reads it (and the test that a stale copy in another
     * partition does not win).
     */
    public Result rebuild(String activityTopic) {
        OffsetDateTime started = OffsetDateTime.now(clock);
        Instant deadline = clock.instant().plus(config.rebuildTimeout());
        Result result = QuarkusTransaction.requiringNew().timeout((int) config.rebuildTimeout().toSeconds())
                .call(() -> {
                    lock.takeForRebuild();
                    activities.clear();
                    materials.clear();
                    campaigns.clear();
                    Replay replay = new Replay();
                    long activityRecords = topics.replay(activityTopic, deadline,
                            replay.into(activityProjector::apply));
                    long materialRecords = topics.replay(config.materialTopic(), deadline,
                            replay.into(materialProjector::apply));
                    long campaignRecords = topics.replay(config.campaignTopic(), deadline,
                            replay.into(campaignProjector::apply));
                    return new Result(started, null, activityRecords, materialRecords, campaignRecords,
                            replay.applied, replay.duplicates, replay.skipped);
                });
        result = new Result(result.startedAt(), OffsetDateTime.now(clock), result.activityRecords(),
                result.materialRecords(), result.campaignRecords(), result.applied(), result.duplicates(),
                result.skipped());
        LOG.infof("projections rebuilt: %s", result);
        return result;
    }

    /** One replay's bookkeeping: the event ids seen so far, as the inbox would have recorded them live. */
    private final class Replay {
        private final Set<String> seen = new HashSet<>();
        private long applied;
        private long duplicates;
        private long skipped;

        Consumer<ConsumerRecord<String, String>> into(Consumer<CloudEvent> projector) {
            return record -> {
                CloudEvent event;
                try {
                    event = CloudEvent.from(record);
                } catch (PoisonMessageException e) {
                    skipped++; // dead-lettered live as well
                    return;
                }
                if (event.id().length() > MAX_EVENT_ID) {
                    skipped++; // the live inbox cannot record it either: dead-lettered live
                    return;
                }
                if (seen.contains(event.id())) {
                    duplicates++;
                    return;
                }
                try {
                    projector.accept(event);
                } catch (PoisonMessageException e) {
                    skipped++; // dead-lettered live, and its id not recorded: a later copy would be applied
                    return;
                }
                seen.add(event.id());
                inbox.firstDelivery(event);
                applied++;
            };
        }
    }
}
