package org.corridor.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One operation as the ledger shows it: every field drawn from all the sources that report it.
 * Where sources disagree, the figures are ranges and the disagreement is listed; nothing is
 * silently picked.
 *
 * @param involved     actors named without a role (FtM's Event.involved)
 * @param start        earliest start date any source gives; null when none gives a date
 * @param end          latest end date any source gives (the start when none gives an end)
 * @param deaths       fatalities over all sources, or null when no source gives a figure
 * @param deathsBySide fatalities by side (conducting, targeted, civilians, unknown) where known
 * @param seizedKg     quantities seized in kilograms, or null
 * @param sources      what each source says, in source order
 */
public record LedgerEntry(String id, String name, String type, String violenceType, LocalDate start, LocalDate end,
        String datePrecision, String country, String region, String location, Double latitude, Double longitude,
        String placePrecision, List<Actor> conducting, List<Actor> targeted, List<Actor> partners, List<Actor> involved,
        String claimedTarget, String claimedAffiliation, Range deaths, Map<String, Range> deathsBySide,
        String substance, Range seizedKg, List<String> legalBasis, String legalBasisCode, String grade,
        String gradeReason, List<SourceReport> sources, List<Disagreement> disagreements) {

    public boolean isLocated() {
        return latitude != null && longitude != null;
    }

    /** Every actor, conducting first, each once. */
    public List<Actor> actors() {
        return java.util.stream.Stream.of(conducting, targeted, partners, involved).flatMap(List::stream).distinct().toList();
    }

    /** How strongly the operation is sourced, from what each source is ({@link Sourcing}). */
    public Sourcing sourcing() {
        return Sourcing.of(sources, disagreements);
    }

    /** Every value the sources give for a field, each with the sources that give it, in source order. */
    public java.util.Map<String, List<String>> claims(String field) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (SourceReport r : sources) {
            for (String v : r.said().getOrDefault(field, List.of())) {
                out.computeIfAbsent(v, k -> new java.util.ArrayList<>()).add(Sourcing.shortName(r.source()));
            }
        }
        return out;
    }

    public Range deathsOrZero() {
        return deaths == null ? Range.ZERO : deaths;
    }
}
