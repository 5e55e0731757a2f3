package org.corridor.analyze.structure;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;
import org.corridor.analyze.graph.ShortestPathSearch;

/**
 * Global efficiency (Latora and Marchiori, Phys. Rev. Lett. 87, 2001): the mean over ordered pairs
 * of distinct nodes of 1/d(i, j), unreachable pairs counting 0. The denominator is the number of
 * pairs among {@code baseNodes} nodes, so a disruption curve divides by the original network's
 * pairs and removed nodes count as unreachable. Unweighted hop distances. O(nm).
 */
public final class GlobalEfficiency {
    private GlobalEfficiency() {
    }

    public static double of(Graph graph, boolean[] removed, int baseNodes) {
        if (baseNodes < 2) {
            return 0;
        }
        Graph g = graph.directed() ? graph.undirected() : graph;
        int n = g.nodeCount();
        int kept = 0;
        for (int v = 0; v < n; v++) {
            if (!removed[v]) {
                kept++;
            }
        }
        int[] sources = new int[kept];
        for (int v = 0, i = 0; v < n; v++) {
            if (!removed[v]) {
                sources[i++] = v;
            }
        }
        var workers = Parallel.forEachSource(sources, Parallel.threads(), i -> new Sum(g));
        double total = 0;
        for (Sum s : workers) {
            total += s.total;
        }
        return total / ((double) baseNodes * (baseNodes - 1));
    }

    private static final class Sum implements Parallel.Worker {
        private final ShortestPathSearch search;
        double total;

        Sum(Graph g) {
            search = new ShortestPathSearch(g, false, false);
        }

        @Override
        public void source(int s) {
            search.run(s);
            for (int i = 1; i < search.reached; i++) {
                total += 1 / search.dist[search.order[i]];
            }
        }
    }
}
