package org.corridor.analyze.keyplayer;

import org.corridor.analyze.graph.Graph;

/**
 * KPP-Pos (Borgatti 2006): the share of the nodes outside the set that are within
 * {@code maxDistance} steps of some member, the set best placed to spread or gather information
 * (edges followed outward on a directed graph). O(n + m) per evaluation.
 */
public final class Reach implements KeyPlayerObjective {
    private final int maxDistance;

    public Reach(int maxDistance) {
        this.maxDistance = maxDistance;
    }

    @Override
    public String name() {
        return "reach";
    }

    @Override
    public double score(Graph graph, boolean[] inSet) {
        int n = graph.nodeCount();
        int[] dist = new int[n];
        java.util.Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int tail = 0;
        int members = 0;
        for (int v = 0; v < n; v++) {
            if (inSet[v]) {
                dist[v] = 0;
                queue[tail++] = v;
                members++;
            }
        }
        int reached = 0;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            if (dist[v] == maxDistance) {
                continue;
            }
            for (int e = graph.outStart()[v]; e < graph.outStart()[v + 1]; e++) {
                int w = graph.outTargets()[e];
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                    reached++;
                }
            }
        }
        int others = n - members;
        return others == 0 ? 1 : (double) reached / others;
    }
}
