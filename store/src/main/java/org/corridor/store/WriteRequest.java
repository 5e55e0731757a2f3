package org.corridor.store;

import java.util.function.Supplier;
import org.corridor.store.resolution.MergeOnWrite;

/**
 * What is known about a file before its statements are written. The content hash is asked for
 * only when the file's record is written, at the end, so it can be computed while the file is read.
 */
public record WriteRequest(String source, String path, Supplier<String> sha256, String format, String label,
        String startedAt, DocumentText document, java.util.List<MergeOnWrite> merges) {

    public WriteRequest {
        merges = java.util.List.copyOf(merges);
    }

    public WriteRequest(String source, String path, Supplier<String> sha256, String format, String label, String startedAt) {
        this(source, path, sha256, format, label, startedAt, null, java.util.List.of());
    }

    /** The same request with a document's text to store beside its statements. */
    public WriteRequest withDocument(DocumentText text) {
        return new WriteRequest(source, path, sha256, format, label, startedAt, text, merges);
    }

    /**
     * The same request with merges of entities it brings into stored parties, recorded in the same
     * transaction before the statements (see {@link MergeOnWrite}); their outcomes come back in the
     * {@link IngestRecord}, a refused merge as an outcome rather than a failure of the write.
     */
    public WriteRequest withMerges(java.util.List<MergeOnWrite> merges) {
        return new WriteRequest(source, path, sha256, format, label, startedAt, document, merges);
    }

    public static WriteRequest of(String source, String path, String sha256, String format, String label, String startedAt) {
        return new WriteRequest(source, path, () -> sha256, format, label, startedAt);
    }
}
