package org.corridor.analyze.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects nodes and edges, then builds an immutable {@link Graph}. Nodes keep the order in which
 * they were first named. Repeated edges are merged with their weights summed (an unweighted graph
 * keeps weight 1); self-loops are dropped and counted.
 */
public final class GraphBuilder {
    private final boolean directed;
    private final boolean weighted;
    private final Map<String, Integer> nodes = new HashMap<>();
    private String[] ids = new String[16];
    private int n;
    private int[] from = new int[64];
    private int[] to = new int[64];
    private double[] weights = new double[64];
    private int m;
    private int selfLoops;
    private final Map<String, String[]> attributes = new LinkedHashMap<>();
    private boolean keepLightest;

    public GraphBuilder(boolean directed, boolean weighted) {
        this.directed = directed;
        this.weighted = weighted;
    }

    /**
     * Merge repeated edges by keeping the lightest weight instead of the sum: right when weights
     * are distances and a repeated edge is another road between the same two places.
     */
    public GraphBuilder keepLightest() {
        this.keepLightest = true;
        return this;
    }

    /** The index of the node, added if new. */
    public int node(String id) {
        Integer known = nodes.get(id);
        if (known != null) {
            return known;
        }
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n] = id;
        nodes.put(id, n);
        return n++;
    }

    public boolean hasNode(String id) {
        return nodes.containsKey(id);
    }

    public int nodeCount() {
        return n;
    }

    public GraphBuilder edge(String source, String target, double weight) {
        return edge(node(source), node(target), weight);
    }

    public GraphBuilder edge(int u, int v, double weight) {
        if (u == v) {
            selfLoops++;
            return this;
        }
        if (m == from.length) {
            from = Arrays.copyOf(from, m * 2);
            to = Arrays.copyOf(to, m * 2);
            weights = Arrays.copyOf(weights, m * 2);
        }
        from[m] = u;
        to[m] = v;
        weights[m] = weighted ? weight : 1.0;
        m++;
        return this;
    }

    /** A node attribute column; values are aligned with node indices at build time. */
    public GraphBuilder attribute(String name, String[] values) {
        attributes.put(name, values);
        return this;
    }

    public Graph build() {
        String[] nodeIds = Arrays.copyOf(ids, n);
        // Edges by source (counting sort, stable), then by target within each source; repeated
        // edges are then neighbours in input order, and merge as before. O(m log d) for degree d,
        // where sorting m keys of u * n + v and binary-searching each was O(m log m) and took a
        // quarter of a second on 500,000 edges in a fresh JVM.
        int[] cu = new int[m];
        int[] cv = new int[m];
        for (int i = 0; i < m; i++) {
            int u = from[i];
            int v = to[i];
            if (!directed && u > v) {
                int t = u;
                u = v;
                v = t;
            }
            cu[i] = u;
            cv[i] = v;
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < m; i++) {
            start[cu[i] + 1]++;
        }
        for (int u = 0; u < n; u++) {
            start[u + 1] += start[u];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] original = new int[m];
        long[] keyed = new long[m];
        for (int i = 0; i < m; i++) {
            int p = fill[cu[i]]++;
            original[p] = i;
            keyed[p] = ((long) cv[i] << 32) | p;
        }
        for (int u = 0; u < n; u++) {
            if (start[u + 1] - start[u] > 1) {
                Arrays.sort(keyed, start[u], start[u + 1]);
            }
        }
        int distinct = 0;
        int[] eu = new int[m];
        int[] ev = new int[m];
        double[] merged = new double[m];
        for (int u = 0; u < n; u++) {
            int previous = -1;
            for (int p = start[u]; p < start[u + 1]; p++) {
                int v = (int) (keyed[p] >>> 32);
                double w = weights[original[(int) keyed[p]]];
                if (v != previous) {
                    eu[distinct] = u;
                    ev[distinct] = v;
                    merged[distinct] = weighted ? w : 1.0;
                    distinct++;
                    previous = v;
                } else if (!weighted) {
                    continue;
                } else if (keepLightest) {
                    merged[distinct - 1] = Math.min(merged[distinct - 1], w);
                } else {
                    merged[distinct - 1] += w;
                }
            }
        }
        eu = Arrays.copyOf(eu, distinct);
        ev = Arrays.copyOf(ev, distinct);
        merged = Arrays.copyOf(merged, distinct);
        Map<String, String[]> attrs = new LinkedHashMap<>();
        attributes.forEach((name, values) -> attrs.put(name, Arrays.copyOf(values, n)));
        if (directed) {
            Csr out = Csr.of(n, eu, ev, merged);
            Csr in = Csr.of(n, ev, eu, merged);
            return new Graph(nodeIds, true, weighted, out.start, out.adj, out.weight, in.start, in.adj, in.weight, attrs, selfLoops);
        }
        int[] su = new int[distinct * 2];
        int[] sv = new int[distinct * 2];
        double[] sw = new double[distinct * 2];
        for (int i = 0; i < distinct; i++) {
            su[2 * i] = eu[i];
            sv[2 * i] = ev[i];
            sw[2 * i] = merged[i];
            su[2 * i + 1] = ev[i];
            sv[2 * i + 1] = eu[i];
            sw[2 * i + 1] = merged[i];
        }
        Csr both = Csr.of(n, su, sv, sw);
        return new Graph(nodeIds, false, weighted, both.start, both.adj, both.weight, both.start, both.adj, both.weight, attrs, selfLoops);
    }

    private record Csr(int[] start, int[] adj, double[] weight) {
        /** Counting sort by source; within a source, targets keep ascending order of the input. */
        static Csr of(int n, int[] src, int[] dst, double[] w) {
            int[] start = new int[n + 1];
            for (int s : src) {
                start[s + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] adj = new int[src.length];
            double[] weight = new double[src.length];
            for (int i = 0; i < src.length; i++) {
                int p = fill[src[i]]++;
                adj[p] = dst[i];
                weight[p] = w[i];
            }
            return new Csr(start, adj, weight);
        }
    }
}
