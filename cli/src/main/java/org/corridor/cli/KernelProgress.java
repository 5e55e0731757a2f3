package org.corridor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.corridor.app.AnalysisProgress;

/**
 * Progress of long analytics on stderr: for a search from every node (betweenness, closeness,
 * efficiency) on a large network, a line every tenth with sources done, rate and ETA. Small
 * networks finish before anyone would read it, so nothing is printed for them.
 */
final class KernelProgress implements AnalysisProgress.Listener {
    private static final long LARGE_WORK = 2_000_000_000L;

    private final PrintWriter err;
    private int tenth;
    private long lastDone;
    private long passStarted = System.nanoTime();

    private KernelProgress(PrintWriter err) {
        this.err = err;
    }

    /** Reports while the handle is open when the graph is big enough for a search per node to take a while. */
    static AutoCloseable around(String task, long nodes, long edges, PrintWriter err) {
        if (nodes * (nodes + edges) < LARGE_WORK) {
            return () -> { };
        }
        return AnalysisProgress.reporting(task, new KernelProgress(err));
    }

    @Override
    public synchronized void advanced(String task, long done, long total) {
        if (done < lastDone) {
            tenth = 0;
            passStarted = System.nanoTime();
        }
        lastDone = done;
        int now = (int) (done * 10 / Math.max(1, total));
        if (now > tenth && now < 10) {
            tenth = now;
            double seconds = (System.nanoTime() - passStarted) / 1e9;
            err.printf(Locale.ROOT, "%s: %d%% (%d of %d sources, %.0f/s, ETA %.0f s)%n", task, now * 10, done, total,
                    done / Math.max(seconds, 1e-9), seconds * (total - done) / Math.max(done, 1));
            err.flush();
        }
    }
}
