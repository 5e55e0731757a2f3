package org.corridor.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One operation, many reports (issue 23, item 4, begun): pairs of ledger entries from different
 * sources that may be the same operation — the same type, dates within a window, compatible
 * places and compatible deaths — each with a score and an explanation, to be proposed for review
 * and merged only when an analyst says so (a merge is undone like any other).
 */
public final class SameOperations {
    /** A pair that may be one operation. */
    public record Pair(LedgerEntry left, LedgerEntry right, double score, String explanation) {
    }

    private SameOperations() {
    }

    /** Every such pair, best first; {@code windowDays} is how far apart two dates may be. */
    public static List<Pair> candidates(Ledger ledger, int windowDays) {
        List<LedgerEntry> entries = ledger.entries();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                LedgerEntry a = entries.get(i);
                LedgerEntry b = entries.get(j);
                if (a.type() == null || !a.type().equals(b.type()) || a.start() == null || b.start() == null || sharesSource(a, b)) {
                    continue;
                }
                long apart = daysApart(a, b);
                if (apart > windowDays) {
                    continue;
                }
                Boolean place = samePlace(a, b);
                Boolean deaths = sameDeaths(a, b);
                if (Boolean.FALSE.equals(place) || Boolean.FALSE.equals(deaths)) {
                    continue;
                }
                double score = 0.5 + (apart == 0 ? 0.2 : 0.1) + (place != null ? 0.15 : 0) + (deaths != null ? 0.15 : 0);
                List<String> why = new ArrayList<>();
                why.add(a.type() + " both");
                why.add(apart == 0 ? "on dates that overlap" : apart + " day" + (apart == 1 ? "" : "s") + " apart");
                why.add(place == null ? "one gives no place" : "at " + placeOf(a) + " / " + placeOf(b));
                why.add(deaths == null ? "deaths not given by both" : "deaths " + a.deaths().best() + " / " + b.deaths().best());
                pairs.add(new Pair(a, b, Math.min(1, score), String.join("; ", why) + "; reported by "
                        + String.join(", ", sources(a)) + " and " + String.join(", ", sources(b))));
            }
        }
        pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
        return pairs;
    }

    /** Days between the two entries' date ranges; 0 when they overlap. */
    private static long daysApart(LedgerEntry a, LedgerEntry b) {
        LocalDate aEnd = a.end() != null ? a.end() : a.start();
        LocalDate bEnd = b.end() != null ? b.end() : b.start();
        if (!a.start().isAfter(bEnd) && !b.start().isAfter(aEnd)) {
            return 0;
        }
        return a.start().isAfter(bEnd) ? ChronoUnit.DAYS.between(bEnd, a.start()) : ChronoUnit.DAYS.between(aEnd, b.start());
    }

    /** True when the places agree, false when they clearly differ, null when one is missing. */
    private static Boolean samePlace(LedgerEntry a, LedgerEntry b) {
        String x = placeOf(a);
        String y = placeOf(b);
        if (x == null || y == null) {
            return null;
        }
        String kx = key(x);
        String ky = key(y);
        if (kx.contains(ky) || ky.contains(kx)) {
            return true;
        }
        // "mar Caribe" and "Caribbean", "Pacífico oriental" and "eastern Pacific": the sea is the same word stem
        for (String sea : List.of("carib", "pacif", "atlant", "international", "internacional")) {
            if (kx.contains(sea) && ky.contains(sea)) {
                return true;
            }
        }
        return a.country() != null && a.country().equals(b.country()) ? Boolean.TRUE : Boolean.FALSE;
    }

    private static String placeOf(LedgerEntry e) {
        return e.location() != null ? e.location() : e.region() != null ? e.region() : e.country();
    }

    /** True when both give deaths and the ranges overlap, false when both give them and they do not, null otherwise. */
    private static Boolean sameDeaths(LedgerEntry a, LedgerEntry b) {
        if (a.deaths() == null || b.deaths() == null) {
            return null;
        }
        return a.deaths().low() <= b.deaths().high() && b.deaths().low() <= a.deaths().high();
    }

    private static boolean sharesSource(LedgerEntry a, LedgerEntry b) {
        Set<String> x = new HashSet<>(sources(a));
        return sources(b).stream().anyMatch(x::contains);
    }

    private static List<String> sources(LedgerEntry e) {
        return e.sources().stream().map(SourceReport::source).distinct().sorted().toList();
    }

    private static String key(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
