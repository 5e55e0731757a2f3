package org.corridor.ledger;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Which operations to keep. Every part is optional (null or empty keeps all). Dates select by the
 * operation's start; an operation without a date is kept only when no date bound is given.
 *
 * @param types     operation types from {@link Codes#TYPES}
 * @param actor     words that must all occur in the name of one actor (any role), or an actor's id
 * @param country   ISO 3166-1 alpha-2 code
 * @param region    words that must all occur in the region (first-level division) or place
 * @param grades    verification grades from {@link Codes#GRADES} or sourcing grades from {@link Sourcing#GRADES}; either matches
 */
public record LedgerFilter(Set<String> types, String actor, String country, String region, LocalDate since,
        LocalDate until, Set<String> grades) {
    public static final LedgerFilter ALL = new LedgerFilter(Set.of(), null, null, null, null, null, Set.of());

    public boolean test(LedgerEntry e) {
        if (types != null && !types.isEmpty() && !types.contains(e.type())) {
            return false;
        }
        if (grades != null && !grades.isEmpty() && !grades.contains(e.grade()) && !grades.contains(e.sourcing().grade())) {
            return false;
        }
        if (country != null && !country.equals(e.country())) {
            return false;
        }
        if (since != null && (e.start() == null || e.start().isBefore(since))) {
            return false;
        }
        if (until != null && (e.start() == null || e.start().isAfter(until))) {
            return false;
        }
        if (region != null && !matches(region, e.region()) && !matches(region, e.location())) {
            return false;
        }
        return actor == null || e.actors().stream().anyMatch(a -> a.id().equals(actor) || matches(actor, a.name()));
    }

    /** Whether every word of the query is a word of the text (case, accents and punctuation ignored). */
    public static boolean matches(String query, String text) {
        if (text == null) {
            return false;
        }
        String t = " " + fold(text) + " ";
        for (String w : fold(query).split(" ")) {
            if (!w.isEmpty() && !t.contains(" " + w + " ")) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
