package org.corridor.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/** One unit of work on the connection: committed whole, or rolled back whole if anything fails. */
final class Transaction {
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {
    }

    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return nested(connection, work);
        }
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Inside a transaction already (see {@code Store.together}): a savepoint, so this work alone is undone if it fails. */
    private static <T> T nested(Connection connection, Work<T> work) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            T result = work.run();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
            throw e;
        }
    }
}
