package org.corridor.app;

import java.util.List;

/**
 * What ingesting one file did. On failure, {@code error} holds the one-sentence reason and the
 * counts are zero: nothing of the file was stored.
 */
public record FileReport(String file, String format, String source, List<String> companions, long records, long entities,
        long statementsSeen, long statementsAdded, long skipped, List<String> skipReasons, double seconds, String error) {

    public boolean failed() {
        return error != null;
    }

    static FileReport failure(String file, String format, String error) {
        return new FileReport(file, format, null, List.of(), 0, 0, 0, 0, 0, List.of(), 0, error);
    }
}
