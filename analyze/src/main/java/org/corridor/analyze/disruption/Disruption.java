package org.corridor.analyze.disruption;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corridor.analyze.centrality.BrandesBetweenness;
import org.corridor.analyze.centrality.Degree;
import org.corridor.analyze.centrality.NodeMeasure;
import org.corridor.analyze.centrality.NodeScores;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;
import org.corridor.analyze.graph.Permutations;
import org.corridor.analyze.structure.ConnectedComponents;
import org.corridor.analyze.structure.GlobalEfficiency;
import org.corridor.model.UsageException;

/**
 * Removes nodes one at a time and measures what is left, the standard experiment of the
 * criminal-network disruption literature (Duijn, Kashirin and Sloot, Sci. Rep. 4, 2014; Bright et
 * al., Global Crime 18(4), 2017; Cavallaro et al., PLOS ONE 15(8), 2020). After each removal: the
 * largest connected component (edges taken as undirected) as a fraction of the baseline, global
 * efficiency, and the number of components.
 *
 * <p>Ties in a centrality go to the node that came last in the input, which is what a stable
 * ascending sort followed by "take the last" does in the published NetworkX procedure; scores
 * within a relative 1e-9 count as tied, so rounding in the sum order does not decide a tie.
 */
public final class Disruption {
    public enum Baseline {
        /** Divide by the intact network's largest component (Cavallaro et al.). */
        LARGEST_COMPONENT,
        /** Divide by the number of nodes. */
        NODES
    }

    private final RemovalRule rule;
    private final Baseline baseline;
    private final int maxSteps;
    private final boolean efficiency;

    /**
     * @param maxSteps   stop after this many removals (0: go on until no edge is left)
     * @param efficiency whether to compute global efficiency (O(nm) per step)
     */
    public Disruption(RemovalRule rule, Baseline baseline, int maxSteps, boolean efficiency) {
        this.rule = rule;
        this.baseline = baseline;
        this.maxSteps = maxSteps;
        this.efficiency = efficiency;
    }

    public DisruptionCurve run(Graph graph) {
        Graph undirected = graph.directed() ? graph.undirected() : graph;
        int n = undirected.nodeCount();
        boolean[] removed = new boolean[n];
        int base = baseline == Baseline.NODES ? n : max(ConnectedComponents.sizes(undirected, removed));
        List<DisruptionCurve.Step> steps = new ArrayList<>();
        Graph current = undirected;
        steps.add(measure(0, "", current, removed, base, n));
        int[] listOrder = listOrder(graph, n);
        NodeScores initial = listOrder == null && !recomputes() ? measureFor().compute(graph) : null;
        int limit = maxSteps > 0 ? Math.min(maxSteps, n) : n;
        for (int step = 1; step <= limit; step++) {
            if (maxSteps == 0 && current.edgeCount() == 0) {
                break;
            }
            int next;
            if (listOrder != null) {
                next = nextFrom(listOrder, removed);
            } else {
                next = best(initial != null ? initial : measureFor().compute(graph.without(removed)), removed);
            }
            if (next < 0) {
                break;
            }
            removed[next] = true;
            current = undirected.without(removed);
            steps.add(measure(step, graph.id(next), current, removed, base, n));
        }
        return new DisruptionCurve(describe(), base, steps);
    }

    private boolean recomputes() {
        return switch (rule) {
            case RemovalRule.ByDegree d -> d.recompute();
            case RemovalRule.ByBetweenness b -> b.recompute();
            default -> false;
        };
    }

    private DisruptionCurve.Step measure(int step, String id, Graph current, boolean[] removed, int base, int n) {
        int[] sizes = ConnectedComponents.sizes(current, removed);
        int lcc = max(sizes);
        double eff = efficiency ? GlobalEfficiency.of(current, removed, n) : Double.NaN;
        return new DisruptionCurve.Step(step, id, lcc, base == 0 ? 0 : (double) lcc / base, eff, sizes.length);
    }

    private NodeMeasure measureFor() {
        return switch (rule) {
            case RemovalRule.ByDegree d -> new Degree(false, Degree.Mode.ALL, false);
            case RemovalRule.ByBetweenness b -> new BrandesBetweenness(false, false, 0, 0, Parallel.threads());
            default -> throw new IllegalStateException("not a centrality rule: " + rule);
        };
    }

    /** The removal order when it is given or random, else null (a centrality decides). */
    private int[] listOrder(Graph graph, int n) {
        return switch (rule) {
            case RemovalRule.Random r -> Permutations.shuffled(n, new SplittableRandom(r.seed()));
            case RemovalRule.Listed l -> listed(graph, l.ids());
            default -> null;
        };
    }

    private static int[] listed(Graph graph, List<String> ids) {
        int[] order = new int[ids.size()];
        for (int i = 0; i < order.length; i++) {
            String id = ids.get(i);
            order[i] = graph.indexOf(id).orElseThrow(() -> new UsageException("node '" + id
                    + "' in the removal list is not in the network; check the id against the nodes listed by analyze metrics"));
        }
        return order;
    }

    private static int nextFrom(int[] order, boolean[] removed) {
        for (int v : order) {
            if (!removed[v]) {
                return v;
            }
        }
        return -1;
    }

    /** Highest score among the nodes still present; ties to the later node. */
    private static int best(NodeScores scores, boolean[] removed) {
        double top = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (int v = 0; v < scores.size(); v++) {
            if (!removed[v]) {
                top = Math.max(top, scores.value(v));
                any = true;
            }
        }
        if (!any) {
            return -1;
        }
        int best = -1;
        for (int v = 0; v < scores.size(); v++) {
            if (!removed[v] && tied(scores.value(v), top)) {
                best = v;
            }
        }
        return best;
    }

    private static boolean tied(double a, double b) {
        if (a == b) {
            return true;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private String describe() {
        return switch (rule) {
            case RemovalRule.ByDegree d -> d.recompute() ? "degree, recomputed" : "degree, initial";
            case RemovalRule.ByBetweenness b -> b.recompute() ? "betweenness, recomputed" : "betweenness, initial";
            case RemovalRule.Random r -> "random, seed " + r.seed();
            case RemovalRule.Listed l -> "listed";
        };
    }
}
