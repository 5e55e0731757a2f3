package org.corridor.store;

import java.util.function.Supplier;

/**
 * What is known about a file before its statements are written. The content hash is asked for
 * only when the file's record is written, at the end, so it can be computed while the file is read.
 */
public record WriteRequest(String source, String path, Supplier<String> sha256, String format, String label,
        String startedAt, DocumentText document) {

    public WriteRequest(String source, String path, Supplier<String> sha256, String format, String label, String startedAt) {
        this(source, path, sha256, format, label, startedAt, null);
    }

    /** The same request with a document's text to store beside its statements. */
    public WriteRequest withDocument(DocumentText text) {
        return new WriteRequest(source, path, sha256, format, label, startedAt, text);
    }

    public static WriteRequest of(String source, String path, String sha256, String format, String label, String startedAt) {
        return new WriteRequest(source, path, () -> sha256, format, label, startedAt);
    }
}
