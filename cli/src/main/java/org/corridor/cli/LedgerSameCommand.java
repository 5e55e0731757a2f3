package org.corridor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.LedgerPages;
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
        LedgerPages.Table pairs;
        try (Corridor corridor = propose ? ledger.root.open() : ledger.root.openToRead()) {
            pairs = LedgerPages.sameOperations(corridor, window, propose, "--");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.TABLE) {
            Output.table(out, List.of("left", "right", "score", "why"), pairs.rows());
            if (propose) {
                out.println(pairs.rows().size() + " pair(s) proposed for review: corridor review");
            }
        } else {
            Output.rows(out, format, pairs.header(), pairs.rows(), pairs.json());
        }
        return 0;
    }
}
