package org.corridor.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How strongly an operation is sourced, in the manner of Airwars' claims-versus-verification
 * grading, worked out from what each of its sources is (the {@code sourceKind} a cited dataset
 * gives every report) rather than set by hand:
 *
 * <ul>
 *   <li>{@code contradicted}: some independent source gives evidence against the official
 *       account (the official claim is not the whole story);</li>
 *   <li>{@code contested}: some party disputes the claim without published evidence, or the
 *       sources disagree on the death toll or on the date by more than a day;</li>
 *   <li>{@code corroborated}: the official claim and at least one independent report that
 *       agrees with it (survivors received by another state, the Coast Guard finding bodies,
 *       officials speaking on their own account);</li>
 *   <li>{@code single-claim}: only the official claim, however many outlets relay it;</li>
 *   <li>{@code unassessed}: no source says what kind of source it is (GED rows, extracted
 *       reports).</li>
 * </ul>
 * The first that applies stands. Source kinds: {@link #KINDS}.
 */
public record Sourcing(String grade, String reason) {
    public static final List<String> GRADES = List.of("corroborated", "single-claim", "contested", "contradicted", "unassessed");
    /** What a source is: the announcer, an outlet relaying it, independent reporting that agrees, disputes or contradicts it. */
    public static final List<String> KINDS = List.of("official", "relay", "independent", "disputes", "contradicts");

    static Sourcing of(List<SourceReport> reports, List<Disagreement> disagreements) {
        List<String> contradicting = withKind(reports, "contradicts");
        if (!contradicting.isEmpty()) {
            return new Sourcing("contradicted", "independent evidence against the official account: " + String.join(", ", contradicting));
        }
        List<String> disputing = withKind(reports, "disputes");
        if (!disputing.isEmpty()) {
            return new Sourcing("contested", "disputed by a party the source quotes: " + String.join(", ", disputing));
        }
        for (Disagreement d : disagreements) {
            if (d.field().equals("fatalitiesBest")) {
                return new Sourcing("contested", "sources give different death tolls: " + d);
            }
            if (d.field().equals("startDate") && daysApart(d) > 1) {
                return new Sourcing("contested", "sources give dates more than a day apart: " + d);
            }
        }
        List<String> independent = withKind(reports, "independent");
        if (!independent.isEmpty()) {
            return new Sourcing("corroborated", "independent reporting agrees with the claim: " + String.join(", ", independent));
        }
        List<String> official = withKind(reports, "official");
        official.addAll(withKind(reports, "relay"));
        if (!official.isEmpty()) {
            return new Sourcing("single-claim", "only the official claim, as relayed by " + official.size() + " source"
                    + (official.size() == 1 ? "" : "s"));
        }
        return new Sourcing("unassessed", "no source says what kind of source it is");
    }

    private static List<String> withKind(List<SourceReport> reports, String kind) {
        List<String> out = new ArrayList<>();
        for (SourceReport r : reports) {
            if (r.said().getOrDefault("sourceKind", List.of()).contains(kind)) {
                out.add(shortName(r.source()));
            }
        }
        return out;
    }

    /** A dataset row's source without the file it came from ("campaign/strikes.csv/AP 2025-10-24" -> "AP 2025-10-24"). */
    public static String shortName(String source) {
        int slash = source.indexOf(".csv/");
        return slash < 0 ? source : source.substring(slash + 5);
    }

    private static long daysApart(Disagreement d) {
        LocalDate min = null;
        LocalDate max = null;
        for (Claim c : d.claims()) {
            LocalDate day = Dates.first(c.value());
            if (day == null) {
                continue;
            }
            min = min == null || day.isBefore(min) ? day : min;
            max = max == null || day.isAfter(max) ? day : max;
        }
        return min == null ? 0 : ChronoUnit.DAYS.between(min, max);
    }
}
