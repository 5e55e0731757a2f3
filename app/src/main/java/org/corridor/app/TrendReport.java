package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.ledger.effect.Change;
import org.corridor.ledger.effect.Comparison;
import org.corridor.ledger.effect.Period;
import org.corridor.ledger.effect.Series;
import org.corridor.ledger.effect.Subject;
import org.corridor.ledger.effect.Window;
import org.corridor.model.UsageException;

/**
 * Measures of effectiveness for an actor or a place, as {@code corridor ledger trend} gives them:
 * per month or year, operations against it beside the violent events, deaths and seizures the
 * workspace holds, and with two windows the change between them with a 95% interval; the JSON, the
 * rows and the comparison. It shows what came before and after, not what an operation caused.
 */
public record TrendReport(String subject, List<String> header, List<List<String>> rows, String before, int beforeMonths, String after,
        int afterMonths, List<Changed> changes, ObjectNode json) {
    public static final String CAVEAT = "Association in time only: other events, reporting effort and displacement elsewhere can "
            + "explain a change; this is not an estimate of what the operations caused.";

    /** One indicator's change between the windows: totals as text, rates a month, the ratio and its interval, how it was estimated. */
    public record Changed(String indicator, String before, String after, double beforePerMonth, double afterPerMonth, double ratio,
            double ratioLow, double ratioHigh, String method) {
    }

    /** What to follow and how: checked before anything is read ({@code prefix} spells the options in errors). */
    public record Request(String actor, String country, String region, String by, String before, String after, String at, int months,
            long seed, String prefix) {
    }

    /** Checks the request's options before the workspace is opened. */
    public static void check(Request r) {
        subject(r);
        monthly(r);
        windows(r);
    }

    public static TrendReport of(Corridor corridor, Request r) {
        Subject subject = subject(r);
        boolean monthly = monthly(r);
        Window[] windows = windows(r);
        List<Period> series = Series.monthly(corridor.ledger(), subject);
        if (series.isEmpty()) {
            throw new UsageException("no operations or violent events in this workspace match " + subject
                    + "; check the spelling with `corridor ledger --group-by actor`");
        }
        List<Period> shown = monthly ? series : Series.yearly(series);
        List<Change> changes = windows == null ? List.of() : Comparison.of(series, windows[0], windows[1], r.seed());
        List<String> header = List.of(monthly ? "month" : "year", "operations_against", "violent_events", "deaths_low", "deaths_best",
                "deaths_high", "seized_kg_best");
        List<List<String>> rows = new ArrayList<>();
        for (Period p : shown) {
            rows.add(List.of(monthly ? p.month().toString() : Integer.toString(p.month().getYear()), Long.toString(p.operations()),
                    Long.toString(p.violence()), Long.toString(p.deaths().low()), Long.toString(p.deaths().best()),
                    Long.toString(p.deaths().high()), Long.toString(p.seizedKg().best())));
        }
        List<Changed> changed = changes.stream().map(c -> new Changed(c.indicator(), c.before().toString(), c.after().toString(),
                c.beforePerMonth(), c.afterPerMonth(), c.ratio(), c.ratioLow(), c.ratioHigh(), c.method())).toList();
        ObjectNode json = EntityJson.JSON.createObjectNode();
        json.put("subject", subject.toString());
        ArrayNode list = json.putArray("series");
        for (List<String> row : rows) {
            ObjectNode o = list.addObject();
            o.put(header.get(0), row.get(0));
            for (int i = 1; i < header.size(); i++) {
                o.put(header.get(i), Long.parseLong(row.get(i)));
            }
        }
        if (windows != null) {
            ObjectNode cmp = json.putObject("comparison");
            cmp.put("before", windows[0].toString());
            cmp.put("after", windows[1].toString());
            ArrayNode cs = cmp.putArray("changes");
            for (Change c : changes) {
                ObjectNode o = cs.addObject();
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
        return new TrendReport(subject.toString(), header, rows, windows == null ? null : windows[0].toString(),
                windows == null ? 0 : windows[0].months().size(), windows == null ? null : windows[1].toString(),
                windows == null ? 0 : windows[1].months().size(), changed, json);
    }

    private static Subject subject(Request r) {
        return new Subject(LedgerQuery.blankToNull(r.actor()), LedgerQuery.countryCode(r.prefix() + "country", r.country()),
                LedgerQuery.blankToNull(r.region()));
    }

    private static boolean monthly(Request r) {
        return switch (r.by().toLowerCase(Locale.ROOT)) {
            case "month" -> true;
            case "year" -> false;
            default -> throw new UsageException(r.prefix() + "by '" + r.by() + "' is not month or year");
        };
    }

    private static Window[] windows(Request r) {
        String p = r.prefix();
        if (r.at() != null) {
            if (r.before() != null || r.after() != null) {
                throw new UsageException("give either " + p + "at with " + p + "months, or " + p + "before and " + p + "after, not both");
            }
            if (r.months() < 1) {
                throw new UsageException(p + "months must be 1 or more, got " + r.months());
            }
            LocalDate date = LedgerQuery.date(p + "at", r.at(), true);
            return new Window[] {Window.before(date, r.months()), Window.after(date, r.months())};
        }
        if ((r.before() == null) != (r.after() == null)) {
            throw new UsageException("give both " + p + "before and " + p + "after windows (FROM..TO), or " + p + "at DATE");
        }
        return r.before() == null ? null : new Window[] {Window.parse(p + "before", r.before()), Window.parse(p + "after", r.after())};
    }
}
