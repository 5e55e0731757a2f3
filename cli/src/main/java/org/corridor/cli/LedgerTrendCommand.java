package org.corridor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.TrendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Measures of effectiveness for an actor or a place: per month or year, enforcement operations against it",
            "next to the violent events, fatalities and seizures the workspace holds; with --before/--after (or --at and",
            "--months), the change between two windows with a 95%% interval. This shows what came before and after,",
            "not what an operation caused."})
final class LedgerTrendCommand implements Callable<Integer> {
    static final String CAVEAT = TrendReport.CAVEAT;

    @ParentCommand
    LedgerCommand ledger;

    @Spec
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "NAME|ID", description = "Follow this actor: words of its name, or its entity id.")
    String actor;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "Follow this country (name or ISO code).")
    String country;

    @Option(names = "--region", paramLabel = "TEXT", description = "Follow this region (words of the state, province or place).")
    String region;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "year", description = "month or year (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--before", paramLabel = "FROM..TO", description = "The window before, e.g. 2008-01..2009-12.")
    String before;

    @Option(names = "--after", paramLabel = "FROM..TO", description = "The window after, e.g. 2010-01..2011-12.")
    String after;

    @Option(names = "--at", paramLabel = "DATE", description = "Compare the --months before this date with the --months from it.")
    String at;

    @Option(names = "--months", paramLabel = "N", defaultValue = "12", description = "Window length with --at (default ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the bootstrap over months (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        TrendReport.Request request = new TrendReport.Request(actor, country, region, by, before, after, at, months, seed, "--");
        TrendReport.check(request);
        TrendReport report;
        try (Corridor corridor = ledger.root.openToRead()) {
            report = TrendReport.of(corridor, request);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> changeHeader = List.of("indicator", "before", "after", "before_per_month", "after_per_month", "ratio",
                "ratio_low_95", "ratio_high_95", "method");
        List<List<String>> changeRows = new ArrayList<>();
        for (TrendReport.Changed c : report.changes()) {
            changeRows.add(List.of(c.indicator(), c.before(), c.after(), Numbers.brief(c.beforePerMonth()), Numbers.brief(c.afterPerMonth()),
                    Numbers.brief(c.ratio()), Numbers.brief(c.ratioLow()), Numbers.brief(c.ratioHigh()), c.method()));
        }
        switch (format) {
            case CSV -> Output.csv(out, report.header(), report.rows());
            case JSON -> Output.json(out, report.json());
            case TABLE -> {
                out.println("Following " + report.subject());
                Output.table(out, report.header(), report.rows());
                if (report.before() != null) {
                    out.println();
                    out.println("before " + report.before() + " (" + report.beforeMonths() + " months) vs after " + report.after()
                            + " (" + report.afterMonths() + " months):");
                    Output.table(out, changeHeader, changeRows);
                }
                out.println();
                out.println(CAVEAT);
                out.flush();
            }
        }
        return 0;
    }
}
