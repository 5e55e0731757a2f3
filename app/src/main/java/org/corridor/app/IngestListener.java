package org.corridor.app;

import org.corridor.ingest.Progress;

/** Told when each file starts and ends, and how reading it progresses. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() { };

    default Progress starting(String file, long bytes) {
        return Progress.NONE;
    }

    default void finished(FileReport report) {
    }

    /** After each file of a batch: how many are done of how many. */
    default void progress(int done, int total) {
    }
}
