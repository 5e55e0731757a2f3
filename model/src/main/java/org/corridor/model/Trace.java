package org.corridor.model;

/** Timing lines on stderr when CORRIDOR_TRACE is set, for finding where time goes (docs/benchmarks.md). */
public final class Trace {
    private static final boolean ON = System.getenv("CORRIDOR_TRACE") != null;

    private Trace() {
    }

    public static boolean on() {
        return ON;
    }

    public static void log(String what, long startNanos) {
        if (ON) {
            System.err.printf("trace: %s in %d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }
}
