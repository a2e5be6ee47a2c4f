package cn.gov.samr.campaigns.event.repository;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.domain.LocalizedText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * The certification bodies' names by approval number, for the activity check and the activity views. The list is
 * reference data that changes only with a migration, so it is read once, at startup (a few dozen rows), and a page of
 * activities costs no query for its bodies' names.
 */
@Startup
@ApplicationScoped
public class CertificationBodyDirectory {

    private final Map<String, LocalizedText> names;

    public CertificationBodyDirectory(CertificationBodyRepository bodies) {
        // Built before any request: a transaction of its own gives the read its session.
        this.names = QuarkusTransaction.requiringNew().call(() -> bodies.listAll().stream()
                .collect(Collectors.toUnmodifiableMap(b -> b.id, b -> b.name)));
    }

    public boolean exists(String id) {
        return id != null && names.containsKey(id);
    }

    /** The body's name; null for an id the list lacks (free text written before the list existed). */
    public LocalizedText nameOf(String id) {
        return id == null ? null : names.get(id);
    }
}
