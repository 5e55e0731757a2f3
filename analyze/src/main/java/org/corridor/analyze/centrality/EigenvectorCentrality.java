package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;

/**
 * Eigenvector centrality (Bonacich 1972): the leading eigenvector of the adjacency matrix, scaled
 * so the largest score is 1 as igraph reports it. Power iteration on A + I, which has the same
 * leading eigenvector but does not oscillate on bipartite networks. On a directed graph a node's
 * score comes from its in-neighbours. Stops when no score moves by more than 1e-12.
 */
public final class EigenvectorCentrality implements NodeMeasure {
    private final boolean useWeights;

    public EigenvectorCentrality(boolean useWeights) {
        this.useWeights = useWeights;
    }

    @Override
    public String name() {
        return "eigenvector";
    }

    @Override
    public NodeScores compute(Graph graph) {
        int n = graph.nodeCount();
        int[] start = graph.inStart();
        int[] src = graph.inSources();
        double[] w = graph.inWeights();
        boolean weights = useWeights && graph.weighted();
        double[] x = new double[n];
        double[] y = new double[n];
        java.util.Arrays.fill(x, 1.0);
        for (int iteration = 0; iteration < 100_000; iteration++) {
            double max = 0;
            for (int v = 0; v < n; v++) {
                double s = x[v];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    s += x[src[e]] * (weights ? w[e] : 1);
                }
                y[v] = s;
                max = Math.max(max, s);
            }
            double moved = 0;
            for (int v = 0; v < n; v++) {
                y[v] = max == 0 ? 0 : y[v] / max;
                moved = Math.max(moved, Math.abs(y[v] - x[v]));
            }
            double[] t = x;
            x = y;
            y = t;
            if (moved < 1e-12) {
                break;
            }
        }
        return new NodeScores(name(), x);
    }
}
