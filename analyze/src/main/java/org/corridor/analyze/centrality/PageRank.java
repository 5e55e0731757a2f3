package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;

/**
 * PageRank (Brin and Page 1998): each node passes rank to its out-neighbours in proportion to edge
 * weight; nodes with no out-edges spread their rank uniformly, and the damping factor's remainder
 * is spread uniformly, which is what igraph's PRPACK solver computes.
 *
 * <p>Because both uniform terms add the same amount to every node, the ranks are x = z / Σz where
 * z solves z = 1 + d·P·z (P the weighted transition matrix, with zero columns for nodes without
 * out-edges). On an undirected graph the system is symmetric after a diagonal scaling and is
 * solved by conjugate gradients ({@link PageRankConjugateGradient}); on a directed one by Jacobi
 * sweeps from the uniform ranking ({@link PageRankJacobi}). Both stop when z's residual (the
 * change a Jacobi sweep would make), in L1 relative to Σz, is below 1e-12, so results agree with
 * an exact solve far beyond 1e-9. Each iteration is O(m).
 *
 * <p>On graphs from {@value #PARALLEL_EDGES} in-edges the nodes are cut into contiguous chunks of
 * about equal edge count, one per thread ({@link ChunkTeam}). Sums are kept per fixed block of
 * nodes and combined in block order, so the result is bit-for-bit the same whatever the number
 * of threads.
 */
public final class PageRank implements NodeMeasure {
    private static final double TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 10_000;
    /** Below this many in-edges a pass is too short to share between threads. */
    private static final int PARALLEL_EDGES = 50_000;
    /** Nodes per partial sum; chunk boundaries fall on block boundaries. */
    static final int BLOCK = 512;

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
        int[] bounds = split(graph.inStart(), n, chunks);
        double[] rank;
        if (graph.directed()) {
            PageRankJacobi solver = new PageRankJacobi(graph, weights, inverseStrength, damping, TOLERANCE, MAX_ITERATIONS, bounds);
            ChunkTeam.run(solver, chunks);
            rank = solver.z();
        } else {
            PageRankConjugateGradient solver = new PageRankConjugateGradient(graph, weights, inverseStrength, damping, TOLERANCE,
                    MAX_ITERATIONS, bounds);
            ChunkTeam.run(solver, chunks);
            rank = solver.z();
        }
        double total = 0;
        for (double r : rank) {
            total += r;
        }
        for (int v = 0; v < n; v++) {
            rank[v] /= total;
        }
        return new NodeScores(name(), rank);
    }

    static int blocks(int n) {
        return (n + BLOCK - 1) / BLOCK;
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
}
