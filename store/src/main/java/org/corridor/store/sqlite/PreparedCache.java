package org.corridor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writing connection's prepared statements, each prepared once and kept until the store
 * closes. Linking a document's names to listed parties runs a dozen small statements per link;
 * preparing each anew took about a fifth of the store's time in an ingest (docs/benchmarks.md).
 * Used only under the store's lock; a statement from here is never closed by its user.
 */
final class PreparedCache implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PreparedCache(Connection connection) {
        this.connection = connection;
    }

    /** The statement for this SQL, its parameters cleared. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
            ps.clearBatch(); // a batch a failed write left behind
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }
}
