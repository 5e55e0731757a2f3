package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;

/**
 * Harmonic centrality (Marchiori and Latora 2000; Boldi and Vigna 2014): the sum of inverse
 * distances to all other nodes, unreachable ones adding nothing, so it is defined on disconnected
 * networks. Normalised, it is divided by n − 1, as igraph does.
 */
public final class HarmonicCentrality implements NodeMeasure {
    private final boolean useWeights;
    private final boolean normalized;

    public HarmonicCentrality(boolean useWeights, boolean normalized) {
        this.useWeights = useWeights;
        this.normalized = normalized;
    }

    @Override
    public String name() {
        return "harmonic";
    }

    @Override
    public NodeScores compute(Graph graph) {
        DistanceSums sums = DistanceSums.of(graph, useWeights, false, Parallel.threads());
        int n = graph.nodeCount();
        double[] h = new double[n];
        for (int v = 0; v < n; v++) {
            h[v] = normalized ? (n > 1 ? sums.inverseSum[v] / (n - 1) : 0) : sums.inverseSum[v];
        }
        return new NodeScores(name(), h);
    }
}
