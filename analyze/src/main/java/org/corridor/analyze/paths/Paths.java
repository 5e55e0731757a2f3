package org.corridor.analyze.paths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.corridor.analyze.graph.Graph;

final class Paths {
    private Paths() {
    }

    static PathResult result(String kind, Graph g, int[] prev, int source, int target, double value) {
        if (source != target && prev[target] < 0) {
            return new PathResult(kind, List.of(), List.of(), Double.NaN);
        }
        List<Integer> chain = new ArrayList<>();
        for (int v = target; v != -1; v = v == source ? -1 : prev[v]) {
            chain.add(v);
        }
        Collections.reverse(chain);
        List<String> ids = chain.stream().map(g::id).toList();
        List<Double> weights = new ArrayList<>();
        for (int i = 1; i < chain.size(); i++) {
            weights.add(g.weight(chain.get(i - 1), chain.get(i)));
        }
        return new PathResult(kind, ids, weights, value);
    }
}
