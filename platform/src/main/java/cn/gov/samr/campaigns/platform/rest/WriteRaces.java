package cn.gov.samr.campaigns.platform.rest;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

/**
 * Recognises a lost race between two writers however deep it is wrapped: PostgreSQL's unique violation (23505),
 * serialization failure (40001) or deadlock (40P01), or an optimistic-lock failure; at commit these arrive inside
 * RollbackException, ArcUndeclaredThrowableException, Hibernate's ConstraintViolationException,
 * PersistenceException...
 */
public final class WriteRaces {

    static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01");
    private static final int MAX_DEPTH = 32;

    private WriteRaces() {
    }

    /** What lost the race, or empty when the throwable is not a race. */
    public static Optional<String> raceIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return find(failure, seen, 0);
    }

    private static Optional<String> find(Throwable t, Set<Throwable> seen, int depth) {
        if (t == null || depth > MAX_DEPTH || !seen.add(t)) {
            return Optional.empty();
        }
        if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
            return Optional.of("optimistic lock");
        }
        if (t instanceof SQLException sql) {
            if (sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState())) {
                return Optional.of("SQLState " + sql.getSQLState());
            }
            Optional<String> next = find(sql.getNextException(), seen, depth + 1);
            if (next.isPresent()) {
                return next;
            }
        }
        for (Throwable suppressed : t.getSuppressed()) {
            Optional<String> found = find(suppressed, seen, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return find(t.getCause(), seen, depth + 1);
    }
}
