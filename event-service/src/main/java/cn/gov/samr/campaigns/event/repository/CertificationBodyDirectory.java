package cn.gov.samr.campaigns.event.repository;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.platform.repository.SqlRows;
import io.quarkus.runtime.Startup;

/**
 * The certification bodies' names by approval number, for the activity check and the activity views. The list is
 * reference data that changes only with a migration, so it is read once, at startup (a few dozen rows), and a page of
 * activities costs no query for its bodies' names.
 */
@Startup
@ApplicationScoped
public class CertificationBodyDirectory {

    /**
     * The two columns kept, through the pool: as entities the bodies came with their sources and, eagerly, their
     * schemes, and the start parsed and translated a query (Hibernate's HQL machinery) for names alone.
     */
    private static final String NAMES = "select id, name_zh, name_en from certification_body";

    private final Map<String, LocalizedText> names;

    public CertificationBodyDirectory(SqlRows rows) {
        // Built before any request, outside a transaction: SqlRows reads on an autocommit connection.
        this.names = rows.list(NAMES, Map.of(), rs -> Map.entry(rs.getString("id"),
                new LocalizedText(rs.getString("name_zh"), rs.getString("name_en"))))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public boolean exists(String id) {
        return id != null && names.containsKey(id);
    }

    /** The body's name; null for an id the list lacks (free text written before the list existed). */
    public LocalizedText nameOf(String id) {
        return id == null ? null : names.get(id);
    }
}
