package org.corridor.store;

import org.corridor.model.Statement;

/** Receives the statements of one file inside its write transaction. */
public interface StatementSink {
    void add(Statement statement);
}
