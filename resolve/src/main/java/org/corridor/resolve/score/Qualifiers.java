package org.corridor.resolve.score;

import java.util.Set;

/**
 * What besides a name tells two parties apart: schema, birth dates, countries and identifiers
 * (passport, IMO, registration numbers). Empty sets mean unknown, which neither helps nor hurts.
 */
public record Qualifiers(String schema, Set<String> birthDates, Set<String> countries, Set<String> identifiers) {
    public static final Qualifiers NONE = new Qualifiers(null, Set.of(), Set.of(), Set.of());
}
