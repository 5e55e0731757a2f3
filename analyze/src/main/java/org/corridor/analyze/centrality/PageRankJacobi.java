package org.corridor.analyze.centrality;

import java.util.Arrays;
import org.corridor.analyze.graph.Graph;

/**
 * Solves z = 1 + d·P·z by Jacobi sweeps from the uniform ranking, for any graph: one fused pass
 * over the in-edges per sweep, O(m). Stops when the L1 change is below the tolerance relative to
 * Σz. Sums are kept per block of nodes and combined in block order.
 */
final class PageRankJacobi implements ChunkTeam.Passes {
    private final SlicedInEdges edges;
    private final double[] inverseStrength;
    private final double damping;
    private final double tolerance;
    private final int maxIterations;
    private final int[] bounds;
    private final double[] z;
    private double[] share;
    private double[] nextShare;
    /** The current sweep's in-edge sums, node by node. */
    private final double[] gathered;
    private final double[] partialChange;
    private final double[] partialSum;
    private int iterations;

    PageRankJacobi(Graph g, boolean weights, double[] inverseStrength, double damping, double tolerance, int maxIterations,
            int[] bounds) {
        this.edges = new SlicedInEdges(g, weights);
        this.inverseStrength = inverseStrength;
        this.damping = damping;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.bounds = bounds;
        int n = g.nodeCount();
        this.z = new double[n];
        // one more element: the gathers' padding reads node n, which stays at zero
        double[][] work = SolverScratch.zeroed(3, n + 1);
        this.share = work[0];
        this.nextShare = work[1];
        this.gathered = work[2];
        int blocks = PageRank.blocks(n);
        this.partialChange = new double[blocks];
        this.partialSum = new double[blocks];
        // Start where Σz is already right when no node is dangling (the uniform ranking): starting
        // from z = 1 would leave an error along the leading eigenvector, which decays only by d per sweep.
        Arrays.fill(z, 1 / (1 - damping));
        for (int v = 0; v < n; v++) {
            share[v] = z[v] * inverseStrength[v];
        }
    }

    double[] z() {
        return z;
    }

    @Override
    public void pass(int c) {
        double[] from = share;
        double[] to = nextShare;
        for (int blockStart = bounds[c]; blockStart < bounds[c + 1]; blockStart += PageRank.BLOCK) {
            edges.sum(blockStart / PageRank.BLOCK, from, gathered);
            double change = 0;
            double sum = 0;
            for (int v = blockStart, last = Math.min(blockStart + PageRank.BLOCK, bounds[c + 1]); v < last; v++) {
                double next = 1 + damping * gathered[v];
                change += Math.abs(next - z[v]);
                sum += next;
                z[v] = next;
                to[v] = next * inverseStrength[v];
            }
            partialChange[blockStart / PageRank.BLOCK] = change;
            partialSum[blockStart / PageRank.BLOCK] = sum;
        }
    }

    @Override
    public boolean advance() {
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
        return change < tolerance * sum || iterations >= maxIterations;
    }
}
