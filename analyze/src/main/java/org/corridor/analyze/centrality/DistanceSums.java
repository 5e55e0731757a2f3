package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;
import org.corridor.analyze.graph.Permutations;
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
        int[] sources = Permutations.identity(graph.nodeCount());
        if (useWeights && graph.weighted()) {
            Parallel.forEachSource(sources, threads, i -> new Parallel.Worker() {
                private final ShortestPathSearch search = new ShortestPathSearch(graph, true, reverse);

                @Override
                public void source(int s) {
                    search.run(s);
                    double total = 0;
                    double inverse = 0;
                    for (int k = 1; k < search.reached; k++) {
                        double d = search.dist[search.order[k]];
                        total += d;
                        inverse += 1 / d;
                    }
                    out.record(s, search.reached - 1, total, inverse);
                }
            });
        } else {
            Parallel.forEachSource(sources, threads, i -> new HopCounter(graph, reverse, out));
        }
        return out;
    }

    // Each source writes only its own slot, so workers never share a cell.
    private void record(int s, int count, double total, double inverse) {
        reached[s] = count;
        sum[s] = total;
        inverseSum[s] = inverse;
    }

    /**
     * Breadth-first search that keeps only what closeness needs: no path counts, distances as
     * levels, so the inner loop is one load and one compare per edge.
     */
    private static final class HopCounter implements Parallel.Worker {
        private final int[] start;
        private final int[] adj;
        private final int[] queue;
        private final int[] mark;
        private final DistanceSums out;
        private int stamp;

        HopCounter(Graph g, boolean reverse, DistanceSums out) {
            this.start = reverse ? g.inStart() : g.outStart();
            this.adj = reverse ? g.inSources() : g.outTargets();
            this.queue = new int[g.nodeCount()];
            this.mark = new int[g.nodeCount()];
            this.out = out;
        }

        @Override
        public void source(int s) {
            int seen = ++stamp;
            mark[s] = seen;
            queue[0] = s;
            int head = 0;
            int tail = 1;
            long total = 0;
            double inverse = 0;
            int level = 0;
            while (head < tail) {
                int levelEnd = tail;
                level++;
                for (; head < levelEnd; head++) {
                    int v = queue[head];
                    for (int e = start[v], end = start[v + 1]; e < end; e++) {
                        int w = adj[e];
                        if (mark[w] != seen) {
                            mark[w] = seen;
                            queue[tail++] = w;
                        }
                    }
                }
                int added = tail - levelEnd;
                total += (long) added * level;
                inverse += (double) added / level;
            }
            out.record(s, tail - 1, total, inverse);
        }
    }
}
