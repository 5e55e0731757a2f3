package org.corridor.analyze.paths;

import java.util.Arrays;
import org.corridor.analyze.graph.DoubleHeap;
import org.corridor.analyze.graph.Graph;

/**
 * Widest (maximum-bottleneck) path: the path whose weakest edge is as strong as possible, by the
 * Dijkstra variant that settles the node with the widest known bottleneck first (Pollack, Oper.
 * Res. 8, 1960). With money flows as weights it is the route that can carry the most in one
 * transfer chain. O(m log n).
 */
public final class WidestPath implements PathFinder {
    @Override
    public PathResult find(Graph g, int source, int target) {
        int n = g.nodeCount();
        double[] width = new double[n];
        int[] prev = new int[n];
        Arrays.fill(width, Double.NEGATIVE_INFINITY);
        Arrays.fill(prev, -1);
        boolean[] done = new boolean[n];
        DoubleHeap heap = new DoubleHeap();
        width[source] = Double.POSITIVE_INFINITY;
        heap.push(Double.NEGATIVE_INFINITY, source);
        while (!heap.isEmpty()) {
            double key = -heap.peekKey();
            int v = heap.pop();
            if (done[v] || key < width[v]) {
                continue;
            }
            done[v] = true;
            if (v == target) {
                break;
            }
            for (int e = g.outStart()[v]; e < g.outStart()[v + 1]; e++) {
                int w = g.outTargets()[e];
                double through = Math.min(width[v], g.outWeights()[e]);
                if (through > width[w]) {
                    width[w] = through;
                    prev[w] = v;
                    heap.push(-through, w);
                }
            }
        }
        return Paths.result("widest", g, prev, source, target, source == target ? 0 : width[target]);
    }
}
