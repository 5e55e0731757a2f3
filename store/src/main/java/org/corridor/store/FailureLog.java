package org.corridor.store;

import java.util.List;

/** Files that failed to ingest, so they can be tried again. */
public interface FailureLog {
    record Failure(String path, String reason, String failedAt) {
    }

    void failed(String path, String reason, String at);

    void succeeded(String path);

    List<Failure> failures();
}
