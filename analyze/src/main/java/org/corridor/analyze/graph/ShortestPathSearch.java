package org.corridor.analyze.graph;

import java.util.Arrays;

/**
 * Single-source shortest paths for one worker thread: breadth-first when the graph is unweighted,
 * Dijkstra with a binary heap when it is weighted. After {@link #run(int)}, {@code order[0..reached)}
 * holds the reached nodes in non-decreasing distance, {@code dist} their distances and
 * {@code sigma} their numbers of shortest paths. Distances within a relative 1e-10 are treated as
 * equal, as igraph does, so sums of fractional weights do not split ties.
 *
 * <p>Reset touches only the nodes reached, so a search costs O(reached + their edges), not O(n).
 */
public final class ShortestPathSearch {
    public static final double EPSILON = 1e-10;

    private final Graph graph;
    private final boolean useWeights;
    private final boolean reverse;
    public final double[] dist;
    public final double[] sigma;
    public final int[] order;
    public int reached;
    private final boolean[] settled;
    private final DoubleHeap heap = new DoubleHeap();

    /**
     * @param reverse follow edges backwards (distances to the source rather than from it)
     */
    public ShortestPathSearch(Graph graph, boolean useWeights, boolean reverse) {
        this.graph = graph;
        this.useWeights = useWeights && graph.weighted();
        this.reverse = reverse;
        int n = graph.nodeCount();
        dist = new double[n];
        sigma = new double[n];
        order = new int[n];
        settled = new boolean[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
    }

    public boolean weighted() {
        return useWeights;
    }

    public void run(int source) {
        for (int i = 0; i < reached; i++) {
            int v = order[i];
            dist[v] = Double.POSITIVE_INFINITY;
            sigma[v] = 0;
            settled[v] = false;
        }
        reached = 0;
        if (useWeights) {
            dijkstra(source);
        } else {
            bfs(source);
        }
    }

    private void bfs(int s) {
        int[] start = reverse ? graph.inStart() : graph.outStart();
        int[] adj = reverse ? graph.inSources() : graph.outTargets();
        dist[s] = 0;
        sigma[s] = 1;
        order[0] = s;
        settled[s] = true;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            double dv = dist[v] + 1;
            double sv = sigma[v];
            for (int e = start[v], end = start[v + 1]; e < end; e++) {
                int w = adj[e];
                if (!settled[w]) {
                    settled[w] = true;
                    dist[w] = dv;
                    order[tail++] = w;
                }
                if (dist[w] == dv) {
                    sigma[w] += sv;
                }
            }
        }
        reached = tail;
    }

    private void dijkstra(int s) {
        int[] start = reverse ? graph.inStart() : graph.outStart();
        int[] adj = reverse ? graph.inSources() : graph.outTargets();
        double[] wt = reverse ? graph.inWeights() : graph.outWeights();
        heap.clear();
        dist[s] = 0;
        sigma[s] = 1;
        heap.push(0, s);
        int count = 0;
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int v = heap.pop();
            if (settled[v] || key > dist[v]) {
                continue;
            }
            settled[v] = true;
            order[count++] = v;
            double dv = dist[v];
            double sv = sigma[v];
            for (int e = start[v], end = start[v + 1]; e < end; e++) {
                int w = adj[e];
                if (settled[w]) {
                    continue;
                }
                double alt = dv + wt[e];
                double dw = dist[w];
                if (dw == Double.POSITIVE_INFINITY) {
                    dist[w] = alt;
                    sigma[w] = sv;
                    heap.push(alt, w);
                } else if (alt < dw && !same(alt, dw)) {
                    dist[w] = alt;
                    sigma[w] = sv;
                    heap.push(alt, w);
                } else if (same(alt, dw)) {
                    sigma[w] += sv;
                }
            }
        }
        // Every node given a distance is pushed and so settled before the heap empties.
        reached = count;
    }

    /** Whether two path lengths are equal within igraph's relative tolerance. */
    public static boolean same(double a, double b) {
        if (a == b) {
            return true;
        }
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return Math.abs(a - b) <= EPSILON * scale;
    }
}
