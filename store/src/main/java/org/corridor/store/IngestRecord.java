package org.corridor.store;

import java.util.List;
import org.corridor.store.resolution.MergeOnWrite;

/**
 * The record of one file that was ingested completely. Written in the same transaction as the
 * file's statements, so its presence proves the whole file is in the store. {@code merges} are the
 * outcomes of the merges the write was asked to record (none when read back from the store).
 */
public record IngestRecord(long id, String source, String path, String sha256, String format, String label,
        String startedAt, String finishedAt, long entities, long statementsSeen, long statementsAdded, long skipped,
        List<MergeOnWrite.Outcome> merges) {

    public IngestRecord {
        merges = List.copyOf(merges);
    }

    public IngestRecord(long id, String source, String path, String sha256, String format, String label,
            String startedAt, String finishedAt, long entities, long statementsSeen, long statementsAdded, long skipped) {
        this(id, source, path, sha256, format, label, startedAt, finishedAt, entities, statementsSeen, statementsAdded, skipped,
                List.of());
    }
}
