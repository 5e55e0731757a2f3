package org.corridor.app;

/** How far a long analysis (a search from every node) has come, for a face to show while it runs. */
public final class AnalysisProgress {
    private AnalysisProgress() {
    }

    /** Hears the sources searched of the total, per task. */
    public interface Listener {
        void advanced(String task, long done, long total);
    }

    /** Reports to the listener while the handle is open. */
    public static AutoCloseable reporting(String task, Listener listener) {
        return org.corridor.analyze.graph.Parallel.reporting(task, listener::advanced);
    }
}
