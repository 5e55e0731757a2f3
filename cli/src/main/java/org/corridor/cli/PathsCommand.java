package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.app.NetworkAnalyses;
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
        var path = NetworkAnalyses.path(analysisNetwork(Set.of(), source, target), source, target, kind, network.weighted, "--");
        if (path.isEmpty()) {
            spec.commandLine().getErr().println("no path from " + source + " to " + target);
            return 1;
        }
        ObjectNode json = path.get();
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (com.fasterxml.jackson.databind.JsonNode step : json.get("nodes")) {
            List<String> cited = new ArrayList<>();
            step.get("evidence").forEach(e -> cited.add(e.asText()));
            rows.add(List.of(Integer.toString(i++), step.get("node").asText(), step.get("name").asText(),
                    step.has("edge_weight") ? Numbers.full(step.get("edge_weight").asDouble()) : "", String.join("; ", cited)));
        }
        if (format == OutputFormat.TABLE) {
            String kindName = json.get("kind").asText();
            out().println(kindName + " path, " + (kindName.equals("widest") ? "bottleneck " : "length ") + Numbers.brief(json.get("value").asDouble()));
        }
        Output.rows(out(), format, List.of("step", "node", "name", "edge_weight", "evidence"), rows, json);
        return 0;
    }
}
