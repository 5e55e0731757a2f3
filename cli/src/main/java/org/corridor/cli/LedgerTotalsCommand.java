package org.corridor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.TotalsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reconcile", aliases = "totals", mixinStandardHelpOptions = true,
        description = {"Running totals that sources give for a campaign (\"at least 57 killed in 13 strikes since September\"), each a",
            "dated claim (from the campaign dataset or read from an ingested report), beside the ledger's own count of operations,",
            "vessels and sum of their deaths up to that date; the gap is what the ledger is missing if the claim is right, and the",
            "windows say between which dates those missing strikes would lie. `totals` is the same command."})
final class LedgerTotalsCommand implements Callable<Integer> {
    @ParentCommand
    LedgerCommand ledger;

    @Spec
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "strike", description = "Operations the totals count (default ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        TotalsReport.checkType(type, "--");
        TotalsReport report;
        try (Corridor corridor = ledger.root.openToRead()) {
            report = TotalsReport.of(corridor, type, "--");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.TABLE) {
            if (report.rows().isEmpty()) {
                out.println("no running totals in the workspace: they come from the campaign dataset or are read from ingested reports "
                        + "(\"at least N killed since ...\")");
                return 0;
            }
            Output.table(out, report.header().subList(0, 13), report.rows().stream().map(r -> r.subList(0, 13)).toList());
            out.println();
            if (report.windows().isEmpty()) {
                out.println("no claim finds more deaths than the ledger holds");
            } else {
                out.println("where the gap opens (if the later claim is right, the ledger lacks about this many deaths from operations between "
                        + "the dates; check the operations it holds there first):");
                report.windows().forEach(out::println);
            }
        } else if (format == OutputFormat.JSON) {
            Output.json(out, report.json());
        } else {
            Output.rows(out, format, report.header(), report.rows(), report.json().get("totals"));
        }
        out.flush();
        return 0;
    }
}
