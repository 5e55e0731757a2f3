package org.corridor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ledger", mixinStandardHelpOptions = true,
        subcommands = {LedgerShowCommand.class, LedgerTrendCommand.class, LedgerActorsCommand.class, LedgerTotalsCommand.class, LedgerSameCommand.class},
        description = {"Reported operations (strikes, interdictions, seizures, arrests, designations, clashes...) with their sources.",
            "Fatalities are ranges (low, best, high); where sources disagree the range widens and the disagreement is listed.",
            "Totals add ranges and count each operation once. Group with --group-by; map with --format geojson."})
final class LedgerCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerFilterOptions filter = new LedgerFilterOptions();

    @Option(names = "--group-by", paramLabel = "KEY[,KEY]", split = ",", description = "month, year, actor, country or type; "
            + "several keys make one group per combination. An operation with several actors counts under each.")
    List<String> groupBy = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json, csv or geojson (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "csv", "geojson").contains(f)) {
            throw new UsageException("--format '" + format + "' is not one of table, json, csv, geojson");
        }
        boolean grouped = org.corridor.app.LedgerListing.groups(groupBy); // names checked before the workspace is opened
        if (f.equals("geojson") && grouped) {
            throw new UsageException("--format geojson maps single operations; leave out --group-by");
        }
        org.corridor.app.LedgerListing listing;
        try (Corridor corridor = root.openToRead()) {
            listing = org.corridor.app.LedgerListing.of(corridor, filter.query(), groupBy, "--");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (f.equals("geojson")) {
            long n = listing.geojson(out);
            out.flush();
            spec.commandLine().getErr().println("wrote " + n + " located operations of " + listing.operations());
            return 0;
        }
        switch (OutputFormat.valueOf(f.toUpperCase(Locale.ROOT))) {
            case JSON -> Output.json(out, listing.json());
            case CSV -> Output.csv(out, listing.csvHeader(), listing.csvRows());
            case TABLE -> {
                Output.table(out, listing.tableHeader(), listing.tableRows());
                out.println();
                out.println(listing.totalLine());
                out.flush();
            }
        }
        return 0;
    }
}
