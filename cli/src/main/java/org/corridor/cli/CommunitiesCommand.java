package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.community.CommunityReport;
import org.corridor.analyze.community.Louvain;
import org.corridor.analyze.graph.Graph;
import org.corridor.app.EntityJson;
import org.corridor.model.UsageException;
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
        if (runs < 1 || !(resolution > 0)) {
            throw new UsageException("--runs must be at least 1 and --resolution above 0");
        }
        Graph g = load(Set.of()).graph();
        CommunityReport report = CommunityReport.of(g, new Louvain(resolution), runs, seed);
        PrintWriter out = out();
        String[] names = names(g);
        switch (format) {
            case CSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (int v = 0; v < g.nodeCount(); v++) {
                    rows.add(List.of(g.id(v), Integer.toString(report.best().group(v))));
                }
                Output.csv(out, List.of("node", "community"), rows);
            }
            case JSON -> {
                ObjectNode o = EntityJson.JSON.createObjectNode();
                o.put("algorithm", report.algorithm()).put("modularity", report.modularity()).put("seed", report.bestSeed())
                        .put("communities", report.best().groupCount());
                var runsNode = o.putArray("runs");
                report.runs().forEach(r -> runsNode.addObject().put("seed", r.seed()).put("modularity", r.modularity())
                        .put("communities", r.communities()).put("nmi_to_best", r.nmiToBest()));
                var members = o.putObject("membership");
                for (int v = 0; v < g.nodeCount(); v++) {
                    members.put(g.id(v), report.best().group(v));
                }
                Output.json(out, o);
            }
            case TABLE -> {
                out.printf("%s: %d communities, modularity %s (best of %d seeds from %d; mean %s, lowest %s; mean NMI to best %s)%n",
                        report.algorithm(), report.best().groupCount(), Numbers.brief(report.modularity()), runs, seed,
                        Numbers.brief(report.meanModularity()), Numbers.brief(report.minModularity()), Numbers.brief(report.meanNmi()));
                int[] sizes = report.best().groupSizes();
                List<List<String>> rows = new ArrayList<>();
                for (int c = 0; c < sizes.length; c++) {
                    List<String> members = new ArrayList<>();
                    for (int v = 0; v < g.nodeCount() && members.size() < 8; v++) {
                        if (report.best().group(v) == c) {
                            members.add(names != null ? names[v] : g.id(v));
                        }
                    }
                    rows.add(List.of(Integer.toString(c), Integer.toString(sizes[c]), String.join("; ", members)
                            + (sizes[c] > members.size() ? "; ..." : "")));
                }
                Output.table(out, List.of("community", "size", "members"), rows);
            }
        }
        return 0;
    }
}
