package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;

/**
 * Harmonic centrality (Marchiori and Latora 2000; Boldi and Vigna 2014): the sum of inverse
 * distances to all other nodes, unreachable ones adding nothing, so it is defined on disconnected
 * networks. Normalised, it is divided by n − 1, as igraph does. The mode picks the paths on a
 * directed graph, as for {@link Closeness}.
 */
public final class HarmonicCentrality implements NodeMeasure {
    private final boolean useWeights;
    private final boolean normalized;
    private final Closeness.Mode mode;

    public HarmonicCentrality(boolean useWeights, boolean normalized, Closeness.Mode mode) {
        this.useWeights = useWeights;
        this.normalized = normalized;
        this.mode = mode;
    }

    @Override
    public String name() {
        return "harmonic";
    }

    @Override
    public NodeScores compute(Graph graph) {
        Graph g = mode == Closeness.Mode.ALL ? graph.undirectedForDistances() : graph;
        DistanceSums sums = DistanceSums.of(g, useWeights, mode == Closeness.Mode.IN, Parallel.threads());
        int n = graph.nodeCount();
        double[] h = new double[n];
        for (int v = 0; v < n; v++) {
            h[v] = normalized ? (n > 1 ? sums.inverseSum[v] / (n - 1) : 0) : sums.inverseSum[v];
        }
        return new NodeScores(name(), h);
    }
}
