package org.corridor.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.io.EdgeListReader;
import org.corridor.analyze.workspace.WorkspaceNetwork;
import org.corridor.model.UsageException;

/**
 * A network to analyse, from the workspace (parties and their ties, as filtered) or from an edge
 * list file, with what the analyses need to cite and to find the nodes a user names. Both faces
 * build it here and hand it to {@link NetworkAnalyses}.
 */
public final class AnalysisNetwork {
    private final Graph graph;
    private final WorkspaceNetwork workspace;
    private final Map<String, String> mergedInto;

    private AnalysisNetwork(Graph graph, WorkspaceNetwork workspace, Map<String, String> mergedInto) {
        this.graph = graph;
        this.workspace = workspace;
        this.mergedInto = Map.copyOf(mergedInto);
    }

    /** An edge list (header source,target[,weight]) and optionally its nodes. */
    public static AnalysisNetwork edgeFile(Path edges, Path nodes, boolean directed, boolean weighted, boolean allowNegative) {
        return new AnalysisNetwork(new EdgeListReader(directed, weighted, allowNegative).read(edges, nodes), null, Map.of());
    }

    /**
     * The workspace's parties and ties as {@link NetworkMetrics#workspace} filters them; ids in
     * {@code endpoints} that were merged into a cluster are remembered so they still name a node.
     */
    public static AnalysisNetwork workspace(Corridor corridor, List<String> nodeSchemata, List<String> schemata, Set<String> defaultSchemata,
            String since, String until, boolean directed, boolean weighted, String weightBy, String prefix, List<String> endpoints) {
        WorkspaceNetwork network = NetworkMetrics.workspace(corridor, nodeSchemata, schemata, defaultSchemata, since, until, directed, weighted,
                weightBy, prefix);
        Map<String, String> merged = new HashMap<>();
        for (String id : endpoints) {
            if (id != null && network.graph().indexOf(id).isEmpty()) {
                corridor.view().entity(id).filter(e -> !e.id().equals(id)).ifPresent(e -> merged.put(id, e.id()));
            }
        }
        return new AnalysisNetwork(network.graph(), network, merged);
    }

    /** The analyse module's graph, for the commands that still print from it directly. */
    public Graph graph() {
        return graph;
    }

    /** The workspace side (ties with their records, holdings, listings), or null for an edge file. */
    public WorkspaceNetwork workspace() {
        return workspace;
    }

    /** Ownership records with a percentage (0 for an edge file). */
    public int holdings() {
        return workspace == null ? 0 : workspace.holdings().size();
    }

    public int nodeCount() {
        return graph.nodeCount();
    }

    public int edgeCount() {
        return graph.edgeCount();
    }

    /** The node of an id the user gave: the id itself, or the cluster it was merged into. */
    public int node(String id) {
        String known = graph.indexOf(id).isPresent() ? id : mergedInto.getOrDefault(id, id);
        return graph.indexOf(known).orElseThrow(() -> new UsageException("node '" + id + "' is not in the network; "
                + "list node ids with corridor analyze metrics (or corridor entities)"));
    }
}
