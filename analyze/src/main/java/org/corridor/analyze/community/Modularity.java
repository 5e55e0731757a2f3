package org.corridor.analyze.community;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.structure.Partition;

/**
 * Newman–Girvan modularity (Phys. Rev. E 69, 2004) of a partition of an undirected graph, with
 * weights when the graph has them: Q = Σ_c [ L_c / m − (d_c / 2m)² ] with L_c the weight inside
 * community c, d_c its total degree and m the total weight. A directed graph is read undirected.
 */
public final class Modularity {
    private Modularity() {
    }

    public static double of(Graph graph, Partition partition) {
        return of(graph, partition, 1.0);
    }

    public static double of(Graph graph, Partition partition, double resolution) {
        Graph g = graph.undirected();
        int k = partition.groupCount();
        double[] inside = new double[k];
        double[] degree = new double[k];
        double total = 0;
        for (int u = 0; u < g.nodeCount(); u++) {
            int cu = partition.group(u);
            for (int e = g.outStart()[u]; e < g.outStart()[u + 1]; e++) {
                double w = g.outWeights()[e];
                degree[cu] += w;
                total += w;
                if (partition.group(g.outTargets()[e]) == cu) {
                    inside[cu] += w;
                }
            }
        }
        if (total == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / total - resolution * (degree[c] / total) * (degree[c] / total);
        }
        return q;
    }
}
