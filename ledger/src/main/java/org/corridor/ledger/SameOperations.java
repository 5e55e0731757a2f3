package org.corridor.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation, many reports (issue 23, item 4): pairs of ledger entries from different sources
 * that may be the same operation — the same type, dates within a window, compatible places and
 * compatible deaths, at least one of them given by both — each with a score and an explanation, to be proposed for review and merged
 * only when an analyst says so (a merge is undone like any other). Each entry's facts are worked
 * out once and entries are compared only with those of the same type whose dates come within the
 * window, so an ingest of hundreds of reports does not compare every pair.
 */
public final class SameOperations {
    /** A pair that may be one operation. */
    public record Pair(LedgerEntry left, LedgerEntry right, double score, String explanation) {
    }

    private SameOperations() {
    }

    /** Every such pair, best first; {@code windowDays} is how far apart two dates may be. */
    public static List<Pair> candidates(Ledger ledger, int windowDays) {
        return pairs(byType(ledger, source -> true), windowDays, (a, b) -> true);
    }

    /**
     * The pairs in which one side was read from an article (a source {@code article} accepts) and
     * the other from elsewhere (a cited dataset, structured files): what articles say against what
     * the ledger holds. Articles against each other are {@link #candidates}' work. Which pairs
     * come out depends only on what the workspace holds, not on which articles came in which batch.
     */
    public static List<Pair> against(Ledger ledger, int windowDays, java.util.function.Predicate<String> article) {
        return pairs(byType(ledger, article), windowDays, (a, b) -> (a.fresh && b.held) || (b.fresh && a.held));
    }

    /** Every dated entry's facts, by type; {@code article} says which sources are articles (fresh) and which not (held). */
    private static Map<String, List<Facts>> byType(Ledger ledger, java.util.function.Predicate<String> article) {
        Map<String, List<Facts>> byType = new HashMap<>();
        for (LedgerEntry e : ledger.entries()) {
            if (e.type() != null && e.start() != null) {
                boolean fromArticle = e.sources().stream().anyMatch(r -> article.test(r.source()));
                boolean fromElsewhere = e.sources().stream().anyMatch(r -> !article.test(r.source()));
                byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(new Facts(e, fromArticle, fromElsewhere));
            }
        }
        return byType;
    }

    private static List<Pair> pairs(Map<String, List<Facts>> byType, int windowDays, java.util.function.BiPredicate<Facts, Facts> wanted) {
        List<Pair> pairs = new ArrayList<>();
        for (List<Facts> entries : byType.values()) {
            entries.sort(Comparator.comparing((Facts f) -> f.start).thenComparing(f -> f.entry.id()));
            long longest = entries.stream().mapToLong(f -> ChronoUnit.DAYS.between(f.start, f.end)).max().orElse(0);
            for (int i = 0; i < entries.size(); i++) {
                Facts a = entries.get(i);
                // entries before a that may still overlap its window: start no earlier than the longest span allows
                LocalDate from = a.start.minusDays(windowDays + longest);
                int j = lowerBound(entries, from);
                for (; j < entries.size(); j++) {
                    Facts b = entries.get(j);
                    if (b.start.isAfter(a.end.plusDays(windowDays))) {
                        break;
                    }
                    // each pair once (a before b in the sorted order), and only the pairs asked for
                    if (j <= i || !wanted.test(a, b)) {
                        continue;
                    }
                    Pair p = pair(a, b, windowDays);
                    if (p != null) {
                        pairs.add(p);
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparing(p -> p.left().id()).thenComparing(p -> p.right().id()));
        return pairs;
    }

    private static int lowerBound(List<Facts> entries, LocalDate from) {
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).start.isBefore(from)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** What the comparison needs of an entry, worked out once. */
    private static final class Facts {
        final LedgerEntry entry;
        /** Read (at least in part) from an article. */
        final boolean fresh;
        /** Read (at least in part) from somewhere other than an article. */
        final boolean held;
        final LocalDate start;
        final LocalDate end;
        final Set<String> sources;
        final List<String> sourceList;
        final String sea;
        final String place;
        final boolean international;
        final boolean openAbove;

        Facts(LedgerEntry e, boolean fresh, boolean held) {
            this.entry = e;
            this.fresh = fresh;
            this.held = held;
            this.start = e.start();
            this.end = e.end() != null ? e.end() : e.start();
            this.sourceList = e.sources().stream().map(SourceReport::source).distinct().sorted().toList();
            this.sources = Set.copyOf(sourceList);
            this.sea = sea(e);
            this.place = placeOf(e);
            this.international = place != null && international(place);
            this.openAbove = e.claims("fatalitiesBest").isEmpty() && e.claims("fatalitiesHigh").isEmpty()
                    && !e.claims("fatalitiesLow").isEmpty();
        }
    }

    private static Pair pair(Facts a, Facts b, int windowDays) {
        if (a.sourceList.stream().anyMatch(b.sources::contains)) {
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
        if (place == null && deaths == null) {
            return null; // nothing but the type and the date in common: too little to ask a reviewer about
        }
        LedgerEntry x = a.entry;
        LedgerEntry y = b.entry;
        double score = 0.5 + (apart == 0 ? 0.2 : 0.1) + (place != null ? 0.15 : 0) + (deaths != null ? 0.15 : 0);
        List<String> why = new ArrayList<>();
        why.add(x.type() + " both");
        why.add(apart == 0 ? "on dates that overlap" : apart + " day" + (apart == 1 ? "" : "s") + " apart");
        why.add(place == null ? "one gives no place" : "at " + a.place + " / " + b.place);
        why.add(deaths == null ? "deaths not given by both" : "deaths " + x.deaths().best() + " / " + y.deaths().best());
        return new Pair(x, y, Math.min(1, score), String.join("; ", why) + "; reported by "
                + String.join(", ", a.sourceList) + " and " + String.join(", ", b.sourceList));
    }

    /** Days between the two entries' date ranges; 0 when they overlap. */
    private static long daysApart(Facts a, Facts b) {
        if (!a.start.isAfter(b.end) && !b.start.isAfter(a.end)) {
            return 0;
        }
        return a.start.isAfter(b.end) ? ChronoUnit.DAYS.between(b.end, a.start) : ChronoUnit.DAYS.between(a.end, b.start);
    }

    /**
     * True when the places agree, false when they clearly differ, null when one gives no usable
     * place. Seas decide first: "mar Caribe" and "southern Caribbean" are one sea (the same word
     * stem), the Caribbean and the Pacific are not. "International waters" names no sea, so it
     * agrees with any. Then one place written inside the other, then the country.
     */
    private static Boolean samePlace(Facts a, Facts b) {
        if (a.sea != null && b.sea != null) {
            return a.sea.equals(b.sea);
        }
        if (a.place == null || b.place == null || a.sea != null || b.sea != null || a.international || b.international) {
            return null;
        }
        String kx = key(a.place);
        String ky = key(b.place);
        if (kx.contains(ky) || ky.contains(kx)) {
            return true;
        }
        return a.entry.country() != null && a.entry.country().equals(b.entry.country()) ? Boolean.TRUE : Boolean.FALSE;
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
    private static Boolean sameDeaths(Facts a, Facts b) {
        Range x = a.entry.deaths();
        Range y = b.entry.deaths();
        if (x == null || y == null) {
            return null;
        }
        long xHigh = a.openAbove ? Long.MAX_VALUE : x.high();
        long yHigh = b.openAbove ? Long.MAX_VALUE : y.high();
        return x.low() <= yHigh && y.low() <= xHigh;
    }

    private static String key(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
