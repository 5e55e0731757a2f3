package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.paths.PathFinder;
import org.corridor.analyze.paths.PathResult;
import org.corridor.analyze.paths.ShortestPath;
import org.corridor.analyze.paths.WidestPath;
import org.corridor.analyze.workspace.Tie;
import org.corridor.app.EntityJson;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "paths", mixinStandardHelpOptions = true, description = {"How one node reaches another:",
    "the shortest path (hops, or total weight with --weighted) or the widest path (the strongest weakest link);",
    "on the workspace each step cites the relationship records behind it."})
final class PathsCommand extends AnalyzeSubcommand {
    @Option(names = "--source", required = true, paramLabel = "ID", description = "Start node id.")
    String source;

    @Option(names = "--target", required = true, paramLabel = "ID", description = "End node id.")
    String target;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "shortest", description = "shortest or widest (default ${DEFAULT-VALUE}).")
    String kind;

    @Override
    public Integer call() {
        PathFinder finder = switch (kind) {
            case "shortest" -> new ShortestPath(network.weighted);
            case "widest" -> new WidestPath();
            default -> throw new UsageException("unknown --kind '" + kind + "'; use shortest or widest");
        };
        NetworkOptions.Loaded loaded = load(Set.of(), source, target);
        Graph g = loaded.graph();
        PathResult path = finder.find(g, loaded.node(source), loaded.node(target));
        if (!path.found()) {
            spec.commandLine().getErr().println("no path from " + source + " to " + target);
            return 1;
        }
        String[] names = names(g);
        List<List<String>> rows = new ArrayList<>();
        ObjectNode json = EntityJson.JSON.createObjectNode().put("kind", path.kind()).put("value", path.value());
        var arr = json.putArray("nodes");
        for (int i = 0; i < path.nodes().size(); i++) {
            String id = path.nodes().get(i);
            String name = names == null ? "" : names[g.indexOf(id).orElseThrow()];
            String w = i == 0 ? "" : Numbers.full(path.edgeWeights().get(i - 1));
            List<Tie> ties = i == 0 || loaded.workspace() == null ? List.of() : loaded.workspace().ties(path.nodes().get(i - 1), id);
            List<String> cited = ties.stream().map(AnalyzeSubcommand::cite).toList();
            rows.add(List.of(Integer.toString(i), id, name, w, String.join("; ", cited)));
            var step = arr.addObject().put("node", id).put("name", name);
            var evidence = step.putArray("evidence");
            cited.forEach(evidence::add);
        }
        if (format == OutputFormat.TABLE) {
            out().println(path.kind() + " path, " + (path.kind().equals("widest") ? "bottleneck " : "length ")
                    + Numbers.brief(path.value()));
        }
        Output.rows(out(), format, List.of("step", "node", "name", "edge_weight", "evidence"), rows, json);
        return 0;
    }
}
