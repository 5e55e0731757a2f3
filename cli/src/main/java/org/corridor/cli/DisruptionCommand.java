package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.app.NetworkAnalyses;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "disruption", mixinStandardHelpOptions = true, description = {"Remove nodes one at a time and report what is left:",
    "largest connected component as a fraction, global efficiency, number of components (CSV: step,removed,lcc_fraction,efficiency,components)."})
final class DisruptionCommand extends AnalyzeSubcommand {
    @Option(names = "--rule", paramLabel = "RULE", defaultValue = "betweenness", description = "degree, betweenness, random or list (default ${DEFAULT-VALUE}).")
    String rule;

    @Option(names = "--no-recompute", negatable = false, description = "Rank once on the intact network instead of after every removal.")
    boolean once;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for --rule random (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--remove", split = ",", paramLabel = "ID", description = "For --rule list: node ids in the order they are removed.")
    List<String> remove = List.of();

    @Option(names = "--steps", paramLabel = "N", defaultValue = "0", description = "Stop after N removals (default: when no tie is left).")
    int steps;

    @Option(names = "--baseline", paramLabel = "B", defaultValue = "lcc", description = "lcc (fraction of the intact largest component) or nodes (of all nodes); default ${DEFAULT-VALUE}.")
    String baseline;

    @Option(names = "--no-efficiency", description = "Skip global efficiency (it costs a search from every node at every step).")
    boolean noEfficiency;

    @Override
    public Integer call() {
        var net = analysisNetwork(Set.of());
        ObjectNode json = withProgress("disruption step searches", net.nodeCount(), net.edgeCount(),
                () -> NetworkAnalyses.disruption(net, rule, remove, !once, seed, steps, baseline, !noEfficiency, "--"));
        List<List<String>> rows = new ArrayList<>();
        boolean table = format == OutputFormat.TABLE;
        for (com.fasterxml.jackson.databind.JsonNode s : json.get("steps")) {
            double lcc = s.get("lcc_fraction").asDouble();
            double efficiency = s.get("efficiency").isNull() ? Double.NaN : s.get("efficiency").asDouble();
            rows.add(List.of(s.get("step").asText(), s.get("removed").asText(), table ? Numbers.brief(lcc) : Numbers.full(lcc),
                    table ? Numbers.brief(efficiency) : Numbers.full(efficiency), s.get("components").asText()));
        }
        if (table) {
            out().println("removal by " + json.get("rule").asText() + "; largest component as a fraction of " + json.get("baseline").asText());
        }
        Output.rows(out(), format, List.of("step", "removed", "lcc_fraction", "efficiency", "components"), rows, json);
        return 0;
    }
}
