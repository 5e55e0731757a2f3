package org.corridor.analyze.keyplayer;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.structure.ConnectedComponents;

/**
 * KPP-Neg (Borgatti, "Identifying sets of key players in a social network", Comput. Math. Organ.
 * Theory 12, 2006): the fragmentation left when the set is removed, F = 1 − Σ s_k(s_k − 1) /
 * (n(n − 1)) over the sizes s_k of the remaining components, n the remaining nodes. 0 means all
 * remaining nodes can still reach each other; 1 means none can. O(n + m) per evaluation.
 */
public final class Fragmentation implements KeyPlayerObjective {
    @Override
    public String name() {
        return "fragmentation";
    }

    @Override
    public double score(Graph graph, boolean[] inSet) {
        int[] sizes = ConnectedComponents.sizes(graph, inSet);
        long n = 0;
        double pairs = 0;
        for (int s : sizes) {
            n += s;
            pairs += (double) s * (s - 1);
        }
        return n < 2 ? 1 : 1 - pairs / ((double) n * (n - 1));
    }
}
