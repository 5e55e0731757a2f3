package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;

/**
 * k-core number of every node (Seidman 1983) by the O(m) bucket algorithm of Batagelj and
 * Zaversnik (2003): a node's core number is the largest k such that it belongs to a subgraph in
 * which every node has degree at least k. On a directed graph degree is in + out, as igraph's
 * {@code coreness(mode="all")}.
 */
public final class CoreNumber implements NodeMeasure {
    @Override
    public String name() {
        return "kcore";
    }

    @Override
    public NodeScores compute(Graph graph) {
        int n = graph.nodeCount();
        int[] deg = new int[n];
        int maxDeg = 0;
        for (int v = 0; v < n; v++) {
            deg[v] = graph.outDegree(v) + (graph.directed() ? graph.inDegree(v) : 0);
            maxDeg = Math.max(maxDeg, deg[v]);
        }
        int[] bin = new int[maxDeg + 1];
        for (int v = 0; v < n; v++) {
            bin[deg[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDeg; d++) {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        int[] pos = new int[n];
        int[] vert = new int[n];
        for (int v = 0; v < n; v++) {
            pos[v] = bin[deg[v]];
            vert[pos[v]] = v;
            bin[deg[v]]++;
        }
        for (int d = maxDeg; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        bin[0] = 0;
        for (int i = 0; i < n; i++) {
            int v = vert[i];
            visit(graph.outStart(), graph.outTargets(), v, deg, bin, pos, vert);
            if (graph.directed()) {
                visit(graph.inStart(), graph.inSources(), v, deg, bin, pos, vert);
            }
        }
        double[] core = new double[n];
        for (int v = 0; v < n; v++) {
            core[v] = deg[v];
        }
        return new NodeScores(name(), core);
    }

    private static void visit(int[] start, int[] adj, int v, int[] deg, int[] bin, int[] pos, int[] vert) {
        for (int e = start[v]; e < start[v + 1]; e++) {
            int u = adj[e];
            if (deg[u] > deg[v]) {
                int du = deg[u];
                int pu = pos[u];
                int pw = bin[du];
                int w = vert[pw];
                if (u != w) {
                    pos[u] = pw;
                    vert[pu] = w;
                    pos[w] = pu;
                    vert[pw] = u;
                }
                bin[du]++;
                deg[u]--;
            }
        }
    }
}
