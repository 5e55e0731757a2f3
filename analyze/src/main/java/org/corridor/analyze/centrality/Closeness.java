package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;

/**
 * Closeness centrality (Bavelas 1950; Freeman 1979) over the nodes each node can reach, as igraph
 * 0.10 computes it: the inverse of the sum of distances to the reachable nodes, or, normalised,
 * the inverse of their mean distance. A node that reaches no one has no closeness (NaN). On a
 * directed graph the mode says which paths count: out-going, in-coming, or all (direction
 * ignored, igraph's default). O(nm) unweighted, O(nm + n² log n) weighted.
 */
public final class Closeness implements NodeMeasure {
    /** Which paths count on a directed graph. */
    public enum Mode { OUT, IN, ALL }

    private final boolean useWeights;
    private final boolean normalized;
    private final Mode mode;

    public Closeness(boolean useWeights, boolean normalized, Mode mode) {
        this.useWeights = useWeights;
        this.normalized = normalized;
        this.mode = mode;
    }

    @Override
    public String name() {
        return "closeness";
    }

    @Override
    public NodeScores compute(Graph graph) {
        Graph g = mode == Mode.ALL ? graph.undirectedForDistances() : graph;
        DistanceSums sums = DistanceSums.of(g, useWeights, mode == Mode.IN, Parallel.threads());
        double[] c = new double[graph.nodeCount()];
        for (int v = 0; v < c.length; v++) {
            int reached = sums.reached[v];
            c[v] = reached == 0 ? Double.NaN : (normalized ? reached : 1.0) / sums.sum[v];
        }
        return new NodeScores(name(), c);
    }
}
