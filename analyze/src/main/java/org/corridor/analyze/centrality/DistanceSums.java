package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;
import org.corridor.analyze.graph.ShortestPathSearch;

/**
 * One shortest-path search per node, keeping for each node the number of nodes it reaches, the
 * sum of the distances to them, and the sum of their inverses: what closeness and harmonic
 * centrality are made of. Runs on the worker threads of {@link Parallel}.
 */
final class DistanceSums {
    final int[] reached;
    final double[] sum;
    final double[] inverseSum;

    private DistanceSums(int n) {
        reached = new int[n];
        sum = new double[n];
        inverseSum = new double[n];
    }

    static DistanceSums of(Graph graph, boolean useWeights, boolean reverse, int threads) {
        DistanceSums out = new DistanceSums(graph.nodeCount());
        Parallel.forEachSource(Parallel.allNodes(graph.nodeCount()), threads, i -> new Parallel.Worker() {
            private final ShortestPathSearch search = new ShortestPathSearch(graph, useWeights, reverse);

            @Override
            public void source(int s) {
                search.run(s);
                double total = 0;
                double inverse = 0;
                for (int i = 1; i < search.reached; i++) {
                    double d = search.dist[search.order[i]];
                    total += d;
                    inverse += 1 / d;
                }
                // Each source writes only its own slot, so workers never share a cell.
                out.reached[s] = search.reached - 1;
                out.sum[s] = total;
                out.inverseSum[s] = inverse;
            }
        });
        return out;
    }

}
