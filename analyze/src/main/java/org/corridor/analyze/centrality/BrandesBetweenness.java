package org.corridor.analyze.centrality;

import java.util.List;
import java.util.SplittableRandom;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;
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
        int[] sources = samples > 0 && samples < n ? sample(n, samples, seed) : Parallel.allNodes(n);
        double[] bc = new double[n];
        if (useWeights && graph.weighted()) {
            for (Worker w : Parallel.forEachSource(sources, threads, i -> new Worker(graph, true))) {
                for (int v = 0; v < n; v++) {
                    bc[v] += w.bc[v];
                }
            }
        } else {
            for (HopWorker w : Parallel.forEachSource(sources, threads, i -> new HopWorker(graph))) {
                for (int v = 0; v < n; v++) {
                    bc[v] += w.bc[v];
                }
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
        int[] all = Parallel.allNodes(n);
        SplittableRandom random = new SplittableRandom(seed);
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

    /**
     * The unweighted kernel. A node's level, path count and dependency sit side by side in one
     * array, so the random access to a neighbour touches one cache line instead of three: on
     * networks too big for the CPU caches, memory traffic is what costs.
     */
    private static final class HopWorker implements Parallel.Worker {
        private final int[] start;
        private final int[] adj;
        private final double[] cell;
        private final int[] queue;
        final double[] bc;

        HopWorker(Graph graph) {
            int n = graph.nodeCount();
            this.start = graph.outStart();
            this.adj = graph.outTargets();
            this.cell = new double[3 * n];
            this.queue = new int[n];
            this.bc = new double[n];
            for (int v = 0; v < n; v++) {
                cell[3 * v] = -1;
            }
        }

        @Override
        public void source(int s) {
            double[] c = cell;
            c[3 * s] = 0;
            c[3 * s + 1] = 1;
            queue[0] = s;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                double next = c[3 * v] + 1;
                double sv = c[3 * v + 1];
                for (int e = start[v], end = start[v + 1]; e < end; e++) {
                    int w = adj[e];
                    int w3 = 3 * w;
                    double dw = c[w3];
                    if (dw < 0) {
                        c[w3] = next;
                        c[w3 + 1] = sv;
                        queue[tail++] = w;
                    } else if (dw == next) {
                        c[w3 + 1] += sv;
                    }
                }
            }
            for (int i = tail - 1; i >= 0; i--) {
                int v = queue[i];
                int v3 = 3 * v;
                double next = c[v3] + 1;
                double sum = 0;
                for (int e = start[v], end = start[v + 1]; e < end; e++) {
                    int w3 = 3 * adj[e];
                    if (c[w3] == next) {
                        sum += (1 + c[w3 + 2]) / c[w3 + 1];
                    }
                }
                double delta = c[v3 + 1] * sum;
                c[v3 + 2] = delta;
                if (v != s) {
                    bc[v] += delta;
                }
            }
            for (int i = 0; i < tail; i++) {
                int v3 = 3 * queue[i];
                c[v3] = -1;
                c[v3 + 1] = 0;
                c[v3 + 2] = 0;
            }
        }
    }

    private static final class Worker implements Parallel.Worker {
        private final Graph graph;
        private final ShortestPathSearch search;
        private final double[] delta;
        final double[] bc;

        Worker(Graph graph, boolean useWeights) {
            this.graph = graph;
            this.search = new ShortestPathSearch(graph, useWeights, false);
            this.delta = new double[graph.nodeCount()];
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
                double coeff = sigma[v];
                double sum = 0;
                for (int e = start[v], end = start[v + 1]; e < end; e++) {
                    int w = adj[e];
                    double dw = dist[w];
                    boolean successor = weighted ? dw != Double.POSITIVE_INFINITY && ShortestPathSearch.same(dv + wt[e], dw)
                            && dw > dv : dw == dv + 1;
                    if (successor) {
                        sum += (1 + delta[w]) / sigma[w];
                    }
                }
                delta[v] = coeff * sum;
                if (v != s) {
                    bc[v] += delta[v];
                }
            }
            for (int i = 0; i < search.reached; i++) {
                delta[order[i]] = 0;
            }
        }
    }
}
