package cn.gov.samr.campaigns.harness.quarkus;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import cn.gov.samr.campaigns.harness.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Creates the service's test database on the real PostgreSQL if missing; init arg {@code database} names it. The
 * test profile cleans that database at start, so two builds on one server must not share it: set
 * {@code TEST_DB_SUFFIX} (e.g. a worktree name) to give a build databases of its own.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "campaigns_test") + Postgres.testDatabaseSuffix();
    }

    @Override
    public Map<String, String> start() {
        Postgres postgres = new Postgres();
        try {
            postgres.ensureDatabase(database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + postgres.address() + " is not usable: " + e.getMessage()
                    + " (set PGHOST, PGPORT, PGUSER, PGPASSWORD)", e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        if (!postgres.password().isEmpty()) {
            config.put("quarkus.datasource.password", postgres.password());
        }
        return config;
    }

    @Override
    public void stop() {
        // the database stays: Flyway cleans it at the next start of the test profile
    }
}
