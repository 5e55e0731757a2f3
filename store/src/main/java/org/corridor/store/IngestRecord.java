package org.corridor.store;

/**
 * The record of one file that was ingested completely. Written in the same transaction as the
 * file's statements, so its presence proves the whole file is in the store.
 */
public record IngestRecord(long id, String source, String path, String sha256, String format, String label,
        String startedAt, String finishedAt, long entities, long statementsSeen, long statementsAdded, long skipped) {
}
