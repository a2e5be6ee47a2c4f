package cn.gov.samr.campaigns.material.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Download counts and each provincial unit's last fetched version; plain SQL, as these are counters, not entities. */
@ApplicationScoped
public class DownloadRepository {

    /** A count still to be announced: {@code downloads - reported} new downloads since {@code periodStart}. */
    public record Unreported(UUID materialId, UUID campaignId, int version, LocalDate day, String provincialUnit,
            long downloads, long reported, OffsetDateTime periodStart) {
    }

    /** One row of the statistics: the downloads of a material's version on a day by a unit. */
    public record Count(UUID materialId, UUID campaignId, int version, LocalDate day, String provincialUnit,
            long downloads) {
    }

    /** What a provincial unit last fetched of a material, next to the material's current version. */
    public record Fetch(UUID materialId, UUID campaignId, int fetchedVersion, OffsetDateTime fetchedAt,
            Integer currentVersion) {
    }

    /** The filters of the statistics; null means any. */
    public record StatisticsFilter(UUID campaignId, UUID materialId, String provincialUnit, LocalDate from,
            LocalDate to) {
    }

    private final EntityManager em;

    public DownloadRepository(EntityManager em) {
        this.em = em;
    }

    public void count(UUID materialId, int version, LocalDate day, String provincialUnit, OffsetDateTime now) {
        em.createNativeQuery("""
                insert into material_download_count
                    (material_id, version, day, provincial_unit, downloads, counted_since)
                values (?1, ?2, ?3, nullif(?4, ''), 1, ?5)
                on conflict on constraint material_download_count_key
                do update set downloads = material_download_count.downloads + 1""")
                .setParameter(1, materialId).setParameter(2, version).setParameter(3, day)
                .setParameter(4, orEmpty(provincialUnit)).setParameter(5, now).executeUpdate();
    }

    /**
     * Claims the caller's download of the file version: true when the caller has none counted since
     * {@code notSince} (then {@code now} is the new claim), false when this one repeats a counted one. One
     * statement, so two replicas answering the same caller at once count one download.
     */
    public boolean claim(UUID materialId, int version, String caller, OffsetDateTime now, OffsetDateTime notSince) {
        return !em.createNativeQuery("""
                insert into material_download_claim (material_id, version, caller, counted_at)
                values (?1, ?2, ?3, ?4)
                on conflict (material_id, version, caller) do update set counted_at = excluded.counted_at
                    where material_download_claim.counted_at <= ?5
                returning 1""")
                .setParameter(1, materialId).setParameter(2, version).setParameter(3, caller).setParameter(4, now)
                .setParameter(5, notSince).getResultList().isEmpty();
    }

    /** Forgets the claims older than {@code before}: they can no longer stop a count. */
    public int pruneClaims(OffsetDateTime before) {
        return em.createNativeQuery("delete from material_download_claim where counted_at <= ?1")
                .setParameter(1, before).executeUpdate();
    }

    public void recordFetch(String provincialUnit, UUID materialId, int version, OffsetDateTime now) {
        em.createNativeQuery("""
                insert into material_fetch (provincial_unit, material_id, version, fetched_at) values (?1, ?2, ?3, ?4)
                on conflict (provincial_unit, material_id) do update set version = excluded.version,
                    fetched_at = excluded.fetched_at""")
                .setParameter(1, provincialUnit).setParameter(2, materialId).setParameter(3, version)
                .setParameter(4, now).executeUpdate();
    }

    /**
     * Counts with downloads not yet announced, locked for this transaction; another replica's job skips them,
     * so each download is announced once.
     */
    @SuppressWarnings("unchecked")
    public List<Unreported> lockUnreported(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.material_id, m.campaign_id, c.version, c.day, c.provincial_unit, c.downloads, c.reported,
                       coalesce(c.reported_at, c.counted_since)
                from material_download_count c join material m on m.id = c.material_id
                where c.downloads > c.reported
                order by c.material_id, c.version, c.day
                limit ?1
                for update of c skip locked""").setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Unreported((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(),
                localDate(r[3]), (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                offsetDateTime(r[7]))).toList();
    }

    public void markReported(Unreported count, OffsetDateTime now) {
        em.createNativeQuery("""
                update material_download_count set reported = ?1, reported_at = ?2
                where material_id = ?3 and version = ?4 and day = ?5
                  and provincial_unit is not distinct from nullif(?6, '')""")
                .setParameter(1, count.downloads()).setParameter(2, now).setParameter(3, count.materialId())
                .setParameter(4, count.version()).setParameter(5, count.day())
                .setParameter(6, orEmpty(count.provincialUnit()))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Count> statistics(StatisticsFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("""
                select c.material_id, m.campaign_id, c.version, c.day, c.provincial_unit, c.downloads
                from material_download_count c join material m on m.id = c.material_id where true""");
        Map<String, Object> params = new HashMap<>();
        condition(sql, params, " and m.campaign_id = :campaign", "campaign", filter.campaignId());
        condition(sql, params, " and c.material_id = :material", "material", filter.materialId());
        condition(sql, params, " and c.provincial_unit = :unit", "unit", filter.provincialUnit());
        condition(sql, params, " and c.day >= :from", "from", filter.from());
        condition(sql, params, " and c.day <= :to", "to", filter.to());
        sql.append(" order by c.day, c.material_id, c.version, c.provincial_unit nulls first limit :limit");
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        query.setParameter("limit", limit);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Count((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), localDate(r[3]),
                (String) r[4], ((Number) r[5]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Fetch> fetches(String provincialUnit) {
        List<Object[]> rows = em.createNativeQuery("""
                select f.material_id, m.campaign_id, f.version, f.fetched_at, m.current_version
                from material_fetch f join material m on m.id = f.material_id
                where f.provincial_unit = ?1 order by f.fetched_at desc, f.material_id""")
                .setParameter(1, provincialUnit).getResultList();
        return rows.stream().map(r -> new Fetch((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(),
                offsetDateTime(r[3]), r[4] == null ? null : ((Number) r[4]).intValue())).toList();
    }

    /** The version the unit last fetched of each of the given materials. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> fetchedVersions(String provincialUnit, Collection<UUID> materialIds) {
        Map<UUID, Integer> fetched = new HashMap<>();
        if (materialIds.isEmpty()) {
            return fetched;
        }
        List<Object[]> rows = em.createNativeQuery(
                "select material_id, version from material_fetch where provincial_unit = ?1 and material_id in (?2)")
                .setParameter(1, provincialUnit).setParameter(2, new ArrayList<>(materialIds)).getResultList();
        rows.forEach(r -> fetched.put((UUID) r[0], ((Number) r[1]).intValue()));
        return fetched;
    }

    /** The provincial units whose last fetch of the material is older than {@code version}, with that version. */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> fetchedBefore(UUID materialId, int version) {
        List<Object[]> rows = em.createNativeQuery("""
                select provincial_unit, version from material_fetch where material_id = ?1 and version < ?2
                order by provincial_unit""").setParameter(1, materialId).setParameter(2, version).getResultList();
        Map<String, Integer> units = new java.util.LinkedHashMap<>();
        rows.forEach(r -> units.put((String) r[0], ((Number) r[1]).intValue()));
        return units;
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    /** Null bound as a parameter has no SQL type; the queries read the empty string back as null. */
    private static String orEmpty(String provincialUnit) {
        return provincialUnit == null ? "" : provincialUnit;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
