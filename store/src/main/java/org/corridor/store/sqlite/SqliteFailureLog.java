package org.corridor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.corridor.model.StorageException;
import org.corridor.store.FailureLog;

/** The {@code ingest_failure} table. */
final class SqliteFailureLog implements FailureLog {
    private final Connection connection;
    private final Object lock;

    SqliteFailureLog(Connection connection, Object lock) {
        this.connection = connection;
        this.lock = lock;
    }

    @Override
    public void failed(String path, String reason, String at) {
        update("INSERT OR REPLACE INTO ingest_failure (path, reason, failed_at) VALUES (?,?,?)", path, reason, at);
    }

    @Override
    public void succeeded(String path) {
        update("DELETE FROM ingest_failure WHERE path = ?", path);
    }

    @Override
    public List<Failure> failures() {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT path, reason, failed_at FROM ingest_failure ORDER BY path");
                    ResultSet rs = ps.executeQuery()) {
                List<Failure> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Failure(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
                return out;
            } catch (SQLException e) {
                throw new StorageException("reading the failed-ingest list failed (" + e.getMessage() + ")", e);
            }
        }
    }

    private void update(String sql, String... args) {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StorageException("recording an ingest failure failed (" + e.getMessage() + ")", e);
            }
        }
    }
}
