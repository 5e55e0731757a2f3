package org.corridor.analyze.structure;

import org.corridor.analyze.graph.Graph;
import org.corridor.model.UsageException;

/**
 * Brokerage roles (Gould and Fernandez, "Structures of mediation", Sociol. Methodol. 19, 1989) in
 * a directed network whose nodes belong to groups: for every two-step path a → b → c with a ≠ c
 * and no direct tie a → c, b brokers, and the groups of a, b and c name the role. O(Σ in·out).
 */
public final class Brokerage {
    public enum Role { COORDINATOR, ITINERANT, GATEKEEPER, REPRESENTATIVE, LIAISON }

    /** Counts per node: {@code counts[node][role.ordinal()]}. */
    public record Result(String attribute, long[][] counts) {
        public long count(int node, Role role) {
            return counts[node][role.ordinal()];
        }

        public long total(int node) {
            long t = 0;
            for (long c : counts[node]) {
                t += c;
            }
            return t;
        }
    }

    private Brokerage() {
    }

    public static Result of(Graph g, String attribute) {
        if (!g.directed()) {
            throw new UsageException("brokerage roles need a directed network; add --directed");
        }
        String[] group = g.attribute(attribute).orElseThrow(() -> new UsageException("brokerage needs a node attribute '" + attribute
                + "'; give a nodes file with that column (--nodes) or name another with --group"));
        int n = g.nodeCount();
        long[][] counts = new long[n][Role.values().length];
        for (int b = 0; b < n; b++) {
            for (int i = g.inStart()[b]; i < g.inStart()[b + 1]; i++) {
                int a = g.inSources()[i];
                for (int o = g.outStart()[b]; o < g.outStart()[b + 1]; o++) {
                    int c = g.outTargets()[o];
                    if (a == c || g.hasEdge(a, c)) {
                        continue;
                    }
                    counts[b][role(group[a], group[b], group[c]).ordinal()]++;
                }
            }
        }
        return new Result(attribute, counts);
    }

    static Role role(String a, String b, String c) {
        boolean ab = a.equals(b);
        boolean bc = b.equals(c);
        boolean ac = a.equals(c);
        if (ab && bc) {
            return Role.COORDINATOR;
        }
        if (ac) {
            return Role.ITINERANT;
        }
        if (bc) {
            return Role.GATEKEEPER;
        }
        if (ab) {
            return Role.REPRESENTATIVE;
        }
        return Role.LIAISON;
    }
}
