package org.corridor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.OperationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One operation: its figures as ranges, what every source says, and where they disagree.")
final class LedgerShowCommand implements Callable<Integer> {
    @ParentCommand
    LedgerCommand ledger;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The operation's id (see `corridor ledger`).")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        OperationReport report;
        try (Corridor corridor = ledger.root.openToRead()) {
            report = OperationReport.of(corridor, id);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Output.json(out, report.json());
            return 0;
        }
        out.println(report.heading());
        for (String[] line : report.lines()) {
            out.printf("%-20s %s%n", line[0] + ":", line[1]);
        }
        report.totals().forEach(out::println);
        if (!report.totals().isEmpty()) {
            out.println("  every running total beside the ledger, and where they part: corridor ledger reconcile");
        }
        out.println();
        out.println("sources (" + report.sources() + "):");
        Output.table(out, List.of("source", "field", "says"), report.sourceRows());
        out.println();
        if (report.disagreements().isEmpty()) {
            out.println("no disagreements between sources");
        } else {
            out.println("disagreements (" + report.disagreements().size() + "):");
            report.disagreements().forEach(d -> out.println("  " + d));
        }
        out.flush();
        return 0;
    }
}
