package cn.gov.samr.campaigns.platform.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * Reads straight through the pool, for what is read far more than anything else (the public lists and their
 * version): no Hibernate session to open, flush and close, and, outside a transaction, an autocommit connection, so
 * that a read is one round trip instead of BEGIN, the select and COMMIT through the transaction manager. Inside a transaction the pool
 * hands over that transaction's connection, so a caller that has one still reads its own writes.
 *
 * <p>The SQL is written as for a native query: {@code :name} parameters, a collection expanding to {@code ?, ?, …}.
 */
@ApplicationScoped
public class SqlRows {

    /** One row of the result, read where the cursor is. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public SqlRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, Map<String, Object> params, Row<T> row) {
        List<Object> values = new ArrayList<>();
        String positional = positional(sql, params, values);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(positional)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            // the same exception a native query through Hibernate would have thrown, for the same mappers
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    /**
     * {@code :name} → {@code ?} (a collection: one per element), the values in their order. Quoted literals are
     * copied as they are, and {@code ::} is PostgreSQL's cast, not a parameter.
     */
    static String positional(String sql, Map<String, Object> params, List<Object> values) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = sql.indexOf('\'', i + 1);
                end = end < 0 ? sql.length() : end + 1;
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                Object value = params.get(name);
                if (value instanceof Collection<?> many) {
                    if (many.isEmpty()) {
                        // what Hibernate binds for an empty list: in (null), true of no row
                        out.append("null");
                    }
                    int n = 0;
                    for (Object one : many) {
                        out.append(n++ == 0 ? "?" : ", ?");
                        values.add(one);
                    }
                } else {
                    out.append('?');
                    values.add(value);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
