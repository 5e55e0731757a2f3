package org.corridor.analyze.paths;

import java.util.Arrays;
import org.corridor.analyze.graph.DoubleHeap;
import org.corridor.analyze.graph.Graph;

/**
 * Shortest path by Dijkstra's algorithm (Numer. Math. 1, 1959) with a binary heap, or by hops when
 * weights are not used. Ties go to the path found first. O(m log n).
 */
public final class ShortestPath implements PathFinder {
    private final boolean useWeights;

    public ShortestPath(boolean useWeights) {
        this.useWeights = useWeights;
    }

    @Override
    public PathResult find(Graph g, int source, int target) {
        int n = g.nodeCount();
        double[] dist = new double[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(prev, -1);
        boolean[] done = new boolean[n];
        DoubleHeap heap = new DoubleHeap();
        dist[source] = 0;
        heap.push(0, source);
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int v = heap.pop();
            if (done[v] || key > dist[v]) {
                continue;
            }
            done[v] = true;
            if (v == target) {
                break;
            }
            for (int e = g.outStart()[v]; e < g.outStart()[v + 1]; e++) {
                int w = g.outTargets()[e];
                double alt = dist[v] + (useWeights ? g.outWeights()[e] : 1);
                if (alt < dist[w]) {
                    dist[w] = alt;
                    prev[w] = v;
                    heap.push(alt, w);
                }
            }
        }
        return Paths.result("shortest", g, prev, source, target, dist[target]);
    }
}
