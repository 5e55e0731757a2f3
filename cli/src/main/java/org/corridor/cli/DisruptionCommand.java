package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.disruption.Disruption;
import org.corridor.analyze.disruption.DisruptionCurve;
import org.corridor.analyze.disruption.RemovalRule;
import org.corridor.analyze.graph.Graph;
import org.corridor.app.EntityJson;
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
        RemovalRule removal = switch (rule) {
            case "degree" -> new RemovalRule.ByDegree(!once);
            case "betweenness" -> new RemovalRule.ByBetweenness(!once);
            case "random" -> new RemovalRule.Random(seed);
            case "list" -> {
                if (remove.isEmpty()) {
                    throw new UsageException("--rule list needs the nodes to remove: --remove ID,ID,...");
                }
                yield new RemovalRule.Listed(remove);
            }
            default -> throw new UsageException("unknown --rule '" + rule + "'; use degree, betweenness, random or list");
        };
        Disruption.Baseline base = switch (baseline) {
            case "lcc" -> Disruption.Baseline.LARGEST_COMPONENT;
            case "nodes" -> Disruption.Baseline.NODES;
            default -> throw new UsageException("unknown --baseline '" + baseline + "'; use lcc or nodes");
        };
        if (steps < 0) {
            throw new UsageException("--steps must be 0 (until no tie is left) or more");
        }
        Graph g = load(Set.of()).graph();
        DisruptionCurve curve = withProgress("disruption step searches", g, () -> new Disruption(removal, base, steps, !noEfficiency).run(g));
        List<List<String>> rows = new ArrayList<>();
        ObjectNode json = EntityJson.JSON.createObjectNode().put("rule", curve.rule()).put("baseline", curve.baseline());
        var arr = json.putArray("steps");
        boolean table = format == OutputFormat.TABLE;
        for (DisruptionCurve.Step s : curve.steps()) {
            rows.add(List.of(Integer.toString(s.step()), s.removed(), table ? Numbers.brief(s.lccFraction()) : Numbers.full(s.lccFraction()),
                    table ? Numbers.brief(s.efficiency()) : Numbers.full(s.efficiency()), Integer.toString(s.components())));
            ObjectNode o = arr.addObject().put("step", s.step()).put("removed", s.removed()).put("lcc_size", s.lccSize())
                    .put("lcc_fraction", s.lccFraction()).put("components", s.components());
            if (Double.isNaN(s.efficiency())) {
                o.putNull("efficiency");
            } else {
                o.put("efficiency", s.efficiency());
            }
        }
        if (table) {
            out().println("removal by " + curve.rule() + "; largest component as a fraction of " + curve.baseline());
        }
        Output.rows(out(), format, List.of("step", "removed", "lcc_fraction", "efficiency", "components"), rows, json);
        return 0;
    }
}
