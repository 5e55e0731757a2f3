package org.corridor.store;

import java.nio.file.Path;
import org.corridor.model.label.Authorizations;

/**
 * A workspace's statement store. Writes happen a file at a time, each in one transaction:
 * whole or nothing. Reads go through {@link #view(Authorizations)}.
 */
public interface Store extends AutoCloseable {
    Path location();

    /**
     * Writes one file's statements in a single transaction. Statements already present (same id)
     * are not added again; their last-seen time moves forward. If the writer throws, nothing of
     * the file is kept and the exception propagates.
     */
    IngestRecord write(WriteRequest request, FileWriter writer);

    /**
     * Runs {@code work} with its writes committed together, in one transaction, when it returns;
     * each write inside stays whole-or-nothing on its own (a failed one is undone alone). If
     * {@code work} throws, nothing of it is kept. Committing many small files at once saves
     * the cost of a commit per file. A call inside another's work joins the outer one.
     */
    <T> T together(java.util.function.Supplier<T> work);

    StoreView view(Authorizations authorizations);

    /** Proposed pairs, decisions and merges. */
    org.corridor.store.resolution.Resolutions resolutions();

    /** Files that failed to ingest. */
    FailureLog failures();

    /** Schema version of the store after migrations. */
    int schemaVersion();

    @Override
    void close();
}
