package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.model.UsageException;
import org.corridor.store.resolution.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "log", mixinStandardHelpOptions = true, description = "Decisions, newest first: the pair, the verdict, who and when, "
        + "the cluster of a merge, and who undid it.")
final class ReviewLogCommand implements Callable<Integer> {
    @ParentCommand
    ReviewCommand review;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Decisions listed; 0 for all (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new UsageException("--limit must be 0 (all) or more, got " + limit);
        }
        List<Decision> decisions;
        try (Corridor corridor = review.root.openToRead()) {
            decisions = corridor.review().log(limit);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Decision d : decisions) {
            String score = Double.isNaN(d.score()) ? "" : String.format(Locale.ROOT, "%.3f", d.score());
            rows.add(List.of(Long.toString(d.id()), d.left(), d.right(), d.verdict().word(), score, d.by(), d.at(),
                    d.canonical() == null ? "" : d.canonical(), d.undoneAt() == null ? "" : d.undoneBy() + " " + d.undoneAt()));
        }
        ArrayNode json = org.corridor.app.ReviewPages.log(decisions);
        Output.rows(spec.commandLine().getOut(), format,
                List.of("decision", "left", "right", "verdict", "score", "by", "at", "cluster", "undone"), rows, json);
        return 0;
    }
}
