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
        long[] keys = new long[m];
        for (int i = 0; i < m; i++) {
            int u = from[i];
            int v = to[i];
            if (!directed && u > v) {
                int t = u;
                u = v;
                v = t;
            }
            keys[i] = (long) u * n + v;
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        // Merge duplicates: sum weights per distinct key.
        int distinct = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        long[] uniq = new long[distinct];
        int k = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                uniq[k++] = sorted[i];
            }
        }
        double[] merged = new double[distinct];
        if (keepLightest) {
            Arrays.fill(merged, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < m; i++) {
            int pos = Arrays.binarySearch(uniq, keys[i]);
            if (!weighted) {
                merged[pos] = 1.0;
            } else if (keepLightest) {
                merged[pos] = Math.min(merged[pos], weights[i]);
            } else {
                merged[pos] += weights[i];
            }
        }
        int[] eu = new int[distinct];
        int[] ev = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            eu[i] = (int) (uniq[i] / n);
            ev[i] = (int) (uniq[i] % n);
        }
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
