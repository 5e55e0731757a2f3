package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.centrality.BrandesBetweenness;
import org.corridor.analyze.centrality.Closeness;
import org.corridor.analyze.centrality.CoreNumber;
import org.corridor.analyze.centrality.Degree;
import org.corridor.analyze.centrality.EigenvectorCentrality;
import org.corridor.analyze.centrality.HarmonicCentrality;
import org.corridor.analyze.centrality.NodeMeasure;
import org.corridor.analyze.centrality.PageRank;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.Parallel;
import org.corridor.analyze.structure.ConnectedComponents;
import org.corridor.analyze.structure.Partition;
import org.corridor.analyze.structure.StronglyConnectedComponents;
import org.corridor.analyze.workspace.Projection;
import org.corridor.analyze.workspace.WorkspaceNetwork;
import org.corridor.model.UsageException;

/**
 * Centrality and structure per node, as both faces give it: the workspace projected to a network
 * (or an edge file's graph, on the command line), each algorithm computed with igraph's defaults,
 * every node with its value. {@code corridor analyze metrics --format json} prints this; the server
 * returns it.
 */
public final class NetworkMetrics {
    /** The algorithms computed when none is named. */
    public static final String DEFAULTS = "degree,betweenness,closeness,pagerank,kcore";
    public static final List<String> ALL = List.of("degree", "indegree", "outdegree", "strength", "betweenness", "closeness", "harmonic",
            "pagerank", "eigenvector", "kcore", "component", "scc");

    /** What to compute and how; {@code prefix} spells option names in errors ("--" or ""). */
    public record Request(List<String> algorithms, boolean weighted, boolean normalized, int samples, long seed, double damping, String mode,
            String prefix) {
        public Request {
            algorithms = List.copyOf(algorithms);
            for (String a : algorithms) {
                if (!ALL.contains(a)) {
                    throw new UsageException("unknown algorithm '" + a + "'; choose from " + String.join(", ", ALL));
                }
            }
            if (samples < 0 || !(damping >= 0 && damping < 1)) {
                throw new UsageException(prefix + "samples must be 0 or more and " + prefix + "damping between 0 and 1");
            }
            closenessMode(mode, prefix);
        }
    }

    private NetworkMetrics() {
    }

    /**
     * The workspace as a network of parties tied by relationships: only parties of
     * {@code nodeSchemata} (all when empty), ties of {@code edgeSchemata} (the defaults when empty),
     * ties current between the dates (either may be null), weighted by evidence or amount.
     */
    public static WorkspaceNetwork workspace(Corridor corridor, List<String> nodeSchemata, List<String> edgeSchemata,
            Set<String> defaultEdgeSchemata, String since, String until, boolean directed, boolean weighted, String weightBy, String prefix) {
        Projection.Weight weight = !weighted ? Projection.Weight.NONE : switch (weightBy) {
            case "evidence" -> Projection.Weight.EVIDENCE;
            case "amount" -> Projection.Weight.AMOUNT;
            default -> throw new UsageException("unknown " + prefix + "weight-by '" + weightBy + "'; use evidence or amount");
        };
        Set<String> chosen = edgeSchemata.isEmpty() ? defaultEdgeSchemata : new LinkedHashSet<>(edgeSchemata);
        WorkspaceNetwork network = corridor.network(new Projection(new LinkedHashSet<>(nodeSchemata), chosen, since, until, directed, weight));
        if (network.graph().nodeCount() == 0) {
            throw new UsageException(nodeSchemata.isEmpty()
                    ? "the workspace has no people, organisations or assets to analyse; ingest some first (corridor quickstart)"
                            + (prefix.isEmpty() ? "" : " or give --edges FILE.csv")
                    : "no party in the workspace is a " + String.join(" or ", nodeSchemata) + "; widen " + prefix + "node-schemata");
        }
        return network;
    }

    /**
     * The workspace's network as filtered, measured as the request says, as
     * {@code corridor analyze metrics --format json} prints it.
     */
    public static ArrayNode workspaceJson(Corridor corridor, List<String> nodeSchemata, List<String> edgeSchemata, String since, String until,
            boolean directed, String weightBy, Request request) {
        Graph g = workspace(corridor, nodeSchemata, edgeSchemata, Set.of(), since, until, directed, request.weighted(), weightBy,
                request.prefix()).graph();
        return json(g, request.algorithms(), compute(g, request));
    }

    /**
     * A measured network as the command prints it: node ids and names (null for an edge file), one
     * column per algorithm, the nodes ranked by the first, and the network's size.
     */
    public record Measured(List<String> ids, String[] names, List<String> algorithms, List<double[]> columns, int[] ranking, int nodes,
            int edges, boolean directed) {
    }

    /** Measures the network, each algorithm run through {@code around} (the command's progress lines). */
    public static Measured measure(AnalysisNetwork n, Request r, java.util.function.BiFunction<String, java.util.function.Supplier<double[]>,
            double[]> around) {
        Graph g = n.graph();
        List<double[]> columns = new ArrayList<>();
        for (String a : r.algorithms()) {
            columns.add(around.apply(a, () -> compute(a, g, r)));
        }
        int[] ranking = new org.corridor.analyze.centrality.NodeScores(r.algorithms().get(0), columns.get(0)).ranking();
        return new Measured(g.ids(), g.attribute("name").orElse(null), r.algorithms(), columns, ranking, g.nodeCount(), g.edgeCount(),
                g.directed());
    }

    /** {@link #json(Graph, List, List)} of a measured network. */
    public static ArrayNode json(AnalysisNetwork n, Measured m) {
        return json(n.graph(), m.algorithms(), m.columns());
    }

    /** One column per algorithm, in the request's order. */
    public static List<double[]> compute(Graph g, Request r) {
        List<double[]> columns = new ArrayList<>();
        for (String a : r.algorithms()) {
            columns.add(compute(a, g, r));
        }
        return columns;
    }

    public static double[] compute(String algorithm, Graph g, Request r) {
        boolean w = r.weighted();
        NodeMeasure m = switch (algorithm) {
            case "degree" -> new Degree(false, Degree.Mode.ALL, r.normalized());
            case "indegree" -> new Degree(false, Degree.Mode.IN, r.normalized());
            case "outdegree" -> new Degree(false, Degree.Mode.OUT, r.normalized());
            case "strength" -> new Degree(true, Degree.Mode.ALL, false);
            case "betweenness" -> new BrandesBetweenness(w, r.normalized(), r.samples(), r.seed(), Parallel.threads());
            case "closeness" -> new Closeness(w, true, closenessMode(r.mode(), r.prefix()));
            case "harmonic" -> new HarmonicCentrality(w, true, closenessMode(r.mode(), r.prefix()));
            case "pagerank" -> new PageRank(r.damping(), w);
            case "eigenvector" -> new EigenvectorCentrality(w);
            case "kcore" -> new CoreNumber();
            default -> null;
        };
        if (m != null) {
            return m.compute(g).toArray();
        }
        Partition p = algorithm.equals("component") ? ConnectedComponents.of(g) : StronglyConnectedComponents.of(g);
        double[] out = new double[g.nodeCount()];
        for (int v = 0; v < out.length; v++) {
            out[v] = p.group(v);
        }
        return out;
    }

    /** Every node in index order with its display name (workspace graphs) and each algorithm's value (null where undefined). */
    public static ArrayNode json(Graph g, List<String> algorithms, List<double[]> columns) {
        String[] names = g.attribute("name").orElse(null);
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (int v = 0; v < g.nodeCount(); v++) {
            ObjectNode o = json.addObject().put("node", g.id(v));
            if (names != null) {
                o.put("name", names[v]);
            }
            for (int c = 0; c < algorithms.size(); c++) {
                double x = columns.get(c)[v];
                if (Double.isNaN(x)) {
                    o.putNull(algorithms.get(c));
                } else {
                    o.put(algorithms.get(c), x);
                }
            }
        }
        return json;
    }

    static Closeness.Mode closenessMode(String mode, String prefix) {
        return switch (mode) {
            case "all" -> Closeness.Mode.ALL;
            case "out" -> Closeness.Mode.OUT;
            case "in" -> Closeness.Mode.IN;
            default -> throw new UsageException("unknown " + prefix + "mode '" + mode + "'; use all, out or in");
        };
    }
}
