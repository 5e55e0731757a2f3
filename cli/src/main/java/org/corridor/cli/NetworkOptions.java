package org.corridor.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.analyze.exposure.Holding;
import org.corridor.analyze.exposure.Listing;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.io.EdgeListReader;
import org.corridor.analyze.workspace.WorkspaceNetwork;
import org.corridor.app.Corridor;
import org.corridor.model.UsageException;
import picocli.CommandLine.Option;

/** Where the network comes from: the workspace (a projection of it) or an edge file. */
final class NetworkOptions {
    @Option(names = "--edges", paramLabel = "FILE.csv", description = "Analyse this edge list (header source,target[,weight]) instead of the workspace.")
    Path edges;

    @Option(names = "--nodes", paramLabel = "FILE.csv", description = "With --edges: every node (id in the first column), so isolates count; other columns become attributes.")
    Path nodes;

    @Option(names = "--directed", description = "Treat edges as directed (source to target).")
    boolean directed;

    @Option(names = "--weighted", description = "Use edge weights (the weight column, or evidence counts / payment amounts in the workspace).")
    boolean weighted;

    @Option(names = "--schemata", split = ",", paramLabel = "SCHEMA", description = "Workspace: only these relationship schemata become edges (e.g. Ownership,Payment).")
    List<String> schemata = List.of();

    @Option(names = "--node-schemata", split = ",", paramLabel = "SCHEMA", description = "Workspace: only parties of these schemata become nodes (e.g. Person,Organization).")
    List<String> nodeSchemata = List.of();

    @Option(names = "--since", paramLabel = "DATE", description = "Workspace: leave out ties that ended before this date.")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Workspace: leave out ties that began after this date.")
    String until;

    @Option(names = "--weight-by", paramLabel = "MODE", defaultValue = "evidence", description = "Workspace with --weighted: evidence (records per tie) or amount (payment sums); default ${DEFAULT-VALUE}.")
    String weightBy;

    /**
     * A loaded network; the workspace side (holdings, listings, tie evidence) is null for edge
     * files. {@code mergedInto} gives, for endpoint ids merged into a cluster, the cluster's node.
     */
    record Loaded(Graph graph, WorkspaceNetwork workspace, Map<String, String> mergedInto) {
        /** The node of an id the user gave: the id itself, or the cluster it was merged into. */
        int node(String id) {
            String known = graph.indexOf(id).isPresent() ? id : mergedInto.getOrDefault(id, id);
            return graph.indexOf(known).orElseThrow(() -> new UsageException("node '" + id + "' is not in the network; "
                    + "list node ids with corridor analyze metrics (or corridor entities)"));
        }

        List<Holding> holdings() {
            return workspace == null ? List.of() : workspace.holdings();
        }

        List<Listing> listings() {
            return workspace == null ? List.of() : workspace.listings();
        }
    }

    /** Loads the network; {@code endpoints} are ids the command will look up as nodes. */
    Loaded load(AnalyzeCommand parent, Set<String> defaultSchemata, boolean allowNegative, List<String> endpoints) {
        if (nodes != null && edges == null) {
            throw new UsageException("--nodes goes with --edges; give the edge file too");
        }
        if (edges != null && (!schemata.isEmpty() || !nodeSchemata.isEmpty() || since != null || until != null)) {
            throw new UsageException("--schemata, --node-schemata, --since and --until choose from the workspace; leave them out with --edges");
        }
        if (edges != null) {
            Graph g = new EdgeListReader(directed, weighted, allowNegative).read(edges, nodes);
            return new Loaded(g, null, Map.of());
        }
        try (Corridor corridor = parent.root.openToRead()) {
            WorkspaceNetwork network = org.corridor.app.NetworkMetrics.workspace(corridor, nodeSchemata, schemata, defaultSchemata, since, until,
                    directed, weighted, weightBy, "--");
            Map<String, String> mergedInto = new HashMap<>();
            for (String id : endpoints) {
                if (network.graph().indexOf(id).isEmpty()) {
                    corridor.view().entity(id).filter(e -> !e.id().equals(id)).ifPresent(e -> mergedInto.put(id, e.id()));
                }
            }
            return new Loaded(network.graph(), network, mergedInto);
        }
    }
}
