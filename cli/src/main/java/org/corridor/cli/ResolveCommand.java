package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.ResolveService;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Find parties that are one across (and within) sources: every party's names are scored against the others "
            + "with names-v1 and their qualifiers.",
            "Pairs at or above --auto-merge from sources with nothing in common are merged (statements re-pointed to a cluster id); "
                + "pairs above --threshold go to the review queue (`corridor review`). Every merge can be undone."})
final class ResolveCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--auto-merge", paramLabel = "X", defaultValue = "0.95",
            description = "Least score merged without review, 0 to 1 (default ${DEFAULT-VALUE}).")
    double autoMerge;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.80",
            description = "Least score queued for review, 0 to 1 (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "20",
            description = "Parties scored per name, the best by blocking (default ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--merge-within-source", description = "Also merge two records of one source without review (off: queued).")
    boolean withinSource;

    @Option(names = "--dry-run", description = "Report what would be merged and queued; change nothing.")
    boolean dryRun;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10", description = "Merges and queued pairs listed (default ${DEFAULT-VALUE}).")
    int show;

    @Option(names = "--scorer", paramLabel = "NAME", defaultValue = "best",
            description = "Scorer: names-v1, or best for the recommended one (now names-v1) (default ${DEFAULT-VALUE}).")
    String scorer;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        ResolveService.checkScorer(scorer);
        if (format == OutputFormat.CSV) {
            throw new UsageException("resolve prints table or json; list the queue as CSV with `corridor review --format csv`");
        }
        PrintWriter err = spec.commandLine().getErr();
        ResolveService.Report report;
        try (Corridor corridor = root.open()) {
            BatchProgress[] progress = new BatchProgress[1];
            report = corridor.resolution().resolve(autoMerge, candidates, withinSource, threshold, dryRun, new ResolveService.Listener() {
                @Override
                public void started(int pass, long parties) {
                    if (progress[0] != null) {
                        progress[0].done();
                    }
                    progress[0] = new BatchProgress(err, pass == 1 ? "parties cross-referenced"
                            : "clusters cross-referenced again (pass " + pass + ")", parties);
                }

                @Override
                public void advanced(long done) {
                    progress[0].advance(done);
                }
            });
            progress[0].done();
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode node = ResolveService.json(report);
        if (format == OutputFormat.JSON) {
            Output.json(out, node);
            return 0;
        }
        int passes = node.get("passes").asInt();
        out.printf(Locale.ROOT, "%d parties, %d pairs scored at or above %.2f: %s %d, queued %d for review, %d already judged,"
                + " %d already queued (%d %s)%n", node.get("parties").asInt(), node.get("pairs").asInt(), threshold, dryRun ? "would merge"
                        : "merged", node.get("merged").asInt(), node.get("queued").asInt(), node.get("already_judged").asInt(),
                node.get("already_queued").asInt(), passes, passes == 1 ? "pass" : "passes, the later ones over the clusters merged");
        table(out, dryRun ? "Would merge" : "Merged", node.get("merges"));
        table(out, "Queued (see `corridor review`)", node.get("queue"));
        return 0;
    }

    private void table(PrintWriter out, String title, com.fasterxml.jackson.databind.JsonNode pairs) {
        if (pairs.isEmpty() || show <= 0) {
            return;
        }
        out.println();
        out.println(title + (pairs.size() > show ? " (first " + show + " of " + pairs.size() + ")" : "") + ":");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(show, pairs.size()); i++) {
            com.fasterxml.jackson.databind.JsonNode p = pairs.get(i);
            rows.add(List.of(p.get("left").asText(), p.get("left_name").asText(), p.get("right").asText(), p.get("right_name").asText(),
                    String.format(Locale.ROOT, "%.3f", p.get("score").asDouble())));
        }
        Output.table(out, List.of("left", "name", "right", "name", "score"), rows);
    }
}
