package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.app.NetworkAnalyses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "communities", mixinStandardHelpOptions = true, description = {"Groups of densely tied nodes (Louvain modularity, seeded).",
    "Runs --runs seeds and keeps the best partition, with a stability report: modularity per run and agreement (NMI) with the best.",
    "The table lists the groups; CSV has node,community; JSON has the runs and the membership."})
final class CommunitiesCommand extends AnalyzeSubcommand {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Seeds to try (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "First seed; runs use S, S+1, ... (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resolution", paramLabel = "R", defaultValue = "1.0", description = "Modularity resolution; above 1 gives smaller groups (default ${DEFAULT-VALUE}).")
    double resolution;

    @Override
    public Integer call() {
        ObjectNode o = NetworkAnalyses.communities(analysisNetwork(Set.of()), runs, seed, resolution, "--");
        PrintWriter out = out();
        com.fasterxml.jackson.databind.JsonNode membership = o.get("membership");
        com.fasterxml.jackson.databind.JsonNode names = o.get("names");
        switch (format) {
            case CSV -> {
                List<List<String>> rows = new ArrayList<>();
                membership.properties().forEach(m -> rows.add(List.of(m.getKey(), m.getValue().asText())));
                Output.csv(out, List.of("node", "community"), rows);
            }
            case JSON -> Output.json(out, o);
            case TABLE -> {
                out.printf("%s: %d communities, modularity %s (best of %d seeds from %d; mean %s, lowest %s; mean NMI to best %s)%n",
                        o.get("algorithm").asText(), o.get("communities").asInt(), Numbers.brief(o.get("modularity").asDouble()), runs, seed,
                        Numbers.brief(o.get("mean_modularity").asDouble()), Numbers.brief(o.get("lowest_modularity").asDouble()),
                        Numbers.brief(o.get("mean_nmi_to_best").asDouble()));
                int count = o.get("communities").asInt();
                int[] sizes = new int[count];
                List<List<String>> members = new ArrayList<>();
                for (int c = 0; c < count; c++) {
                    members.add(new ArrayList<>());
                }
                membership.properties().forEach(m -> {
                    int c = m.getValue().asInt();
                    sizes[c]++;
                    if (members.get(c).size() < 8) {
                        members.get(c).add(names != null ? names.get(m.getKey()).asText() : m.getKey());
                    }
                });
                List<List<String>> rows = new ArrayList<>();
                for (int c = 0; c < count; c++) {
                    rows.add(List.of(Integer.toString(c), Integer.toString(sizes[c]), String.join("; ", members.get(c))
                            + (sizes[c] > members.get(c).size() ? "; ..." : "")));
                }
                Output.table(out, List.of("community", "size", "members"), rows);
            }
        }
        return 0;
    }
}
