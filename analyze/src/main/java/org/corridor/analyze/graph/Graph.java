package org.corridor.analyze.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable graph in compressed sparse row form: node {@code v}'s out-neighbours are
 * {@code outTargets[outStart[v] .. outStart[v+1])}, with their weights at the same positions. An
 * undirected graph stores each edge in both directions and shares one array set for "in" and "out".
 * Parallel edges are merged (weights summed) and self-loops dropped when the graph is built, so
 * every algorithm sees a simple graph. Arrays are exposed to the kernels in this package tree;
 * callers must not write to them.
 */
public final class Graph {
    private final String[] ids;
    private final boolean directed;
    private final boolean weighted;
    private final int[] outStart;
    private final int[] outTargets;
    private final double[] outWeights;
    private final int[] inStart;
    private final int[] inSources;
    private final double[] inWeights;
    private final Map<String, String[]> attributes;
    private final int droppedSelfLoops;
    private Map<String, Integer> index;

    Graph(String[] ids, boolean directed, boolean weighted, int[] outStart, int[] outTargets, double[] outWeights,
            int[] inStart, int[] inSources, double[] inWeights, Map<String, String[]> attributes, int droppedSelfLoops) {
        this.ids = ids;
        this.directed = directed;
        this.weighted = weighted;
        this.outStart = outStart;
        this.outTargets = outTargets;
        this.outWeights = outWeights;
        this.inStart = inStart;
        this.inSources = inSources;
        this.inWeights = inWeights;
        this.attributes = attributes;
        this.droppedSelfLoops = droppedSelfLoops;
    }

    public int nodeCount() {
        return ids.length;
    }

    /** Edges as given: each undirected edge once. */
    public int edgeCount() {
        return directed ? outTargets.length : outTargets.length / 2;
    }

    public boolean directed() {
        return directed;
    }

    public boolean weighted() {
        return weighted;
    }

    public String id(int node) {
        return ids[node];
    }

    public List<String> ids() {
        return Collections.unmodifiableList(Arrays.asList(ids));
    }

    public Optional<Integer> indexOf(String id) {
        Map<String, Integer> idx = index;
        if (idx == null) {
            idx = new HashMap<>(ids.length * 2);
            for (int i = 0; i < ids.length; i++) {
                idx.put(ids[i], i);
            }
            index = idx;
        }
        return Optional.ofNullable(idx.get(id));
    }

    public int outDegree(int v) {
        return outStart[v + 1] - outStart[v];
    }

    public int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }

    public int[] outStart() {
        return outStart;
    }

    public int[] outTargets() {
        return outTargets;
    }

    /** Edge weights aligned with {@link #outTargets()}; all 1.0 when the graph is unweighted. */
    public double[] outWeights() {
        return outWeights;
    }

    public int[] inStart() {
        return inStart;
    }

    public int[] inSources() {
        return inSources;
    }

    public double[] inWeights() {
        return inWeights;
    }

    /** The weight of edge u→v (u–v when undirected), or 0 when there is none. */
    public double weight(int u, int v) {
        for (int e = outStart[u]; e < outStart[u + 1]; e++) {
            if (outTargets[e] == v) {
                return outWeights[e];
            }
        }
        return 0;
    }

    public boolean hasEdge(int u, int v) {
        for (int e = outStart[u]; e < outStart[u + 1]; e++) {
            if (outTargets[e] == v) {
                return true;
            }
        }
        return false;
    }

    /** Receives edges; may throw the checked exception of the writer it feeds. */
    public interface EdgeVisitor<E extends Exception> {
        void edge(int source, int target, double weight) throws E;
    }

    /** Visits every edge once (each undirected edge from its lower-indexed end), by source node. */
    public <E extends Exception> void forEachEdge(EdgeVisitor<E> visitor) throws E {
        for (int u = 0; u < ids.length; u++) {
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                int v = outTargets[e];
                if (directed || u < v) {
                    visitor.edge(u, v, outWeights[e]);
                }
            }
        }
    }

    /** A node attribute column (from a nodes file or the workspace), or empty. */
    public Optional<String[]> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public Map<String, String[]> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public int droppedSelfLoops() {
        return droppedSelfLoops;
    }

    /** The same graph without the given nodes (they stay as isolates, so indices are kept). */
    public Graph without(boolean[] removed) {
        GraphBuilder b = new GraphBuilder(directed, weighted);
        for (String id : ids) {
            b.node(id);
        }
        forEachEdge((u, v, w) -> {
            if (!removed[u] && !removed[v]) {
                b.edge(u, v, w);
            }
        });
        attributes.forEach(b::attribute);
        return b.build();
    }

    /** Undirected view of a directed graph: u–v when u→v or v→u, weights summed. */
    public Graph undirected() {
        return undirected(false);
    }

    /**
     * Undirected view for path lengths: u–v when u→v or v→u, with the lighter of the two weights,
     * as igraph reads a directed graph when paths may go either way.
     */
    public Graph undirectedForDistances() {
        return undirected(true);
    }

    private Graph undirected(boolean lightest) {
        if (!directed) {
            return this;
        }
        GraphBuilder b = new GraphBuilder(false, weighted);
        if (lightest) {
            b.keepLightest();
        }
        for (String id : ids) {
            b.node(id);
        }
        forEachEdge(b::edge);
        attributes.forEach(b::attribute);
        return b.build();
    }
}
