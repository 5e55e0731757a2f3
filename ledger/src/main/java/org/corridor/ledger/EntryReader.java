package org.corridor.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.function.Function;
import org.corridor.model.Entity;
import org.corridor.model.Statement;

/**
 * Turns an Operation entity (the aggregate of its sources' statements) into a ledger entry. Each
 * source is one report; figures become ranges over the reports and every field on which reports
 * differ is listed as a disagreement.
 */
final class EntryReader {
    /** Fields compared across sources; a difference in any of them is a disagreement. */
    static final List<String> COMPARED = List.of("operationType", "startDate", "endDate", "date", "country", "location",
            "region", "latitude", "longitude", "fatalitiesLow", "fatalitiesBest", "fatalitiesHigh", "fatalitiesConducting",
            "fatalitiesTargeted", "fatalitiesCivilians", "fatalitiesUnknown", "survivors", "vessels", "substance", "seizedKg", "conducting",
            "targeted", "claimedTarget", "legalBasisCode", "grade");
    private static final Set<String> COMPARED_SET = Set.copyOf(COMPARED);
    private static final Set<String> MULTI_VALUED = Set.of("conducting", "targeted");
    private static final Map<String, String> SIDES = sides();

    private final Function<String, Actor> actors;

    EntryReader(Function<String, Actor> actors) {
        this.actors = actors;
    }

    LedgerEntry read(Entity e) {
        List<SourceReport> reports = reports(e);
        return new LedgerEntry(e.id(), e.caption(), Codes.type(e.first("operationType")), e.first("violenceType"),
                start(e), end(e), e.first("datePrecision"), e.first("country"), e.first("region"), e.first("location"),
                number(e.first("latitude")), number(e.first("longitude")), e.first("placePrecision"),
                actors(e, "conducting"), actors(e, "targeted"), actors(e, "partner"), actors(e, "involved"), e.first("claimedTarget"),
                e.first("claimedAffiliation"), deaths(reports), bySide(e), e.first("substance"), spread(e.values("seizedKg")),
                e.values("legalBasis"), e.first("legalBasisCode"), grade(e), e.first("gradeReason"), reports,
                disagreements(e));
    }

    /** One report per source, with the values it gives for each property, in statement order. */
    static List<SourceReport> reports(Entity e) {
        Map<String, Map<String, List<String>>> bySource = new TreeMap<>();
        for (Statement s : e.statements()) {
            if (s.isIdStatement()) {
                continue;
            }
            List<String> values = bySource.computeIfAbsent(s.source(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.property(), k -> new ArrayList<>());
            if (!values.contains(s.value())) {
                values.add(s.value());
            }
        }
        List<SourceReport> out = new ArrayList<>();
        bySource.forEach((source, said) -> out.add(new SourceReport(source, said)));
        return out;
    }

    /**
     * Fatalities over all reports: the lowest low and the highest high any report supports (a
     * report giving only a best estimate supports that figure at both ends), and as best the lower
     * median of the reported best estimates, so it is always a figure some source gave.
     */
    static Range deaths(List<SourceReport> reports) {
        List<Long> lows = new ArrayList<>();
        List<Long> bests = new ArrayList<>();
        List<Long> highs = new ArrayList<>();
        for (SourceReport r : reports) {
            List<Long> low = counts(r.said().get("fatalitiesLow"));
            List<Long> best = counts(r.said().get("fatalitiesBest"));
            List<Long> high = counts(r.said().get("fatalitiesHigh"));
            lows.addAll(low.isEmpty() ? best : low);
            highs.addAll(high.isEmpty() ? best : high);
            bests.addAll(best.isEmpty() ? (low.isEmpty() ? high : low) : best);
        }
        if (bests.isEmpty()) {
            return null;
        }
        if (lows.isEmpty()) {
            lows.addAll(bests);
        }
        if (highs.isEmpty()) {
            highs.addAll(bests);
        }
        return new Range(lows.stream().min(Long::compare).orElseThrow(), lowerMedian(bests),
                highs.stream().max(Long::compare).orElseThrow());
    }

    private static Map<String, Range> bySide(Entity e) {
        Map<String, Range> out = new LinkedHashMap<>();
        SIDES.forEach((property, side) -> {
            Range r = spread(e.values(property));
            if (r != null) {
                out.put(side, r);
            }
        });
        return out;
    }

    /** The range of several reported values of one figure: lowest, lower median, highest. */
    private static Range spread(List<String> values) {
        List<Long> n = counts(values);
        if (n.isEmpty()) {
            return null;
        }
        return new Range(n.stream().min(Long::compare).orElseThrow(), lowerMedian(n), n.stream().max(Long::compare).orElseThrow());
    }

    private static long lowerMedian(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static List<Long> counts(List<String> values) {
        List<Long> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                Double d = number(v);
                if (d != null) {
                    out.add(Math.round(d));
                }
            }
        }
        return out;
    }

    static Double number(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v.replace(",", ""));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private List<Actor> actors(Entity e, String property) {
        return e.values(property).stream().map(actors).toList();
    }

    private static String grade(Entity e) {
        // with several grades, the weakest is the one the evidence supports
        return e.values("grade").stream().filter(Codes.GRADES::contains)
                .max(Comparator.comparingInt(Codes.GRADES::indexOf)).orElse("ungraded");
    }

    private static LocalDate start(Entity e) {
        return dates(e, "startDate", "date").stream().map(Dates::first).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static LocalDate end(Entity e) {
        List<String> ends = dates(e, "endDate", "date");
        if (ends.isEmpty()) {
            ends = e.values("startDate");
        }
        return ends.stream().map(Dates::last).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<String> dates(Entity e, String property, String fallback) {
        List<String> v = e.values(property);
        return v.isEmpty() ? e.values(fallback) : v;
    }

    /**
     * Fields on which the sources differ: two sources give different sets of values, or (for a
     * field that has one value, such as a count or a date) one source gives two. Numeric claims are
     * listed from lowest to highest, others in the order they were first stated.
     */
    private static List<Disagreement> disagreements(Entity e) {
        Map<String, Map<String, Set<String>>> sourcesByValue = new HashMap<>();
        Map<String, Map<String, Set<String>>> valuesBySource = new HashMap<>();
        for (Statement s : e.statements()) {
            if (COMPARED_SET.contains(s.property())) {
                sourcesByValue.computeIfAbsent(s.property(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(s.value(), k -> new TreeSet<>()).add(s.source());
                valuesBySource.computeIfAbsent(s.property(), k -> new HashMap<>())
                        .computeIfAbsent(s.source(), k -> new TreeSet<>()).add(s.value());
            }
        }
        List<Disagreement> out = new ArrayList<>();
        for (String field : COMPARED) {
            Map<String, Set<String>> byValue = sourcesByValue.get(field);
            if (byValue == null || byValue.size() < 2) {
                continue;
            }
            boolean setsDiffer = new HashSet<>(valuesBySource.get(field).values()).size() > 1;
            if (setsDiffer || !MULTI_VALUED.contains(field)) {
                List<Claim> claims = new ArrayList<>();
                byValue.forEach((v, sources) -> claims.add(new Claim(v, List.copyOf(sources))));
                if (claims.stream().allMatch(c -> number(c.value()) != null)) {
                    claims.sort(Comparator.comparingDouble(c -> number(c.value())));
                }
                out.add(new Disagreement(field, claims));
            }
        }
        return out;
    }

    private static Map<String, String> sides() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fatalitiesConducting", "conducting");
        m.put("fatalitiesTargeted", "targeted");
        m.put("fatalitiesCivilians", "civilians");
        m.put("fatalitiesUnknown", "unknown");
        return m;
    }
}
