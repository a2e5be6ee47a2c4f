package cn.gov.samr.campaigns.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server the suite uses, addressed by the libpq variables PGHOST, PGPORT, PGUSER and PGPASSWORD
 * (default 127.0.0.1:5432, user postgres). Creates the services' databases when they are missing.
 */
public final class Postgres {

    private final String host = env("PGHOST", "127.0.0.1");
    private final String port = env("PGPORT", "5432");
    private final String user = env("PGUSER", "postgres");
    private final String password = env("PGPASSWORD", "");

    /**
     * {@code TEST_DB_SUFFIX} made safe for a database name: builds that run side by side (worktrees, helpers) give
     * themselves databases of their own with it.
     */
    public static String testDatabaseSuffix() {
        return System.getenv().getOrDefault("TEST_DB_SUFFIX", "").replaceAll("[^a-z0-9_]", "");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String address() {
        return host + ":" + port;
    }

    public void ensureDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres");
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + name);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel run: fine
                    throw e;
                }
            }
        }
    }

    /** Drops the database if it exists (closing its connections first), for a test that must start empty. */
    public void dropDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres"); Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + name + " with (force)");
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** {@code Postgres <database>...}: for deploy/run-local; a clear message instead of a stack trace. */
    public static void main(String[] databases) {
        Postgres postgres = new Postgres();
        try {
            for (String db : databases) {
                postgres.ensureDatabase(db);
            }
            System.out.println("PostgreSQL at " + postgres.address() + ": databases ready " + String.join(", ", databases));
        } catch (SQLException e) {
            System.err.printf("""
                    Cannot use PostgreSQL at %s as user '%s': %s
                    Start PostgreSQL, or point the suite at yours with PGHOST, PGPORT, PGUSER and PGPASSWORD,
                    for example:  PGHOST=db.example PGUSER=me PGPASSWORD=secret deploy/run-local
                    (on Debian: pg_ctlcluster <version> main start)
                    """, postgres.address(), postgres.user, e.getMessage());
            System.exit(3);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
