package org.corridor.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code migration/V<n>__<name>.sql} resources applied in order,
 * each in its own transaction with its row in {@code schema_version}. A small runner of our own
 * rather than Flyway: the store needs only forward, in-order scripts, and this keeps CLI start-up
 * under a second (see docs/architecture.md).
 */
public final class Migrations {
    /** Every migration in order; a new one is added here and as a resource. */
    public static final List<String> ALL = List.of("V1__statements.sql", "V2__resolution.sql", "V3__documents.sql", "V4__pair_lookup.sql",
            "V5__ref_property.sql");

    private Migrations() {
    }

    /** Applies what is missing; returns the version the database is at afterwards. */
    public static int apply(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "script TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = current(connection);
        if (current > ALL.size()) {
            throw new SQLException("workspace is at schema version " + current + " but this Corridor knows only "
                    + ALL.size() + "; use a newer Corridor");
        }
        if (current == ALL.size()) {
            return current; // up to date: no transaction, so a reader never waits here for a writer
        }
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= ALL.size(); v++) {
                String script = ALL.get(v - 1);
                try (Statement st = connection.createStatement()) {
                    for (String sql : statements(read(script))) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, v);
                    ps.setString(2, script);
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
        return current(connection);
    }

    public static int current(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return rs.getInt(1);
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/org/corridor/store/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is missing from the store jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script on semicolons at line ends, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
