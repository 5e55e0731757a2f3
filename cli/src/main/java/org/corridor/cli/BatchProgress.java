package org.corridor.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress of a batch (names screened) on stderr: a line every tenth with rate and ETA; silent for small batches. */
final class BatchProgress {
    private static final int SMALL = 1000;

    private final PrintWriter err;
    private final String task;
    private final long total;
    private final long started = System.nanoTime();
    private int tenth;

    BatchProgress(PrintWriter err, String task, long total) {
        this.err = err;
        this.task = task;
        this.total = total;
    }

    synchronized void advance(long done) {
        if (total < SMALL) {
            return;
        }
        int now = (int) (done * 10 / total);
        if (now > tenth && now < 10) {
            tenth = now;
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "%s: %d%% (%d of %d, %.0f/s, ETA %.0f s)%n", task, now * 10, done, total,
                    done / Math.max(seconds, 1e-9), seconds * (total - done) / Math.max(done, 1));
            err.flush();
        }
    }

    void done() {
        if (total >= SMALL) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "%s: %d in %.1f s (%.0f/s)%n", task, total, seconds, total / Math.max(seconds, 1e-9));
            err.flush();
        }
    }
}
