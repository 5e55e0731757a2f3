package org.corridor.analyze.centrality;

import java.util.Arrays;

/** One score per node, in node index order; immutable. */
public final class NodeScores {
    private final String name;
    private final double[] values;

    public NodeScores(String name, double[] values) {
        this.name = name;
        this.values = values.clone();
    }

    public String name() {
        return name;
    }

    public int size() {
        return values.length;
    }

    public double value(int node) {
        return values[node];
    }

    public double[] toArray() {
        return values.clone();
    }

    /** Node indices from the highest score down; ties go to the lower index. */
    public int[] ranking() {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(score(b), score(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private double score(int i) {
        return Double.isNaN(values[i]) ? Double.NEGATIVE_INFINITY : values[i];
    }
}
