package org.corridor.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** One unit of work on the connection: committed whole, or rolled back whole if anything fails. */
final class Transaction {
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {
    }

    static <T> T run(Connection connection, Work<T> work) throws SQLException {
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
}
