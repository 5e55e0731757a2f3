package org.corridor.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.corridor.ledger.Actor;
import org.corridor.ledger.GroupKey;
import org.corridor.ledger.Grouping;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.Range;
import org.corridor.ledger.io.GeoJsonWriter;

/**
 * The ledger as {@code corridor ledger} lists it: the operations a query keeps, one a row or
 * grouped, as JSON, CSV rows, table rows and the totals line, or as GeoJSON; the command prints
 * these and the server's routes give the same JSON.
 */
public final class LedgerListing {
    private static final List<String> FIGURES = List.of("events", "deaths_low", "deaths_best", "deaths_high");

    private final Ledger ledger;
    private final List<GroupKey> keys;

    private LedgerListing(Ledger ledger, List<GroupKey> keys) {
        this.ledger = ledger;
        this.keys = keys;
    }

    /** The operations the query keeps, grouped by the keys (none: one a row); {@code prefix} spells options in errors. */
    public static LedgerListing of(Corridor corridor, LedgerQuery query, List<String> groupBy, String prefix) {
        List<GroupKey> keys = LedgerPages.keys(groupBy);
        return new LedgerListing(LedgerPages.ledger(corridor, query, prefix), keys);
    }

    /** Checks the group keys' names before anything is read; an unknown one is a usage error. */
    public static boolean groups(List<String> groupBy) {
        return !LedgerPages.keys(groupBy).isEmpty();
    }

    public boolean grouped() {
        return !keys.isEmpty();
    }

    public int operations() {
        return ledger.entries().size();
    }

    public JsonNode json() {
        return keys.isEmpty() ? LedgerPages.list(ledger) : LedgerPages.grouped(ledger, keys);
    }

    /** The located operations as GeoJSON; returns how many were written. */
    public long geojson(Writer out) {
        return new GeoJsonWriter().write(ledger, out);
    }

    public List<String> csvHeader() {
        if (grouped()) {
            return groupHeader();
        }
        return List.of("id", "type", "violence_type", "start_date", "end_date", "date_precision", "country", "region", "location", "latitude",
                "longitude", "conducting", "targeted", "deaths_low", "deaths_best", "deaths_high", "grade", "sourcing", "sources", "disagreements");
    }

    public List<List<String>> csvRows() {
        if (grouped()) {
            return groupRows();
        }
        List<List<String>> rows = new ArrayList<>();
        for (LedgerEntry e : ledger.entries()) {
            Range d = e.deaths();
            rows.add(List.of(e.id(), e.type(), text(e.violenceType()), text(e.start()), text(e.end()), text(e.datePrecision()),
                    text(e.country()), text(e.region()), text(e.location()), text(e.latitude()), text(e.longitude()),
                    names(e.conducting()), names(e.targeted()), d == null ? "" : Long.toString(d.low()),
                    d == null ? "" : Long.toString(d.best()), d == null ? "" : Long.toString(d.high()), e.grade(),
                    e.sourcing().grade(), Integer.toString(e.sources().size()), Integer.toString(e.disagreements().size())));
        }
        return rows;
    }

    public List<String> tableHeader() {
        if (grouped()) {
            return groupHeader();
        }
        return List.of("id", "type", "start", "place", "country", "conducting", "targeted", "deaths", "grade", "sourcing", "sources",
                "disagreements");
    }

    public List<List<String>> tableRows() {
        if (grouped()) {
            return groupRows();
        }
        List<List<String>> rows = new ArrayList<>();
        for (LedgerEntry e : ledger.entries()) {
            rows.add(List.of(e.id(), e.type(), text(e.start()), place(e), text(e.country()), names(e.conducting()),
                    names(e.targeted()), e.deaths() == null ? "?" : e.deaths().toString(), e.grade(), e.sourcing().grade(),
                    Integer.toString(e.sources().size()), Integer.toString(e.disagreements().size())));
        }
        return rows;
    }

    /** The line under the table: operations and deaths, and for groups what was left without figures. */
    public String totalLine() {
        Range total = ledger.totalDeaths();
        if (!grouped()) {
            return ledger.entries().size() + " operations; deaths " + total.best() + " (range " + total.low() + "–" + total.high() + ")";
        }
        long unknown = ledger.entries().stream().filter(e -> e.deaths() == null).count();
        return "total: " + ledger.entries().size() + " operations, deaths " + total.best() + " (range " + total.low() + "–" + total.high()
                + ")" + (unknown > 0 ? "; " + unknown + " without a fatality figure" : "")
                + (keys.contains(GroupKey.ACTOR) ? "; an operation counts under each of its actors" : "");
    }

    private List<String> groupHeader() {
        List<String> header = new ArrayList<>(keys.stream().map(GroupKey::column).toList());
        header.addAll(FIGURES);
        return header;
    }

    private List<List<String>> groupRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Grouping.Group g : Grouping.of(ledger, keys)) {
            List<String> row = new ArrayList<>(g.key());
            row.add(Long.toString(g.events()));
            row.add(Long.toString(g.deaths().low()));
            row.add(Long.toString(g.deaths().best()));
            row.add(Long.toString(g.deaths().high()));
            rows.add(row);
        }
        return rows;
    }

    public static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining("; "));
    }

    public static String place(LedgerEntry e) {
        if (e.location() != null && e.region() != null && !e.location().equals(e.region())) {
            return e.location() + ", " + e.region();
        }
        return e.location() != null ? e.location() : text(e.region());
    }

    public static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
