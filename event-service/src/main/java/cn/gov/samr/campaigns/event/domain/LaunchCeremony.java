package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A launch ceremony (启动仪式) of one or more campaigns, e.g. the national launch of the 2022 organic week in 南京. A
 * record of its own, not an activity: it is counted once nationally, never in the host province's activity figures.
 */
@Entity
public class LaunchCeremony {

    /** What the national office plans: everything but the outcome. */
    public record Plan(LocalizedText title, LocalizedText host, List<UUID> campaigns, CeremonyPlace place,
            LocalDate date, LocalTime startTime) {
    }

    /** What happened, as recorded; fields a given outcome does not use are null. */
    public record Outcome(LaunchOutcome outcome, CeremonyPlace place, LocalDate date, String link, String reason) {
    }

    @Id
    public UUID id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")) })
    public LocalizedText title;

    /** Who hosts it, e.g. 市场监管总局 with 江苏省市场监管局. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "host_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "host_en")) })
    public LocalizedText host;

    @ElementCollection
    @CollectionTable(name = "launch_ceremony_campaign", joinColumns = @JoinColumn(name = "ceremony_id"))
    @Column(name = "campaign_id")
    public Set<UUID> campaignIds = new LinkedHashSet<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "division", column = @Column(name = "planned_division")),
            @AttributeOverride(name = "address", column = @Column(name = "planned_address")),
            @AttributeOverride(name = "latitude", column = @Column(name = "planned_latitude")),
            @AttributeOverride(name = "longitude", column = @Column(name = "planned_longitude")) })
    public CeremonyPlace plannedPlace;

    public LocalDate plannedDate;
    public LocalTime plannedStartTime;

    @Enumerated(EnumType.STRING)
    public LaunchOutcome outcome = LaunchOutcome.PLANNED;

    /** Where it took place: the planned place unless moved; null while planned, when online or cancelled. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "division", column = @Column(name = "actual_division")),
            @AttributeOverride(name = "address", column = @Column(name = "actual_address")),
            @AttributeOverride(name = "latitude", column = @Column(name = "actual_latitude")),
            @AttributeOverride(name = "longitude", column = @Column(name = "actual_longitude")) })
    public CeremonyPlace actualPlace;

    /** The day it took place; null while planned or when cancelled. */
    public LocalDate actualDate;

    /** The online or hybrid ceremony's https link. */
    public String link;

    public String cancellationReason;

    public String createdBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static LaunchCeremony planned(UUID id, Plan plan, String createdBy, OffsetDateTime now) {
        LaunchCeremony ceremony = new LaunchCeremony();
        ceremony.id = id;
        ceremony.createdBy = createdBy;
        ceremony.createdAt = now;
        ceremony.replan(plan, now);
        return ceremony;
    }

    /** Changes the plan; an outcome already recorded stays, being what happened. */
    public void replan(Plan plan, OffsetDateTime now) {
        title = plan.title();
        host = plan.host();
        campaignIds = new LinkedHashSet<>(plan.campaigns());
        plannedPlace = plan.place();
        plannedDate = plan.date();
        plannedStartTime = plan.startTime();
        updatedAt = now;
    }

    /**
     * Records what happened. Held and hybrid take the planned place and day unless others are given, moved takes
     * what is given over the plan, online has no place; cancelled keeps only its reason. Recording {@code planned}
     * clears a recorded outcome.
     */
    public void record(Outcome given, OffsetDateTime now) {
        outcome = given.outcome();
        boolean happened = outcome != LaunchOutcome.PLANNED && outcome != LaunchOutcome.CANCELLED;
        actualDate = happened ? (given.date() != null ? given.date() : plannedDate) : null;
        actualPlace = happened && outcome != LaunchOutcome.ONLINE
                ? (given.place() != null ? given.place() : plannedPlace) : null;
        link = outcome == LaunchOutcome.ONLINE || outcome == LaunchOutcome.HYBRID ? given.link() : null;
        cancellationReason = outcome == LaunchOutcome.CANCELLED ? given.reason() : null;
        updatedAt = now;
    }

    /** The day as held, or as planned while it is to come (or was cancelled). */
    public LocalDate day() {
        return actualDate != null ? actualDate : plannedDate;
    }

    /** The place as held, or as planned; null for a ceremony held online only. */
    public CeremonyPlace place() {
        if (outcome == LaunchOutcome.ONLINE) {
            return null;
        }
        return actualPlace != null ? actualPlace : plannedPlace;
    }
}
