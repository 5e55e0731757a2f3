package org.corridor.ingest;

/** Told how far reading a file has come, so the CLI can draw a bar; called from the reading thread. */
public interface Progress {
    Progress NONE = (bytesRead, totalBytes, records) -> { };

    void advanced(long bytesRead, long totalBytes, long records);
}
