package org.corridor.resolve.score;

import java.util.Set;

/**
 * What besides a name tells two parties apart: schema, birth dates, countries and identifiers
 * (passport, IMO, registration numbers). Empty sets mean unknown, which neither helps nor hurts.
 *
 * @param uniqueIds identifiers a party has only one of, as {@code kind:value} ({@code imo:9356608}):
 *                  two parties giving the same kind with no value in common are not one
 */
public record Qualifiers(String schema, Set<String> birthDates, Set<String> countries, Set<String> identifiers,
        Set<String> uniqueIds) {
    public static final Qualifiers NONE = new Qualifiers(null, Set.of(), Set.of(), Set.of());

    /** Sorted copies: explanations list these values, and must read the same in every process. */
    public Qualifiers {
        birthDates = sorted(birthDates);
        countries = sorted(countries);
        identifiers = sorted(identifiers);
        uniqueIds = sorted(uniqueIds);
    }

    private static Set<String> sorted(Set<String> values) {
        return values.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(values));
    }

    public Qualifiers(String schema, Set<String> birthDates, Set<String> countries, Set<String> identifiers) {
        this(schema, birthDates, countries, identifiers, Set.of());
    }

    /**
     * Whether a birth date or an identifier agrees: evidence beyond the name. A shared country is
     * not enough, since namesakes often share one.
     */
    public boolean strongAgreement(Qualifiers other) {
        return birthDates.stream().anyMatch(a -> other.birthDates.stream().anyMatch(b -> NamesV1.sameYear(a, b)))
                || identifiers.stream().anyMatch(other.identifiers::contains);
    }

    /** Whether both give an identifier of a kind a party has only one of, and none agrees. */
    public boolean uniqueIdConflict(Qualifiers other) {
        for (String id : uniqueIds) {
            String kind = id.substring(0, id.indexOf(':') + 1);
            boolean otherHasKind = other.uniqueIds.stream().anyMatch(o -> o.startsWith(kind));
            boolean shared = uniqueIds.stream().filter(x -> x.startsWith(kind)).anyMatch(other.uniqueIds::contains);
            if (otherHasKind && !shared) {
                return true;
            }
        }
        return false;
    }
}
