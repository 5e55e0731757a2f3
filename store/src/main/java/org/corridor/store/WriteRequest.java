package org.corridor.store;

/** What is known about a file before its statements are written. */
public record WriteRequest(String source, String path, String sha256, String format, String label, String startedAt) {
}
