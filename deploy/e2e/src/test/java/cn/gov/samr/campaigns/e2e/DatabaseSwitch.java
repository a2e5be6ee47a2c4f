package cn.gov.samr.campaigns.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import cn.gov.samr.campaigns.harness.Postgres;

/**
 * Makes one database refuse work, as a failover or a blocked migration does: new connections are refused
 * ({@code ALLOW_CONNECTIONS false}) and the open ones, the service's pool among them, are terminated — a transaction
 * in flight fails with 57P01, the next connection attempt with 55000. {@link #allow} undoes it.
 */
final class DatabaseSwitch {

    private final Postgres postgres;
    private final String database;

    DatabaseSwitch(Postgres postgres, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        this.postgres = postgres;
        this.database = database;
    }

    void refuse() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("alter database " + database + " allow_connections false");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
        }
    }

    void allow() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("alter database " + database + " allow_connections true");
        }
    }

    private Connection admin() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", postgres.user());
        if (!postgres.password().isEmpty()) {
            props.setProperty("password", postgres.password());
        }
        return DriverManager.getConnection(postgres.jdbcUrl("postgres"), props);
    }
}
