package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;

/** Sums a node vector over each node's in-edges, weighted or not: the gather of an iterative solver. */
final class InEdgeSums {
    private final int[] inStart;
    private final int[] inSrc;
    private final double[] inW;
    private final boolean weights;

    InEdgeSums(Graph g, boolean weights) {
        this.inStart = g.inStart();
        this.inSrc = g.inSources();
        this.inW = g.inWeights();
        this.weights = weights;
    }

    /** Σ from[u]·w(u→v) over v's in-edges (w = 1 when unweighted). */
    double at(int v, double[] from) {
        double sum = 0;
        int end = inStart[v + 1];
        if (weights) {
            for (int e = inStart[v]; e < end; e++) {
                sum += from[inSrc[e]] * inW[e];
            }
        } else {
            for (int e = inStart[v]; e < end; e++) {
                sum += from[inSrc[e]];
            }
        }
        return sum;
    }
}
