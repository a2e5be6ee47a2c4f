package cn.gov.samr.campaigns.report.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reporting deadlines of each campaign as its newest campaign event states them, with that event's version:
 * what the obligations follow. An older event (redelivered, redriven, replayed from another partition) changes
 * nothing. Also the provincial units (with names) CampaignPublished listed, for units a later update adds.
 */
@ApplicationScoped
public class CampaignProjectionRepository {

    /** A provincial unit with its names, as CampaignPublished lists it. */
    public record Unit(String code, String zh, String en) {
    }

    /** The campaign's newest due days (null: not owed) and the units it was published to (empty if unknown). */
    public record Deadlines(LocalDate reportingDeadline, LocalDate activityPlanDue, List<Unit> units) {
    }

    private static final TypeReference<List<Unit>> UNITS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    public CampaignProjectionRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Takes the event's due days if the event is newer than what the row holds; returns whether it did. */
    public boolean advance(UUID campaignId, LocalDate deadline, LocalDate activityPlanDue, long version) {
        return em.createNativeQuery("""
                insert into campaign_projection (campaign_id, reporting_deadline, activity_plan_due, source_version,
                                                 updated_at)
                values (?1, ?2, ?3, ?4, now())
                on conflict (campaign_id) do update set reporting_deadline = excluded.reporting_deadline,
                    activity_plan_due = excluded.activity_plan_due,
                    source_version = excluded.source_version, updated_at = excluded.updated_at
                where\s""" + ActivityProjectionRepository.NEWER.formatted("campaign_projection"))
                .setParameter(1, campaignId)
                .setParameter(2, deadline)
                .setParameter(3, activityPlanDue)
                .setParameter(4, version)
                .executeUpdate() == 1;
    }

    /** Keeps the units CampaignPublished listed, whatever its version (they do not change). */
    public void rememberUnits(UUID campaignId, List<Unit> units) {
        try {
            em.createNativeQuery("update campaign_projection set units = cast(?2 as jsonb) where campaign_id = ?1")
                    .setParameter(1, campaignId)
                    .setParameter(2, json.writeValueAsString(units))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("units are plain records", e);
        }
    }

    /** The newest due days applied; the row exists once {@link #advance} ran for the campaign. */
    public Deadlines deadlines(UUID campaignId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select reporting_deadline, activity_plan_due, cast(units as text) from campaign_projection
                where campaign_id = ?1""")
                .setParameter(1, campaignId)
                .getSingleResult();
        List<Unit> units = List.of();
        if (row[2] != null) {
            try {
                units = json.readValue((String) row[2], UNITS);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("units are written by rememberUnits", e);
            }
        }
        return new Deadlines(day(row[0]), day(row[1]), units);
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Empties the projection, for a rebuild (the obligations themselves stay). */
    public void clear() {
        em.createNativeQuery("delete from campaign_projection").executeUpdate();
    }
}
