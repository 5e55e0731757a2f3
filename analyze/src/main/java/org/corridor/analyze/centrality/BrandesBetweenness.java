package org.corridor.analyze.centrality;

import java.util.List;
import java.util.SplittableRandom;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;
import org.corridor.analyze.graph.Permutations;
import org.corridor.analyze.graph.ShortestPathSearch;

/**
 * Betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness
 * centrality", J. Math. Sociol. 25(2), 2001): one shortest-path search per source, then
 * dependencies accumulated back through the search order. O(nm) unweighted, O(nm + n² log n)
 * weighted; sources run in parallel, each worker with its own arrays and partial sums.
 *
 * <p>Raw values match igraph's {@code betweenness()} (undirected pairs counted once); normalised
 * values divide by the number of ordered pairs (directed) or unordered pairs (undirected) of the
 * other nodes, as NetworkX does. With a sample size, sources are drawn without replacement from a
 * seeded stream and the sum is scaled by n/k (Brandes and Pich 2007).
 */
public final class BrandesBetweenness implements NodeMeasure {
    private final boolean useWeights;
    private final boolean normalized;
    private final int samples;
    private final long seed;
    private final int threads;

    public BrandesBetweenness(boolean useWeights, boolean normalized) {
        this(useWeights, normalized, 0, 0L, Parallel.threads());
    }

    /** @param samples number of sampled sources, or 0 for exact */
    public BrandesBetweenness(boolean useWeights, boolean normalized, int samples, long seed, int threads) {
        this.useWeights = useWeights;
        this.normalized = normalized;
        this.samples = samples;
        this.seed = seed;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "betweenness";
    }

    @Override
    public NodeScores compute(Graph graph) {
        int n = graph.nodeCount();
        int[] sources = samples > 0 && samples < n ? sample(n, samples, seed) : Permutations.identity(n);
        double[] bc = new double[n];
        for (Worker w : Parallel.forEachSource(sources, threads, i -> new Worker(graph, useWeights))) {
            for (int v = 0; v < n; v++) {
                bc[v] += w.bc[v];
            }
        }
        double scale = (double) n / sources.length;
        if (!graph.directed()) {
            scale /= 2;
        }
        if (normalized && n > 2) {
            double pairs = (double) (n - 1) * (n - 2);
            scale *= graph.directed() ? 1 / pairs : 2 / pairs;
        }
        for (int v = 0; v < n; v++) {
            bc[v] *= scale;
        }
        return new NodeScores(name(), bc);
    }

    static int[] sample(int n, int k, long seed) {
        int[] all = Permutations.identity(n);
        SplittableRandom random = new SplittableRandom(seed);
        // A partial Fisher–Yates shuffle: the first k places are a uniform sample.
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(all, k);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    private static final class Worker implements Parallel.Worker {
        private final Graph graph;
        private final ShortestPathSearch search;
        /** Per node, (1 + dependency) / path count: what each predecessor adds, one division per node. */
        private final double[] share;
        final double[] bc;

        Worker(Graph graph, boolean useWeights) {
            this.graph = graph;
            this.search = new ShortestPathSearch(graph, useWeights, false);
            this.share = new double[graph.nodeCount()];
            this.bc = new double[graph.nodeCount()];
        }

        @Override
        public void source(int s) {
            search.run(s);
            int[] order = search.order;
            double[] dist = search.dist;
            double[] sigma = search.sigma;
            int[] start = graph.outStart();
            int[] adj = graph.outTargets();
            double[] wt = graph.outWeights();
            boolean weighted = search.weighted();
            for (int i = search.reached - 1; i >= 0; i--) {
                int v = order[i];
                double dv = dist[v];
                double sum = 0;
                if (weighted) {
                    for (int e = start[v], end = start[v + 1]; e < end; e++) {
                        int w = adj[e];
                        double dw = dist[w];
                        if (dw != Double.POSITIVE_INFINITY && dw > dv && ShortestPathSearch.same(dv + wt[e], dw)) {
                            sum += share[w];
                        }
                    }
                } else {
                    double next = dv + 1;
                    for (int e = start[v], end = start[v + 1]; e < end; e++) {
                        int w = adj[e];
                        if (dist[w] == next) {
                            sum += share[w];
                        }
                    }
                }
                double delta = sigma[v] * sum;
                if (v != s) {
                    bc[v] += delta;
                }
                share[v] = (1 + delta) / sigma[v];
            }
            for (int i = 0; i < search.reached; i++) {
                share[order[i]] = 0;
            }
        }
    }
}
