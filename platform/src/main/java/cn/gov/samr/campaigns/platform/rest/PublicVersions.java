package cn.gov.samr.campaigns.platform.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.repository.SqlRows;

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

    private final SqlRows rows;

    public PublicVersions(SqlRows rows) {
        this.rows = rows;
    }

    /**
     * The version of these scopes; {@link PublicCache#TODAY} and scopes without a row count as unchanged. Read
     * through {@link SqlRows}, not a Hibernate session in a transaction: it is asked before every public read, and
     * one statement in autocommit is one round trip, where a transaction adds BEGIN and COMMIT.
     */
    public Version of(List<String> scopes) {
        return rows.list("select coalesce(sum(counter), 0), max(changed_at) from public_change where scope in (:scopes)",
                Map.of("scopes", scopes),
                rs -> new Version(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)))).get(0);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? Instant.EPOCH : value.toInstant();
    }
}
