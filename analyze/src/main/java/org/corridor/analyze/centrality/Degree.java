package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;

/**
 * Degree (number of neighbours) or, with weights, strength (sum of edge weights). On a directed
 * graph the mode picks out-, in- or total degree, total being igraph's default.
 */
public final class Degree implements NodeMeasure {
    public enum Mode { OUT, IN, ALL }

    private final boolean strength;
    private final Mode mode;
    private final boolean normalized;

    public Degree(boolean strength, Mode mode, boolean normalized) {
        this.strength = strength;
        this.mode = mode;
        this.normalized = normalized;
    }

    @Override
    public String name() {
        return strength ? "strength" : switch (mode) {
            case OUT -> "outdegree";
            case IN -> "indegree";
            case ALL -> "degree";
        };
    }

    @Override
    public NodeScores compute(Graph graph) {
        int n = graph.nodeCount();
        double[] d = new double[n];
        boolean out = mode != Mode.IN || !graph.directed();
        boolean in = graph.directed() && mode != Mode.OUT;
        for (int v = 0; v < n; v++) {
            if (out) {
                d[v] += sum(graph.outStart(), graph.outWeights(), v);
            }
            if (in) {
                d[v] += sum(graph.inStart(), graph.inWeights(), v);
            }
        }
        if (normalized && n > 1) {
            for (int v = 0; v < n; v++) {
                d[v] /= n - 1;
            }
        }
        return new NodeScores(name(), d);
    }

    private double sum(int[] start, double[] weights, int v) {
        if (!strength) {
            return start[v + 1] - start[v];
        }
        double s = 0;
        for (int e = start[v]; e < start[v + 1]; e++) {
            s += weights[e];
        }
        return s;
    }
}
