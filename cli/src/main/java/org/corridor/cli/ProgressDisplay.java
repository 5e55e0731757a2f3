package org.corridor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridor.app.FileReport;
import org.corridor.app.IngestListener;
import org.corridor.ingest.Progress;

/**
 * Shows ingest progress on stderr: a bar with speed and ETA on a terminal, or a plain line at
 * each tenth of a large file when stderr is a log or a pipe.
 */
final class ProgressDisplay implements IngestListener {
    private static final long LARGE = 1 << 20;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private ProgressBar bar;

    ProgressDisplay(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = isTerminal();
    }

    /** Console.isTerminal() exists from Java 22, where System.console() is no longer null when redirected. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public Progress starting(String file, long bytes) {
        if (quiet || bytes < LARGE) {
            return Progress.NONE;
        }
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(shortName(file)).setInitialMax(bytes).setUnit(" MiB", 1 << 20)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            return (read, total, records) -> bar.stepTo(read);
        }
        int[] tenth = {0};
        long started = System.nanoTime();
        return (read, total, records) -> {
            int now = total > 0 ? (int) (read * 10 / total) : 0;
            if (now > tenth[0] && now < 10) {
                tenth[0] = now;
                double seconds = (System.nanoTime() - started) / 1e9;
                double eta = read > 0 ? seconds * (total - read) / read : 0;
                err.printf(Locale.ROOT, "ingest %s: %d%% (%.1f of %.1f MiB, %d records, %.1f MiB/s, ETA %.0f s)%n",
                        shortName(file), now * 10, read / 1048576.0, total / 1048576.0, records,
                        seconds > 0 ? read / 1048576.0 / seconds : 0, eta);
                err.flush();
            }
        };
    }

    /**
     * A document of a million characters or more: a line at each tenth of its text read, with the
     * rate and time left. Lines rather than a bar, as two documents may be read at once.
     */
    @Override
    public Progress extracting(String file, long characters) {
        if (quiet || characters < 1_000_000) {
            return Progress.NONE;
        }
        int[] tenth = {0};
        long started = System.nanoTime();
        return (done, total, records) -> {
            int now = total > 0 ? (int) (done * 10 / total) : 0;
            if (now > tenth[0] && now < 10) {
                tenth[0] = now;
                double seconds = (System.nanoTime() - started) / 1e9;
                double eta = done > 0 ? seconds * (total - done) / done : 0;
                synchronized (err) {
                    err.printf(Locale.ROOT, "extract %s: %d%% (%.1f of %.1f million characters, %.2f million/s, ETA %.0f s)%n",
                            shortName(file), now * 10, done / 1e6, total / 1e6, seconds > 0 ? done / 1e6 / seconds : 0, eta);
                    err.flush();
                }
            }
        };
    }

    private final long batchStarted = System.nanoTime();
    private int tenth;

    /** For batches of ten files or more: a line at each tenth with files per second and the time left. */
    @Override
    public void progress(int done, int total) {
        if (quiet || total < 10) {
            return;
        }
        int now = done * 10 / total;
        if (now > tenth) {
            tenth = now;
            double seconds = (System.nanoTime() - batchStarted) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            err.printf(Locale.ROOT, "ingest: %d of %d files (%d%%), %.1f files/s, ETA %.0f s%n", done, total, now * 10, rate,
                    (total - done) / Math.max(rate, 1e-9));
            err.flush();
        }
    }

    @Override
    public void finished(FileReport report) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void sameOperationsProposed(int pairs) {
        if (!quiet && pairs > 0) {
            err.println(pairs + " pair" + (pairs == 1 ? "" : "s") + " of operations that may be one (an article's against the "
                    + "ledger's from datasets and files) queued for review: corridor review");
            err.flush();
        }
    }

    private static String shortName(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
