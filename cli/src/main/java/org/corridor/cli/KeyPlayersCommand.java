package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.keyplayer.Fragmentation;
import org.corridor.analyze.keyplayer.KeyPlayerObjective;
import org.corridor.analyze.keyplayer.KeyPlayerSearch;
import org.corridor.analyze.keyplayer.KeyPlayerSet;
import org.corridor.analyze.keyplayer.Reach;
import org.corridor.app.EntityJson;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "keyplayers", mixinStandardHelpOptions = true, description = {"A set of key players (Borgatti 2006):",
    "fragmentation (KPP-Neg: whose removal splits the network most) or reach (KPP-Pos: who reaches most others within --distance)."})
final class KeyPlayersCommand extends AnalyzeSubcommand {
    @Option(names = "--objective", paramLabel = "NAME", defaultValue = "fragmentation", description = "fragmentation or reach (default ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--size", paramLabel = "K", defaultValue = "3", description = "How many players (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--distance", paramLabel = "D", defaultValue = "1", description = "Reach: steps counted (default ${DEFAULT-VALUE}).")
    int distance;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for the swap order (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        KeyPlayerObjective goal = switch (objective) {
            case "fragmentation" -> new Fragmentation();
            case "reach" -> {
                if (distance < 1) {
                    throw new UsageException("--distance must be 1 or more");
                }
                yield new Reach(distance);
            }
            default -> throw new UsageException("unknown --objective '" + objective + "'; use fragmentation or reach");
        };
        Graph g = load(Set.of()).graph();
        KeyPlayerSet set = new KeyPlayerSearch(goal, seed).find(g, size);
        String[] names = names(g);
        List<List<String>> rows = new ArrayList<>();
        ObjectNode json = EntityJson.JSON.createObjectNode().put("objective", set.objective()).put("score", set.score());
        var arr = json.putArray("players");
        for (int i = 0; i < set.nodes().size(); i++) {
            String id = set.nodes().get(i);
            String name = names == null ? "" : names[g.indexOf(id).orElseThrow()];
            rows.add(List.of(Integer.toString(i + 1), id, name, set.objective(), Numbers.full(set.score())));
            arr.addObject().put("node", id).put("name", name);
        }
        Output.rows(out(), format, List.of("rank", "node", "name", "objective", "set_score"), rows, json);
        return 0;
    }
}
