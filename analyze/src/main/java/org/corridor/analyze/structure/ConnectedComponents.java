package org.corridor.analyze.structure;

import org.corridor.analyze.graph.Graph;

/**
 * Connected components by breadth-first search, ignoring edge direction (weak components on a
 * directed graph). Nodes marked in {@code ignore} (removed in a disruption step) belong to no
 * component. O(n + m).
 */
public final class ConnectedComponents {
    private ConnectedComponents() {
    }

    public static Partition of(Graph graph) {
        return new Partition(label(graph, new boolean[graph.nodeCount()]));
    }

    /** Component label per node (-1 for ignored nodes), numbered from 0 in order of discovery. */
    public static int[] label(Graph graph, boolean[] ignore) {
        int n = graph.nodeCount();
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        int[] queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0 || ignore[s]) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            comp[s] = next;
            while (head < tail) {
                int v = queue[head++];
                tail = spread(graph.outStart(), graph.outTargets(), v, comp, ignore, queue, tail, next);
                if (graph.directed()) {
                    tail = spread(graph.inStart(), graph.inSources(), v, comp, ignore, queue, tail, next);
                }
            }
            next++;
        }
        return comp;
    }

    /** Sizes of the components among the nodes not ignored. */
    public static int[] sizes(Graph graph, boolean[] ignore) {
        int[] comp = label(graph, ignore);
        int count = 0;
        for (int c : comp) {
            count = Math.max(count, c + 1);
        }
        int[] sizes = new int[count];
        for (int c : comp) {
            if (c >= 0) {
                sizes[c]++;
            }
        }
        return sizes;
    }

    private static int spread(int[] start, int[] adj, int v, int[] comp, boolean[] ignore, int[] queue, int tail, int label) {
        for (int e = start[v]; e < start[v + 1]; e++) {
            int w = adj[e];
            if (comp[w] < 0 && !ignore[w]) {
                comp[w] = label;
                queue[tail++] = w;
            }
        }
        return tail;
    }
}
