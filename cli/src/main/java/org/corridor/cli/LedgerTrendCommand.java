package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.LedgerJson;
import org.corridor.app.EntityJson;
import org.corridor.ledger.effect.Change;
import org.corridor.ledger.effect.Comparison;
import org.corridor.ledger.effect.Period;
import org.corridor.ledger.effect.Series;
import org.corridor.ledger.effect.Subject;
import org.corridor.ledger.effect.Window;
import org.corridor.model.UsageException;
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
    static final String CAVEAT = "Association in time only: other events, reporting effort and displacement elsewhere can "
            + "explain a change; this is not an estimate of what the operations caused.";

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
        Subject subject = new Subject(org.corridor.app.LedgerQuery.blankToNull(actor), org.corridor.app.LedgerQuery.countryCode("--country", country),
                org.corridor.app.LedgerQuery.blankToNull(region));
        boolean monthly = switch (by.toLowerCase(Locale.ROOT)) {
            case "month" -> true;
            case "year" -> false;
            default -> throw new UsageException("--by '" + by + "' is not month or year");
        };
        Window[] windows = windows();
        List<Period> series;
        try (Corridor corridor = ledger.root.openToRead()) {
            series = Series.monthly(corridor.ledger(), subject);
        }
        if (series.isEmpty()) {
            throw new UsageException("no operations or violent events in this workspace match " + subject
                    + "; check the spelling with `corridor ledger --group-by actor`");
        }
        List<Period> shown = monthly ? series : Series.yearly(series);
        List<Change> changes = windows == null ? List.of() : Comparison.of(series, windows[0], windows[1], seed);
        print(subject, shown, monthly, windows, changes);
        return 0;
    }

    private Window[] windows() {
        if (at != null) {
            if (before != null || after != null) {
                throw new UsageException("give either --at with --months, or --before and --after, not both");
            }
            if (months < 1) {
                throw new UsageException("--months must be 1 or more, got " + months);
            }
            LocalDate date = org.corridor.app.LedgerQuery.date("--at", at, true);
            return new Window[] {Window.before(date, months), Window.after(date, months)};
        }
        if ((before == null) != (after == null)) {
            throw new UsageException("give both --before and --after windows (FROM..TO), or --at DATE");
        }
        return before == null ? null : new Window[] {Window.parse("--before", before), Window.parse("--after", after)};
    }

    private void print(Subject subject, List<Period> shown, boolean monthly, Window[] windows, List<Change> changes) {
        PrintWriter out = spec.commandLine().getOut();
        List<String> header = List.of(monthly ? "month" : "year", "operations_against", "violent_events", "deaths_low",
                "deaths_best", "deaths_high", "seized_kg_best");
        List<List<String>> rows = new ArrayList<>();
        for (Period p : shown) {
            rows.add(List.of(monthly ? p.month().toString() : Integer.toString(p.month().getYear()), Long.toString(p.operations()),
                    Long.toString(p.violence()), Long.toString(p.deaths().low()), Long.toString(p.deaths().best()),
                    Long.toString(p.deaths().high()), Long.toString(p.seizedKg().best())));
        }
        List<String> changeHeader = List.of("indicator", "before", "after", "before_per_month", "after_per_month", "ratio",
                "ratio_low_95", "ratio_high_95", "method");
        List<List<String>> changeRows = new ArrayList<>();
        for (Change c : changes) {
            changeRows.add(List.of(c.indicator(), c.before().toString(), c.after().toString(), Numbers.brief(c.beforePerMonth()),
                    Numbers.brief(c.afterPerMonth()), Numbers.brief(c.ratio()), Numbers.brief(c.ratioLow()),
                    Numbers.brief(c.ratioHigh()), c.method()));
        }
        switch (format) {
            case CSV -> Output.csv(out, header, rows);
            case JSON -> out(out, subject, header, rows, windows, changes);
            case TABLE -> {
                out.println("Following " + subject);
                Output.table(out, header, rows);
                if (windows != null) {
                    out.println();
                    out.println("before " + windows[0] + " (" + windows[0].months().size() + " months) vs after " + windows[1]
                            + " (" + windows[1].months().size() + " months):");
                    Output.table(out, changeHeader, changeRows);
                }
                out.println();
                out.println(CAVEAT);
                out.flush();
            }
        }
    }

    private static void out(PrintWriter out, Subject subject, List<String> header, List<List<String>> rows, Window[] windows,
            List<Change> changes) {
        ObjectNode json = EntityJson.JSON.createObjectNode();
        json.put("subject", subject.toString());
        ArrayNode series = json.putArray("series");
        for (List<String> row : rows) {
            ObjectNode o = series.addObject();
            o.put(header.get(0), row.get(0));
            for (int i = 1; i < header.size(); i++) {
                o.put(header.get(i), Long.parseLong(row.get(i)));
            }
        }
        if (windows != null) {
            ObjectNode cmp = json.putObject("comparison");
            cmp.put("before", windows[0].toString());
            cmp.put("after", windows[1].toString());
            ArrayNode list = cmp.putArray("changes");
            for (Change c : changes) {
                ObjectNode o = list.addObject();
                o.put("indicator", c.indicator());
                o.set("before", LedgerJson.range(c.before()));
                o.set("after", LedgerJson.range(c.after()));
                o.put("before_per_month", c.beforePerMonth());
                o.put("after_per_month", c.afterPerMonth());
                o.put("ratio", c.ratio());
                o.put("ratio_low_95", c.ratioLow());
                o.put("ratio_high_95", c.ratioHigh());
                o.put("method", c.method());
            }
        }
        json.put("caveat", CAVEAT);
        Output.json(out, json);
    }
}
