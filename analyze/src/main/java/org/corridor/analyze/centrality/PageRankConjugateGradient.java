package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;

/**
 * Solves z = 1 + d·P·z on an undirected graph by conjugate gradients (Hestenes and Stiefel 1952).
 * With A the symmetric weighted adjacency and S the diagonal of strengths, P = A·S⁻¹ and
 * z = S^½·y turn the system into M·y = S^-½·1 with M = I − d·S^-½·A·S^-½, symmetric with
 * eigenvalues in [1 − d, 1 + d], so conjugate gradients apply and adapt to the graph's actual
 * spectrum. On the benchmark graphs they need 20–30 passes over the edges where Jacobi sweeps need
 * 36–87 (and Chebyshev-accelerated Jacobi 49 on the small-world graph). A node without
 * edges keeps scale 1 and solves to z = 1, as in the Jacobi sweeps.
 *
 * <p>Each iteration makes two passes: one over the in-edges and one over the nodes, with one
 * reduction after each. The gather runs over S^-½·r, the residual of the pass before, and
 * rebuilds A·S^-½·p from it and the previous gather, since p = r + β·p_old; that keeps to one
 * gather and two barriers per iteration. Stops when the L1 norm of z's residual, 1 + d·P·z − z
 * (what a Jacobi sweep would change), is below the tolerance relative to Σz.
 */
final class PageRankConjugateGradient implements ChunkTeam.Passes {
    private static final int START = 0;
    private static final int GATHER = 1;
    private static final int UPDATE = 2;

    private final SlicedInEdges edges;
    private final int n;
    private final double damping;
    private final double tolerance;
    private final int maxIterations;
    private final int[] bounds;
    /** sqrt(strength), or 1 for a node without edges; and its inverse. */
    private final double[] scale;
    private final double[] inverse;
    private final double[] y;
    private final double[] r;
    /** S^-½·r, what the gather reads. */
    private final double[] w;
    private final double[] p;
    /** A·S^-½·p. */
    private final double[] ap;
    private final double[] q;
    /** The current gather's sums, node by node. */
    private final double[] gathered;
    private final double[] partialA;
    private final double[] partialB;
    private final double[] partialC;
    private int pass = START;
    private double alpha;
    private double beta;
    private double rr;
    private int iterations;

    PageRankConjugateGradient(Graph g, boolean weights, double[] inverseStrength, double damping, double tolerance,
            int maxIterations, int[] bounds) {
        this.edges = new SlicedInEdges(g, weights);
        this.damping = damping;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.bounds = bounds;
        n = g.nodeCount();
        // one more element: the gathers' padding reads node n, which stays at zero
        double[][] work = SolverScratch.zeroed(9, n + 1);
        scale = work[0];
        inverse = work[1];
        y = work[2];
        r = work[3];
        w = work[4];
        p = work[5];
        ap = work[6];
        q = work[7];
        gathered = work[8];
        double start = 1 / (1 - damping);
        for (int v = 0; v < n; v++) {
            double s = inverseStrength[v] == 0 ? 1 : Math.sqrt(1 / inverseStrength[v]);
            scale[v] = s;
            inverse[v] = 1 / s;
            // z starts at the uniform ranking; the start pass gathers over S^-½·y = S⁻¹·z
            y[v] = start * inverse[v];
            w[v] = y[v] * inverse[v];
        }
        int blocks = PageRank.blocks(n);
        partialA = new double[blocks];
        partialB = new double[blocks];
        partialC = new double[blocks];
    }

    /** The solution z, once run. */
    double[] z() {
        double[] z = new double[n];
        for (int v = 0; v < z.length; v++) {
            z[v] = scale[v] * y[v];
        }
        return z;
    }

    @Override
    public void pass(int c) {
        for (int blockStart = bounds[c]; blockStart < bounds[c + 1]; blockStart += PageRank.BLOCK) {
            int last = Math.min(blockStart + PageRank.BLOCK, bounds[c + 1]);
            int b = blockStart / PageRank.BLOCK;
            if (pass != UPDATE) {
                edges.sum(b, w, gathered);
            }
            switch (pass) {
                case START -> start(blockStart, last, b);
                case GATHER -> gather(blockStart, last, b);
                default -> update(blockStart, last, b);
            }
        }
    }

    /** r = b − M·y for the starting y (the first gather takes p = r). Partial sums: r·r, |z's residual|, Σz. */
    private void start(int from, int to, int b) {
        double rrSum = 0;
        double residual = 0;
        double zSum = 0;
        for (int v = from; v < to; v++) {
            double my = y[v] - damping * inverse[v] * gathered[v];
            r[v] = inverse[v] - my;
            rrSum += r[v] * r[v];
            residual += Math.abs(scale[v] * r[v]);
            zSum += scale[v] * y[v];
        }
        partialA[b] = rrSum;
        partialB[b] = residual;
        partialC[b] = zSum;
    }

    /** p = r + β·p, A·S^-½·p from the gather over S^-½·r, q = M·p. Partial sum: p·q. */
    private void gather(int from, int to, int b) {
        double pq = 0;
        for (int v = from; v < to; v++) {
            double apNext = gathered[v] + beta * ap[v];
            double pNext = r[v] + beta * p[v];
            double qNext = pNext - damping * inverse[v] * apNext;
            ap[v] = apNext;
            p[v] = pNext;
            q[v] = qNext;
            pq += pNext * qNext;
        }
        partialA[b] = pq;
    }

    /** y += α·p, r −= α·q. Partial sums: r·r, |z's residual|, Σz. */
    private void update(int from, int to, int b) {
        double rrSum = 0;
        double residual = 0;
        double zSum = 0;
        for (int v = from; v < to; v++) {
            double yNext = y[v] + alpha * p[v];
            double rNext = r[v] - alpha * q[v];
            y[v] = yNext;
            r[v] = rNext;
            w[v] = rNext * inverse[v];
            rrSum += rNext * rNext;
            residual += Math.abs(scale[v] * rNext);
            zSum += scale[v] * yNext;
        }
        partialA[b] = rrSum;
        partialB[b] = residual;
        partialC[b] = zSum;
    }

    @Override
    public boolean advance() {
        if (pass == GATHER) {
            double pq = sum(partialA);
            alpha = pq == 0 ? 0 : rr / pq;
            pass = UPDATE;
            return false;
        }
        double rrNext = sum(partialA);
        boolean converged = sum(partialB) < tolerance * sum(partialC);
        if (pass == START) {
            // the first direction is the residual itself
            for (int v = 0; v < n; v++) {
                w[v] = r[v] * inverse[v];
            }
            beta = 0;
        } else {
            beta = rrNext / rr;
            iterations++;
        }
        rr = rrNext;
        pass = GATHER;
        return converged || rrNext == 0 || iterations >= maxIterations;
    }

    private static double sum(double[] partial) {
        double s = 0;
        for (double x : partial) {
            s += x;
        }
        return s;
    }
}
