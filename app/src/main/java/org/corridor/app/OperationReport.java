package org.corridor.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.ledger.CampaignTotals;
import org.corridor.ledger.Disagreement;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.SourceReport;
import org.corridor.ledger.Sourcing;
import org.corridor.model.InputException;

/**
 * One operation as {@code corridor ledger show} reads it out: a heading, labelled lines (claims with
 * who makes them, never facts about the people), the campaign's running totals around its date
 * beside the ledger's own count, what each source says, and where the sources disagree; and the
 * same operation as JSON.
 */
public record OperationReport(String heading, List<String[]> lines, List<String> totals, List<List<String>> sourceRows, int sources,
        List<String> disagreements, ObjectNode json) {

    public static OperationReport of(Corridor corridor, String id) {
        Ledger all = corridor.ledger();
        LedgerEntry e = all.find(id).orElseThrow(() -> new InputException("no operation with id '" + id
                + "' is visible in this workspace; list them with `corridor ledger`"));
        String campaign = e.claims("campaign").keySet().stream().findFirst().orElse(null);
        List<CampaignTotals.Reconciled> around = campaign != null && e.start() != null
                ? CampaignTotals.around(corridor.campaignTotals(all, e.type()).totals(), campaign, e.start()) : List.of();
        List<String[]> lines = new ArrayList<>();
        line(lines, "when", LedgerListing.text(e.start()) + (e.end() != null && !e.end().equals(e.start()) ? " to " + e.end() : "")
                + (e.datePrecision() != null ? " (precision: " + e.datePrecision() + ")" : ""));
        line(lines, "where", LedgerListing.place(e) + (e.country() != null ? " [" + e.country() + "]" : "")
                + (e.isLocated() ? " at " + e.latitude() + ", " + e.longitude() : "")
                + (e.placePrecision() != null ? " (precision: " + e.placePrecision() + ")" : ""));
        line(lines, "conducting", LedgerListing.names(e.conducting()));
        line(lines, "targeted", LedgerListing.names(e.targeted()));
        line(lines, "partners", LedgerListing.names(e.partners()));
        line(lines, "involved", LedgerListing.names(e.involved()));
        line(lines, "claimed target", e.claimedTarget());
        // a claim about the people killed, with who makes it, never a fact about them
        line(lines, "claimed affiliation", claims(e, "claimedAffiliation"));
        line(lines, "announced by", claims(e, "announcedBy"));
        line(lines, "vessels", claims(e, "vessels"));
        line(lines, "survivors", claims(e, "survivors"));
        line(lines, "deaths", e.deaths() == null ? "no figure reported" : e.deaths().best() + " (low " + e.deaths().low()
                + ", high " + e.deaths().high() + ")");
        e.deathsBySide().forEach((side, r) -> line(lines, "  " + side, r.toString()));
        line(lines, "seized", e.seizedKg() == null ? null : e.seizedKg() + " kg" + (e.substance() != null ? " of " + e.substance() : ""));
        line(lines, "legal basis", String.join("; ", e.legalBasis()) + (e.legalBasisCode() != null ? " [" + e.legalBasisCode() + "]" : ""));
        line(lines, "grade", e.grade() + (e.gradeReason() != null ? " (" + e.gradeReason() + ")" : ""));
        line(lines, "sourcing", e.sourcing().grade() + " (" + e.sourcing().reason() + ")");
        line(lines, "campaign", campaign);
        List<String> totals = new ArrayList<>();
        for (CampaignTotals.Reconciled t : around) {
            totals.add(String.format(java.util.Locale.ROOT, "  running total %s (%s): %s %s killed%s; the ledger's %s up to then: %d (%d-%d), gap %s",
                    t.date(), String.join("; ", t.sources().stream().map(Sourcing::shortName).toList()), t.bound(), t.deathsClaimed(),
                    t.operationsClaimed() == null ? "" : " in " + t.operationsClaimed() + " " + t.counts(), e.type() + "s",
                    t.deathsInLedger().best(), t.deathsInLedger().low(), t.deathsInLedger().high(), t.deathsGap()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (SourceReport r : e.sources()) {
            for (Map.Entry<String, List<String>> f : r.said().entrySet()) {
                rows.add(List.of(Sourcing.shortName(r.source()), f.getKey(), String.join("; ", f.getValue())));
            }
        }
        List<String> disagreements = e.disagreements().stream().map(Disagreement::toString).toList();
        return new OperationReport(e.name() + "  [" + e.type() + " " + e.id() + "]", lines, totals, rows, e.sources().size(), disagreements,
                LedgerJson.entry(e, true));
    }

    /** Each value the sources give for a field, with who gives it: "Tren de Aragua (AP 2025-10-24; Reuters 2025-10-24)". */
    private static String claims(LedgerEntry e, String field) {
        List<String> parts = new ArrayList<>();
        e.claims(field).forEach((value, sources) -> parts.add(value + " (" + String.join("; ", sources) + ")"));
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }

    private static void line(List<String[]> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new String[] {label, value});
        }
    }
}
