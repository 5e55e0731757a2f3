package org.corridor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.ReviewPages;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"The review queue of `corridor resolve`: pairs that may be one party, best score first.",
            "Judge a pair with `review same|different|unsure LEFT RIGHT`; `review log` lists decisions with who and when; "
                + "`review undo` reverses the latest (or a given) decision, a merge exactly."},
        subcommands = {ReviewDecideCommand.Same.class, ReviewDecideCommand.Different.class, ReviewDecideCommand.Unsure.class,
            ReviewUndoCommand.class, ReviewLogCommand.class})
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Pairs listed; 0 for all (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        ArrayNode json;
        try (Corridor corridor = root.openToRead()) {
            json = ReviewPages.queue(corridor, limit, "--");
        }
        for (JsonNode o : json) {
            rows.add(List.of(o.get("left").asText(), o.get("left_name").asText(), o.get("right").asText(), o.get("right_name").asText(),
                    String.format(Locale.ROOT, "%.3f", o.get("score").asDouble()), o.get("explanation").asText()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (rows.isEmpty() && format == OutputFormat.TABLE) {
            out.println("The review queue is empty; `corridor resolve` fills it.");
            return 0;
        }
        Output.rows(out, format, List.of("left", "left_name", "right", "right_name", "score", "explanation"), rows, json);
        return 0;
    }

    /** Who decides: --by, else the login name. */
    static String who(String by) {
        if (by != null) {
            if (by.isBlank()) {
                throw new UsageException("--by must not be empty; give the reviewer's name");
            }
            return by.strip();
        }
        String user = System.getenv("USER");
        return user != null && !user.isBlank() ? user : System.getProperty("user.name", "unknown");
    }
}
