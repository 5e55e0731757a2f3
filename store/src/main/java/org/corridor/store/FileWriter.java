package org.corridor.store;

/**
 * Produces the statements of one file into a sink and says how many entities it read and how
 * many values it skipped. Throwing rolls the whole file back.
 */
@FunctionalInterface
public interface FileWriter {
    Produced produce(StatementSink sink);

    record Produced(long entities, long skipped) {
    }
}
