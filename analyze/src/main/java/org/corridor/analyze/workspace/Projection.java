package org.corridor.analyze.workspace;

import java.util.Set;

/**
 * Which part of the workspace becomes the graph: the party schemata that become nodes (empty:
 * people, organisations, companies, vessels, aircraft and other assets), the relationship
 * schemata that become edges (empty: all of them), a time window on the relationships' dates,
 * direction, and how edges are weighted.
 *
 * @param from ISO date; relationships that ended before it are left out (empty: no bound)
 * @param to   ISO date; relationships that started after it are left out (empty: no bound)
 */
public record Projection(Set<String> nodeSchemata, Set<String> edgeSchemata, String from, String to, boolean directed,
        Weight weight) {
    public enum Weight {
        /** Every edge weighs 1. */
        NONE,
        /** The number of relationship records between the two parties. */
        EVIDENCE,
        /** Summed payment amounts (amountUsd when given, else amount); other ties count 1. */
        AMOUNT
    }

    public Projection {
        nodeSchemata = Set.copyOf(nodeSchemata);
        edgeSchemata = Set.copyOf(edgeSchemata);
        from = from == null ? "" : from;
        to = to == null ? "" : to;
    }

    public static Projection all() {
        return new Projection(Set.of(), Set.of(), "", "", false, Weight.NONE);
    }
}
