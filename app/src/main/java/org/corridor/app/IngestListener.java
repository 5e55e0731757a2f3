package org.corridor.app;

import org.corridor.ingest.Progress;

/** Told when each file starts and ends, and how reading it progresses. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() { };

    default Progress starting(String file, long bytes) {
        return Progress.NONE;
    }

    /**
     * A document's extraction is starting; the returned progress hears characters read of
     * {@code characters} (records stay 0). Called from an extraction thread: several documents
     * may be under way at once.
     */
    default Progress extracting(String file, long characters) {
        return Progress.NONE;
    }

    default void finished(FileReport report) {
    }

    /**
     * After the batch: operations read from its documents that may be ones the ledger already
     * holds (a strike in the campaign dataset, another outlet's report) were queued for review.
     */
    default void sameOperationsProposed(int pairs) {
    }

    /** After each file of a batch: how many are done of how many. */
    default void progress(int done, int total) {
    }
}
