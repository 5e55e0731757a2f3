package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.ledger.SameOperations;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "same", mixinStandardHelpOptions = true,
        description = {"Operations that may be one, reported by different sources: the same type, dates within --window days,",
            "places and deaths that do not contradict each other, each pair with a score and why. With --propose the pairs go to",
            "the review queue; `review same LEFT RIGHT` merges a pair into one operation with both sources, `review undo` parts it."})
final class LedgerSameCommand implements Callable<Integer> {
    @ParentCommand
    LedgerCommand ledger;

    @Spec
    CommandSpec spec;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "2", description = "Most days between the two dates (default ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--propose", description = "Put the pairs in the review queue.")
    boolean propose;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (window < 0 || window > 366) {
            throw new UsageException("--window must be between 0 and 366 days, got " + window);
        }
        List<SameOperations.Pair> pairs;
        try (Corridor corridor = propose ? ledger.root.open() : ledger.root.openToRead()) {
            pairs = corridor.sameOperations(window, propose);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (SameOperations.Pair p : pairs) {
            String score = String.format(Locale.ROOT, "%.2f", p.score());
            rows.add(List.of(p.left().id(), p.right().id(), score, p.explanation()));
            ObjectNode o = json.addObject();
            o.put("left", p.left().id());
            o.put("right", p.right().id());
            o.put("score", Math.round(p.score() * 100) / 100.0);
            o.put("explanation", p.explanation());
        }
        if (format == OutputFormat.TABLE) {
            Output.table(out, List.of("left", "right", "score", "why"), rows);
            if (propose) {
                out.println(pairs.size() + " pair(s) proposed for review: corridor review");
            }
        } else {
            Output.rows(out, format, List.of("left", "right", "score", "explanation"), rows, json);
        }
        return 0;
    }
}
