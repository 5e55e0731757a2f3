package org.corridor.analyze.centrality;

import java.util.Arrays;

/**
 * Zeroed work arrays for the PageRank solvers, kept per thread between calls. Fresh arrays on
 * every call come from wherever the allocator has got to in a heap that other work has grown, so
 * every first touch misses the caches: measured, that made PageRank on a 10k-node graph about 1.5
 * times slower after a betweenness run in the same JVM. Arrays of up to {@value #MAX_CACHED}
 * elements are kept; larger ones are allocated each time.
 */
final class SolverScratch {
    private static final int MAX_CACHED = 1 << 20;
    private static final ThreadLocal<double[][]> CACHE = ThreadLocal.withInitial(() -> new double[0][]);

    private SolverScratch() {
    }

    /** {@code count} zeroed arrays of length n; valid until this thread asks again. */
    static double[][] zeroed(int count, int n) {
        double[][] cached = CACHE.get();
        if (n > MAX_CACHED) {
            return new double[count][n];
        }
        if (cached.length < count || cached[0].length != n) {
            cached = new double[count][n];
            CACHE.set(cached);
            return cached;
        }
        for (int i = 0; i < count; i++) {
            Arrays.fill(cached[i], 0);
        }
        return cached;
    }
}
