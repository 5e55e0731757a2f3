package org.corridor.analyze.keyplayer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Permutations;
import org.corridor.model.UsageException;

/**
 * Finds a set of k key players for an objective the way Borgatti (2006) proposes: start from a
 * greedy set (add the node that raises the score most, k times), then swap members for
 * non-members whenever a swap raises the score, in a seeded random order, until no swap helps.
 * A local optimum, not a proven best. Each pass costs k·n evaluations of the objective.
 */
public final class KeyPlayerSearch {
    private final KeyPlayerObjective objective;
    private final long seed;

    public KeyPlayerSearch(KeyPlayerObjective objective, long seed) {
        this.objective = objective;
        this.seed = seed;
    }

    public KeyPlayerSet find(Graph graph, int k) {
        int n = graph.nodeCount();
        if (k < 1 || k >= n) {
            throw new UsageException("the key-player set size must be between 1 and " + (n - 1) + " for this network of " + n + " nodes");
        }
        boolean[] in = new boolean[n];
        int[] members = new int[k];
        for (int i = 0; i < k; i++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < n; v++) {
                if (in[v]) {
                    continue;
                }
                in[v] = true;
                double s = objective.score(graph, in);
                in[v] = false;
                if (s > bestScore + 1e-12) {
                    bestScore = s;
                    best = v;
                }
            }
            in[best] = true;
            members[i] = best;
        }
        double score = objective.score(graph, in);
        SplittableRandom random = new SplittableRandom(seed);
        boolean improved = true;
        for (int pass = 0; improved && pass < 100; pass++) {
            improved = false;
            int[] order = Permutations.shuffled(n, random);
            for (int i = 0; i < k; i++) {
                for (int candidate : order) {
                    if (in[candidate]) {
                        continue;
                    }
                    int old = members[i];
                    in[old] = false;
                    in[candidate] = true;
                    double s = objective.score(graph, in);
                    if (s > score + 1e-12) {
                        score = s;
                        members[i] = candidate;
                        improved = true;
                    } else {
                        in[candidate] = false;
                        in[old] = true;
                    }
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (int m : members) {
            ids.add(graph.id(m));
        }
        return new KeyPlayerSet(objective.name(), ids, score);
    }

}
