package org.corridor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.corridor.app.Corridor;
import org.corridor.ledger.Actor;
import org.corridor.ledger.GroupKey;
import org.corridor.ledger.Grouping;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.Range;
import org.corridor.ledger.io.GeoJsonWriter;
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
    private static final List<String> FIGURES = List.of("events", "deaths_low", "deaths_best", "deaths_high");

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
        List<GroupKey> keys = org.corridor.app.LedgerPages.keys(groupBy);
        if (f.equals("geojson") && !keys.isEmpty()) {
            throw new UsageException("--format geojson maps single operations; leave out --group-by");
        }
        Ledger ledger;
        try (Corridor corridor = root.openToRead()) {
            ledger = corridor.ledger().filter(filter.filter());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (f.equals("geojson")) {
            long n = new GeoJsonWriter().write(ledger, out);
            out.flush();
            spec.commandLine().getErr().println("wrote " + n + " located operations of " + ledger.entries().size());
            return 0;
        }
        OutputFormat of = OutputFormat.valueOf(f.toUpperCase(Locale.ROOT));
        if (keys.isEmpty()) {
            list(out, ledger, of);
        } else {
            grouped(out, ledger, keys, of);
        }
        return 0;
    }

    private static void list(PrintWriter out, Ledger ledger, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            Output.json(out, org.corridor.app.LedgerPages.list(ledger));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        if (format == OutputFormat.CSV) {
            for (LedgerEntry e : ledger.entries()) {
                Range d = e.deaths();
                rows.add(List.of(e.id(), e.type(), text(e.violenceType()), text(e.start()), text(e.end()), text(e.datePrecision()),
                        text(e.country()), text(e.region()), text(e.location()), text(e.latitude()), text(e.longitude()),
                        names(e.conducting()), names(e.targeted()), d == null ? "" : Long.toString(d.low()),
                        d == null ? "" : Long.toString(d.best()), d == null ? "" : Long.toString(d.high()), e.grade(),
                        e.sourcing().grade(), Integer.toString(e.sources().size()), Integer.toString(e.disagreements().size())));
            }
            Output.csv(out, List.of("id", "type", "violence_type", "start_date", "end_date", "date_precision", "country", "region",
                    "location", "latitude", "longitude", "conducting", "targeted", "deaths_low", "deaths_best", "deaths_high",
                    "grade", "sourcing", "sources", "disagreements"), rows);
            return;
        }
        for (LedgerEntry e : ledger.entries()) {
            rows.add(List.of(e.id(), e.type(), text(e.start()), place(e), text(e.country()), names(e.conducting()),
                    names(e.targeted()), e.deaths() == null ? "?" : e.deaths().toString(), e.grade(), e.sourcing().grade(),
                    Integer.toString(e.sources().size()), Integer.toString(e.disagreements().size())));
        }
        Output.table(out, List.of("id", "type", "start", "place", "country", "conducting", "targeted", "deaths", "grade",
                "sourcing", "sources", "disagreements"), rows);
        Range total = ledger.totalDeaths();
        out.println();
        out.println(ledger.entries().size() + " operations; deaths " + total.best() + " (range " + total.low() + "–"
                + total.high() + ")");
        out.flush();
    }

    private static void grouped(PrintWriter out, Ledger ledger, List<GroupKey> keys, OutputFormat format) {
        List<Grouping.Group> groups = Grouping.of(ledger, keys);
        List<String> header = new ArrayList<>(keys.stream().map(GroupKey::column).toList());
        header.addAll(FIGURES);
        List<List<String>> rows = new ArrayList<>();
        for (Grouping.Group g : groups) {
            List<String> row = new ArrayList<>(g.key());
            row.add(Long.toString(g.events()));
            row.add(Long.toString(g.deaths().low()));
            row.add(Long.toString(g.deaths().best()));
            row.add(Long.toString(g.deaths().high()));
            rows.add(row);
        }
        Range total = ledger.totalDeaths();
        long unknown = ledger.entries().stream().filter(e -> e.deaths() == null).count();
        switch (format) {
            case CSV -> Output.csv(out, header, rows);
            case JSON -> Output.json(out, org.corridor.app.LedgerPages.grouped(ledger, keys));
            case TABLE -> {
                Output.table(out, header, rows);
                out.println();
                out.println("total: " + ledger.entries().size() + " operations, deaths " + total.best() + " (range "
                        + total.low() + "–" + total.high() + ")" + (unknown > 0 ? "; " + unknown + " without a fatality figure" : "")
                        + (keys.contains(GroupKey.ACTOR) ? "; an operation counts under each of its actors" : ""));
                out.flush();
            }
        }
    }

    static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining("; "));
    }

    static String place(LedgerEntry e) {
        if (e.location() != null && e.region() != null && !e.location().equals(e.region())) {
            return e.location() + ", " + e.region();
        }
        return e.location() != null ? e.location() : text(e.region());
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
