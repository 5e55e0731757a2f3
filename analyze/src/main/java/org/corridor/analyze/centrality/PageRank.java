package org.corridor.analyze.centrality;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;

/**
 * PageRank (Brin and Page 1998): each node passes rank to its out-neighbours in proportion to edge
 * weight; nodes with no out-edges spread their rank uniformly, and the damping factor's remainder
 * is spread uniformly, which is what igraph's PRPACK solver computes.
 *
 * <p>Because both uniform terms add the same amount to every node, the ranks are x = z / Σz where
 * z solves z = 1 + d·P·z (P the weighted transition matrix, with zero columns for nodes without
 * out-edges). This solves for z by Jacobi sweeps from the uniform ranking. On an undirected graph P is
 * similar to a symmetric matrix, so d·P has real eigenvalues in [−d, d]; when the first sweeps
 * show slow mixing (error shrinking by less than Chebyshev's guaranteed d / (1 + √(1 − d²)) per
 * sweep, 0.56 at d = 0.85), the sweeps are accelerated by Chebyshev semi-iteration (Golub and
 * Varga, Numer. Math. 3, 1961), which about halves them on ring-like networks. Stops when the L1
 * change, relative to Σz, is below 1e-12, so results agree with an exact solve far beyond 1e-9.
 *
 * <p>Each sweep is one fused pass over the in-edges, O(m). On large graphs the nodes are cut
 * into contiguous chunks of about equal edge count, one per thread; threads meet at a spinning
 * barrier twice per sweep. Sums are kept per fixed block of nodes and combined in block order,
 * so the result is bit-for-bit the same whatever the number of threads.
 */
public final class PageRank implements NodeMeasure {
    private static final double TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 10_000;
    /**
     * Below this many in-edges a sweep is too short to share between threads: a spinning barrier
     * costs little on an idle machine but a lot when the other cores are busy.
     */
    private static final int PARALLEL_EDGES = 400_000;
    /** Nodes per partial sum; chunk boundaries fall on block boundaries. */
    private static final int BLOCK = 2048;
    /** Plain sweeps before deciding whether Chebyshev acceleration pays. */
    private static final int PROBE_SWEEPS = 10;

    private final double damping;
    private final boolean useWeights;
    private final int threads;

    public PageRank(double damping, boolean useWeights) {
        this(damping, useWeights, Parallel.threads());
    }

    public PageRank(double damping, boolean useWeights, int threads) {
        if (!(damping >= 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1)");
        }
        this.damping = damping;
        this.useWeights = useWeights;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "pagerank";
    }

    @Override
    public NodeScores compute(Graph graph) {
        int n = graph.nodeCount();
        boolean weights = useWeights && graph.weighted();
        double[] inverseStrength = new double[n];
        int[] outStart = graph.outStart();
        double[] outW = graph.outWeights();
        for (int v = 0; v < n; v++) {
            double s = 0;
            for (int e = outStart[v]; e < outStart[v + 1]; e++) {
                s += weights ? outW[e] : 1;
            }
            inverseStrength[v] = s == 0 ? 0 : 1 / s;
        }
        int chunks = graph.inSources().length >= PARALLEL_EDGES ? Math.max(1, threads) : 1;
        State state = new State(graph, weights, inverseStrength, chunks, damping, !graph.directed());
        if (chunks == 1) {
            for (int i = 0; i < MAX_ITERATIONS && !state.finishIteration(state.sweep(0)); i++) {
                // the sweep and the check are the loop
            }
        } else {
            state.runParallel();
        }
        double[] rank = state.z;
        double total = 0;
        for (double r : rank) {
            total += r;
        }
        for (int v = 0; v < n; v++) {
            rank[v] /= total;
        }
        return new NodeScores(name(), rank);
    }

    /** Arrays shared by the chunk workers; each worker writes only its own node range. */
    private static final class State {
        final int[] inStart;
        final int[] inSrc;
        final double[] inW;
        final boolean weights;
        final double[] inverseStrength;
        final double damping;
        final boolean chebyshev;
        final int n;
        final int[] bounds;
        /** The current iterate, and the one before it (for the Chebyshev recurrence). */
        final double[] z;
        final double[] previous;
        double[] share;
        double[] nextShare;
        final double[] partialChange;
        final double[] partialSum;
        /** Chebyshev weight of the sweep about to run; 1 is a plain Jacobi sweep. */
        double omega = 1;
        /** Sweeps since Chebyshev acceleration was switched on, or -1 while plain. */
        int accelerated = -1;
        /** Chebyshev's guaranteed error reduction per sweep for a spectrum in [-d, d]. */
        final double chebyshevRate;
        double lastChange = Double.NaN;
        final int chunks;
        volatile boolean done;
        int iterations;

        State(Graph g, boolean weights, double[] inverseStrength, int chunks, double damping, boolean chebyshev) {
            this.inStart = g.inStart();
            this.inSrc = g.inSources();
            this.inW = g.inWeights();
            this.weights = weights;
            this.inverseStrength = inverseStrength;
            this.damping = damping;
            this.chebyshev = chebyshev;
            this.chebyshevRate = damping / (1 + Math.sqrt(1 - damping * damping));
            this.n = g.nodeCount();
            this.bounds = split(inStart, n, chunks);
            this.z = new double[n];
            this.previous = new double[n];
            this.share = new double[n];
            this.nextShare = new double[n];
            int blocks = (n + BLOCK - 1) / BLOCK;
            this.partialChange = new double[blocks];
            this.partialSum = new double[blocks];
            this.chunks = chunks;
            // Start where Σz is already right when no node is dangling (the uniform ranking):
            // starting from z = 1 would leave an error along the leading eigenvector, which
            // decays only by d per sweep.
            Arrays.fill(z, 1 / (1 - damping));
            for (int v = 0; v < n; v++) {
                share[v] = z[v] * inverseStrength[v];
            }
        }

        /** Chunk boundaries on block boundaries, with roughly equal numbers of in-edges plus nodes. */
        private static int[] split(int[] inStart, int n, int chunks) {
            int[] bounds = new int[chunks + 1];
            long total = (long) inStart[n] + n;
            int v = 0;
            for (int c = 1; c < chunks; c++) {
                long target = total * c / chunks;
                while (v < n && (long) inStart[v] + v < target) {
                    v += BLOCK;
                }
                bounds[c] = Math.min(v, n);
            }
            bounds[chunks] = n;
            return bounds;
        }

        /** One sweep over chunk c, block by block; returns the chunk index for chaining. */
        int sweep(int c) {
            double[] from = share;
            double[] to = nextShare;
            double w = omega;
            for (int blockStart = bounds[c]; blockStart < bounds[c + 1]; blockStart += BLOCK) {
                double change = 0;
                double sum = 0;
                for (int v = blockStart, last = Math.min(blockStart + BLOCK, bounds[c + 1]); v < last; v++) {
                    double gathered = 0;
                    int end = inStart[v + 1];
                    if (weights) {
                        for (int e = inStart[v]; e < end; e++) {
                            gathered += from[inSrc[e]] * inW[e];
                        }
                    } else {
                        for (int e = inStart[v]; e < end; e++) {
                            gathered += from[inSrc[e]];
                        }
                    }
                    double jacobi = 1 + damping * gathered;
                    double old = z[v];
                    double next = w == 1 ? jacobi : w * (jacobi - previous[v]) + previous[v];
                    change += Math.abs(next - old);
                    sum += next;
                    previous[v] = old;
                    z[v] = next;
                    to[v] = next * inverseStrength[v];
                }
                partialChange[blockStart / BLOCK] = change;
                partialSum[blockStart / BLOCK] = sum;
            }
            return c;
        }

        /**
         * Combines the blocks' sums in block order, swaps buffers and sets the next Chebyshev
         * weight; true when converged.
         */
        boolean finishIteration(int ignored) {
            double change = 0;
            double sum = 0;
            for (int b = 0; b < partialChange.length; b++) {
                change += partialChange[b];
                sum += partialSum[b];
            }
            double[] t = share;
            share = nextShare;
            nextShare = t;
            iterations++;
            double rho2 = damping * damping;
            if (accelerated < 0 && chebyshev && iterations == PROBE_SWEEPS && change > chebyshevRate * lastChange) {
                // Slow mixing: plain sweeps shrink the error by more than Chebyshev's guaranteed
                // factor per sweep, so restart the recurrence from here (next sweep plain).
                accelerated = 0;
            } else if (accelerated >= 0) {
                accelerated++;
                omega = accelerated == 1 ? 1 / (1 - rho2 / 2) : 1 / (1 - rho2 * omega / 4);
            }
            lastChange = change;
            return change < TOLERANCE * sum || iterations >= MAX_ITERATIONS;
        }

        void runParallel() {
            SpinBarrier barrier = new SpinBarrier(chunks);
            Thread[] helpers = new Thread[chunks - 1];
            for (int i = 1; i < chunks; i++) {
                final int c = i;
                helpers[i - 1] = new Thread(() -> {
                    while (true) {
                        barrier.await();
                        if (done) {
                            return;
                        }
                        sweep(c);
                        barrier.await();
                    }
                }, "corridor-pagerank");
                helpers[i - 1].setDaemon(true);
                helpers[i - 1].start();
            }
            while (true) {
                barrier.await();
                sweep(0);
                barrier.await();
                if (finishIteration(0)) {
                    done = true;
                    barrier.await();
                    break;
                }
            }
            for (Thread t : helpers) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
    }

    /**
     * A reusable barrier that spins briefly, then yields, then naps: iterations last well under a
     * millisecond, so parking threads at once would cost more than the work, but a busy machine
     * must not be starved by spinning. Its atomic counters also publish each side's writes.
     */
    private static final class SpinBarrier {
        private final int parties;
        private final AtomicInteger arrived = new AtomicInteger();
        private final AtomicInteger generation = new AtomicInteger();

        SpinBarrier(int parties) {
            this.parties = parties;
        }

        void await() {
            int gen = generation.get();
            if (arrived.incrementAndGet() == parties) {
                arrived.set(0);
                generation.incrementAndGet();
                return;
            }
            int spins = 0;
            while (generation.get() == gen) {
                spins++;
                if (spins < 5_000) {
                    Thread.onSpinWait();
                } else if (spins < 6_000) {
                    Thread.yield();
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000);
                }
            }
        }
    }
}
