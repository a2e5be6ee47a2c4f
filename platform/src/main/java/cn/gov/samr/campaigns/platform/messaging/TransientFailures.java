package cn.gov.samr.campaigns.platform.messaging;

import java.sql.SQLException;

/**
 * Which failures of a listener are worth another attempt. Only a failure that says the event itself is wrong is
 * permanent: a poison message, or PostgreSQL refusing the data (SQLSTATE classes 22, data exception, and 23,
 * integrity constraint violation). Everything else (connections refused or lost, lock and statement timeouts,
 * serialization failures and deadlocks, a table missing in the middle of a migration, a pool exhausted) may pass,
 * so the event waits for it rather than being dead-lettered: a stalled partition is visible and heals; a
 * dead-lettered event is silently missing.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessageException) {
                return false;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return false;
            }
        }
        return true;
    }
}
