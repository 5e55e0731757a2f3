package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.model.UsageException;
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
        ArrayNode json;
        try (Corridor corridor = review.root.openToRead()) {
            json = org.corridor.app.ReviewPages.log(corridor, limit);
        }
        List<List<String>> rows = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode d : json) {
            String score = d.hasNonNull("score") ? String.format(Locale.ROOT, "%.3f", d.get("score").asDouble()) : "";
            rows.add(List.of(d.get("id").asText(), d.get("left").asText(), d.get("right").asText(), d.get("verdict").asText(), score,
                    d.get("by").asText(), d.get("at").asText(), d.hasNonNull("canonical") ? d.get("canonical").asText() : "",
                    d.hasNonNull("undone_at") ? d.get("undone_by").asText() + " " + d.get("undone_at").asText() : ""));
        }
        Output.rows(spec.commandLine().getOut(), format,
                List.of("decision", "left", "right", "verdict", "score", "by", "at", "cluster", "undone"), rows, json);
        return 0;
    }
}
