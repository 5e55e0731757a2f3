package org.corridor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.LedgerJson;
import org.corridor.ledger.Disagreement;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.SourceReport;
import org.corridor.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One operation: its figures as ranges, what every source says, and where they disagree.")
final class LedgerShowCommand implements Callable<Integer> {
    @ParentCommand
    LedgerCommand ledger;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The operation's id (see `corridor ledger`).")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        LedgerEntry e;
        List<org.corridor.ledger.CampaignTotals.Reconciled> around = List.of();
        String campaign = null;
        try (Corridor corridor = ledger.root.openToRead()) {
            org.corridor.ledger.Ledger all = corridor.ledger();
            e = all.find(id).orElseThrow(() -> new InputException("no operation with id '" + id
                    + "' is visible in this workspace; list them with `corridor ledger`"));
            campaign = e.claims("campaign").keySet().stream().findFirst().orElse(null);
            if (campaign != null && e.start() != null) {
                around = org.corridor.ledger.CampaignTotals.around(corridor.campaignTotals(all, e.type()).totals(), campaign, e.start());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Output.json(out, LedgerJson.entry(e, true));
            return 0;
        }
        out.println(e.name() + "  [" + e.type() + " " + e.id() + "]");
        line(out, "when", org.corridor.app.LedgerListing.text(e.start()) + (e.end() != null && !e.end().equals(e.start()) ? " to " + e.end() : "")
                + (e.datePrecision() != null ? " (precision: " + e.datePrecision() + ")" : ""));
        line(out, "where", org.corridor.app.LedgerListing.place(e) + (e.country() != null ? " [" + e.country() + "]" : "")
                + (e.isLocated() ? " at " + e.latitude() + ", " + e.longitude() : "")
                + (e.placePrecision() != null ? " (precision: " + e.placePrecision() + ")" : ""));
        line(out, "conducting", org.corridor.app.LedgerListing.names(e.conducting()));
        line(out, "targeted", org.corridor.app.LedgerListing.names(e.targeted()));
        line(out, "partners", org.corridor.app.LedgerListing.names(e.partners()));
        line(out, "involved", org.corridor.app.LedgerListing.names(e.involved()));
        line(out, "claimed target", e.claimedTarget());
        // a claim about the people killed, with who makes it, never a fact about them
        line(out, "claimed affiliation", claims(e, "claimedAffiliation"));
        line(out, "announced by", claims(e, "announcedBy"));
        line(out, "vessels", claims(e, "vessels"));
        line(out, "survivors", claims(e, "survivors"));
        line(out, "deaths", e.deaths() == null ? "no figure reported" : e.deaths().best() + " (low " + e.deaths().low()
                + ", high " + e.deaths().high() + ")");
        e.deathsBySide().forEach((side, r) -> line(out, "  " + side, r.toString()));
        line(out, "seized", e.seizedKg() == null ? null : e.seizedKg() + " kg" + (e.substance() != null ? " of " + e.substance() : ""));
        line(out, "legal basis", String.join("; ", e.legalBasis()) + (e.legalBasisCode() != null ? " [" + e.legalBasisCode() + "]" : ""));
        line(out, "grade", e.grade() + (e.gradeReason() != null ? " (" + e.gradeReason() + ")" : ""));
        line(out, "sourcing", e.sourcing().grade() + " (" + e.sourcing().reason() + ")");
        if (campaign != null) {
            line(out, "campaign", campaign);
            for (org.corridor.ledger.CampaignTotals.Reconciled t : around) {
                out.printf(java.util.Locale.ROOT, "  running total %s (%s): %s %s killed%s; the ledger's %s up to then: %d (%d-%d), gap %s%n",
                        t.date(), String.join("; ", t.sources().stream().map(org.corridor.ledger.Sourcing::shortName).toList()),
                        t.bound(), t.deathsClaimed(), t.operationsClaimed() == null ? "" : " in " + t.operationsClaimed() + " " + t.counts(),
                        e.type() + "s", t.deathsInLedger().best(), t.deathsInLedger().low(), t.deathsInLedger().high(), t.deathsGap());
            }
            if (!around.isEmpty()) {
                out.println("  every running total beside the ledger, and where they part: corridor ledger reconcile");
            }
        }
        out.println();
        out.println("sources (" + e.sources().size() + "):");
        List<List<String>> rows = new ArrayList<>();
        for (SourceReport r : e.sources()) {
            for (Map.Entry<String, List<String>> f : r.said().entrySet()) {
                rows.add(List.of(org.corridor.ledger.Sourcing.shortName(r.source()), f.getKey(), String.join("; ", f.getValue())));
            }
        }
        Output.table(out, List.of("source", "field", "says"), rows);
        out.println();
        if (e.disagreements().isEmpty()) {
            out.println("no disagreements between sources");
        } else {
            out.println("disagreements (" + e.disagreements().size() + "):");
            for (Disagreement d : e.disagreements()) {
                out.println("  " + d);
            }
        }
        out.flush();
        return 0;
    }

    /** Each value the sources give for a field, with who gives it: "Tren de Aragua (AP 2025-10-24; Reuters 2025-10-24)". */
    private static String claims(LedgerEntry e, String field) {
        List<String> parts = new ArrayList<>();
        e.claims(field).forEach((value, sources) -> parts.add(value + " (" + String.join("; ", sources) + ")"));
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-20s %s%n", label + ":", value);
        }
    }
}
