package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.app.NetworkAnalyses;
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
        if (objective.equals("reach") && distance < 1) {
            throw new UsageException("--distance must be 1 or more");
        }
        ObjectNode json = NetworkAnalyses.keyPlayers(analysisNetwork(Set.of()), objective, size, distance, seed, "--");
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (com.fasterxml.jackson.databind.JsonNode p : json.get("players")) {
            rows.add(List.of(Integer.toString(rank++), p.get("node").asText(), p.get("name").asText(), json.get("objective").asText(),
                    Numbers.full(json.get("score").asDouble())));
        }
        Output.rows(out(), format, List.of("rank", "node", "name", "objective", "set_score"), rows, json);
        return 0;
    }
}
