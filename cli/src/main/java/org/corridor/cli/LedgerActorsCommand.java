package org.corridor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.LedgerPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"The actors of the ledger, how many operations name each, and the listed party each one's name matches",
            "(screened with names-v1 against everything in the workspace; the best hit with a sanction). A link is a scored",
            "proposal with its explanation, not a merge."})
final class LedgerActorsCommand implements Callable<Integer> {
    @ParentCommand
    LedgerCommand ledger;

    @Spec
    CommandSpec spec;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.80", description = "Lowest score of a link, 0 to 1 (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        LedgerPages.Table links;
        try (Corridor corridor = ledger.root.openToRead()) {
            links = LedgerPages.actors(corridor, threshold);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.TABLE) {
            Output.table(out, links.header().subList(0, 7), links.rows().stream().map(r -> r.subList(0, 7)).toList());
        } else {
            Output.rows(out, format, links.header(), links.rows(), links.json());
        }
        return 0;
    }
}
