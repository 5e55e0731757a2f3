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
                Pair p = pair(entries.get(i), entries.get(j), windowDays);
                if (p != null) {
                    pairs.add(p);
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
        return pairs;
    }

    /**
     * The pairs in which at least one side is an operation read from {@code sources} (articles):
     * what the articles say against each other and against what the ledger holds from elsewhere
     * (a cited dataset, structured files). Each such operation is compared with every entry, not
     * every entry with every other.
     */
    public static List<Pair> against(Ledger ledger, int windowDays, java.util.Set<String> sources) {
        List<LedgerEntry> fresh = new ArrayList<>();
        List<LedgerEntry> held = new ArrayList<>();
        for (LedgerEntry e : ledger.entries()) {
            (e.sources().stream().anyMatch(r -> sources.contains(r.source())) ? fresh : held).add(e);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            for (int j = i + 1; j < fresh.size(); j++) {
                Pair p = pair(fresh.get(i), fresh.get(j), windowDays);
                if (p != null) {
                    pairs.add(p);
                }
            }
            for (LedgerEntry b : held) {
                Pair p = pair(fresh.get(i), b, windowDays);
                if (p != null) {
                    pairs.add(p);
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
        return pairs;
    }

    private static Pair pair(LedgerEntry a, LedgerEntry b, int windowDays) {
        if (a.type() == null || !a.type().equals(b.type()) || a.start() == null || b.start() == null || sharesSource(a, b)) {
            return null;
        }
        long apart = daysApart(a, b);
        if (apart > windowDays) {
            return null;
        }
        Boolean place = samePlace(a, b);
        Boolean deaths = sameDeaths(a, b);
        if (Boolean.FALSE.equals(place) || Boolean.FALSE.equals(deaths)) {
            return null;
        }
        double score = 0.5 + (apart == 0 ? 0.2 : 0.1) + (place != null ? 0.15 : 0) + (deaths != null ? 0.15 : 0);
        List<String> why = new ArrayList<>();
        why.add(a.type() + " both");
        why.add(apart == 0 ? "on dates that overlap" : apart + " day" + (apart == 1 ? "" : "s") + " apart");
        why.add(place == null ? "one gives no place" : "at " + placeOf(a) + " / " + placeOf(b));
        why.add(deaths == null ? "deaths not given by both" : "deaths " + a.deaths().best() + " / " + b.deaths().best());
        return new Pair(a, b, Math.min(1, score), String.join("; ", why) + "; reported by "
                + String.join(", ", sources(a)) + " and " + String.join(", ", sources(b)));
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

    /**
     * True when the places agree, false when they clearly differ, null when one gives no usable
     * place. Seas decide first: "mar Caribe" and "southern Caribbean" are one sea (the same word
     * stem), the Caribbean and the Pacific are not. "International waters" names no sea, so it
     * agrees with any. Then one place written inside the other, then the country.
     */
    private static Boolean samePlace(LedgerEntry a, LedgerEntry b) {
        String seaA = sea(a);
        String seaB = sea(b);
        if (seaA != null && seaB != null) {
            return seaA.equals(seaB);
        }
        String x = placeOf(a);
        String y = placeOf(b);
        if (x == null || y == null || seaA != null || seaB != null || international(x) || international(y)) {
            return null;
        }
        String kx = key(x);
        String ky = key(y);
        if (kx.contains(ky) || ky.contains(kx)) {
            return true;
        }
        return a.country() != null && a.country().equals(b.country()) ? Boolean.TRUE : Boolean.FALSE;
    }

    private static final List<String> SEAS = List.of("carib", "pacif", "atlant");

    /** The sea an entry's region or place names, by its word stem in English or Spanish, or null. */
    private static String sea(LedgerEntry e) {
        for (String text : java.util.Arrays.asList(e.region(), e.location())) {
            if (text == null) {
                continue;
            }
            String k = key(text);
            for (String sea : SEAS) {
                if (k.contains(sea)) {
                    return sea;
                }
            }
        }
        return null;
    }

    private static boolean international(String place) {
        String k = key(place);
        return k.contains("international waters") || k.contains("aguas internacionales");
    }

    private static String placeOf(LedgerEntry e) {
        return e.location() != null ? e.location() : e.region() != null ? e.region() : e.country();
    }

    /**
     * True when both give deaths and the ranges overlap, false when both give them and they do not,
     * null otherwise. A report that gives only a lower bound ("at least one killed") is open above.
     */
    private static Boolean sameDeaths(LedgerEntry a, LedgerEntry b) {
        if (a.deaths() == null || b.deaths() == null) {
            return null;
        }
        long aHigh = openAbove(a) ? Long.MAX_VALUE : a.deaths().high();
        long bHigh = openAbove(b) ? Long.MAX_VALUE : b.deaths().high();
        return a.deaths().low() <= bHigh && b.deaths().low() <= aHigh;
    }

    private static boolean openAbove(LedgerEntry e) {
        return e.claims("fatalitiesBest").isEmpty() && e.claims("fatalitiesHigh").isEmpty() && !e.claims("fatalitiesLow").isEmpty();
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
