package cn.gov.samr.campaigns.platform.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The version of what the public sees, per scope (e.g. {@code activities}, {@code materials}): a counter and the
 * time of the last change, held in the service's {@code public_change} table and bumped by database triggers at
 * commit (see the service migration that creates it). Reading it is one primary-key lookup, so a conditional GET
 * is answered without touching the data it guards.
 *
 * <p>The counter, not a timestamp, is the ETag: triggers bump it at commit time under one row lock ({@code all}),
 * so its values follow commit order and a transaction that committed late cannot hide behind an earlier time, as
 * {@code max(updated_at)} would let it.
 */
@ApplicationScoped
public class PublicVersions {

    /**
     * @param counter   the sum of the scopes' counters: grows with every committed change to any of them
     * @param changedAt the last change to any of them; the epoch when none was recorded yet
     */
    public record Version(long counter, Instant changedAt) {
    }

    private final EntityManager em;

    public PublicVersions(EntityManager em) {
        this.em = em;
    }

    /** The version of these scopes; {@link PublicCache#TODAY} and scopes without a row count as unchanged. */
    @Transactional
    public Version of(List<String> scopes) {
        Object[] row = (Object[]) em.createNativeQuery(
                "select coalesce(sum(counter), 0), max(changed_at) from public_change where scope in (:scopes)")
                .setParameter("scopes", scopes).getSingleResult();
        long counter = ((Number) row[0]).longValue();
        return new Version(counter, instant(row[1]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return Instant.EPOCH;
        }
        if (value instanceof Instant t) {
            return t;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
