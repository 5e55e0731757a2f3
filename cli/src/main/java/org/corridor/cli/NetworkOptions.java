package org.corridor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.corridor.app.AnalysisNetwork;
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

    /** The network the options choose, as app's analyses take it. */
    AnalysisNetwork network(AnalyzeCommand parent, Set<String> defaultSchemata, boolean allowNegative, List<String> endpoints) {
        if (nodes != null && edges == null) {
            throw new UsageException("--nodes goes with --edges; give the edge file too");
        }
        if (edges != null && (!schemata.isEmpty() || !nodeSchemata.isEmpty() || since != null || until != null)) {
            throw new UsageException("--schemata, --node-schemata, --since and --until choose from the workspace; leave them out with --edges");
        }
        if (edges != null) {
            return AnalysisNetwork.edgeFile(edges, nodes, directed, weighted, allowNegative);
        }
        try (Corridor corridor = parent.root.openToRead()) {
            return AnalysisNetwork.workspace(corridor, nodeSchemata, schemata, defaultSchemata, since, until, directed, weighted, weightBy, "--",
                    endpoints);
        }
    }
}
