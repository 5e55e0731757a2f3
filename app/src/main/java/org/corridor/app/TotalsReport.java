package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.corridor.ledger.CampaignTotals;
import org.corridor.ledger.Sourcing;

/**
 * The campaign's reported running totals beside the ledger's own strikes, vessels and deaths up to
 * their dates, and the windows where the gap opens, as {@code corridor ledger reconcile} gives them:
 * the JSON, the rows of the table and CSV, and the lines about the windows.
 */
public record TotalsReport(ObjectNode json, List<String> header, List<List<String>> rows, List<String> windows) {

    /** The operation type the totals count, checked before anything is read. */
    public static String checkType(String type, String prefix) {
        return org.corridor.ledger.Codes.choose(prefix + "type", type, org.corridor.ledger.Codes.TYPES);
    }

    public static TotalsReport of(Corridor corridor, String type, String prefix) {
        String counted = org.corridor.ledger.Codes.choose(prefix + "type", type, org.corridor.ledger.Codes.TYPES);
        CampaignTotals.Reconciliation reconciliation = corridor.campaignTotals(counted);
        List<CampaignTotals.Reconciled> totals = reconciliation.totals();
        List<List<String>> rows = new ArrayList<>();
        ObjectNode root = EntityJson.JSON.createObjectNode();
        ArrayNode json = root.putArray("totals");
        for (CampaignTotals.Reconciled t : totals) {
            String sources = String.join("; ", t.sources().stream().map(Sourcing::shortName).toList());
            rows.add(List.of(t.id(), t.date() == null ? "" : t.date().toString(), text(t.bound()), text(t.counts()),
                    text(t.operationsClaimed()), text(t.deathsClaimed()), Integer.toString(t.strikesInLedger()),
                    Integer.toString(t.vesselsInLedger()),
                    t.deathsInLedger().low() + "–" + t.deathsInLedger().best() + "–" + t.deathsInLedger().high(), text(t.operationsGap()),
                    text(t.deathsGap()), t.deathsAgree() ? "yes" : "no", sources, text(t.summary())));
            ObjectNode o = json.addObject();
            o.put("id", t.id());
            o.put("date", t.date() == null ? null : t.date().toString());
            o.put("date_precision", t.datePrecision());
            o.put("campaign", t.campaign());
            o.put("counts", t.counts());
            o.put("bound", t.bound());
            putNumber(o, "operations_claimed", t.operationsClaimed());
            putNumber(o, "deaths_claimed", t.deathsClaimed());
            o.put("operations_in_ledger", t.operationsInLedger());
            o.put("strikes_in_ledger", t.strikesInLedger());
            o.put("vessels_in_ledger", t.vesselsInLedger());
            ObjectNode d = o.putObject("deaths_in_ledger");
            d.put("low", t.deathsInLedger().low());
            d.put("best", t.deathsInLedger().best());
            d.put("high", t.deathsInLedger().high());
            putNumber(o, "operations_gap", t.operationsGap());
            if (t.deathsGap() == null) {
                o.putNull("deaths_gap");
            } else {
                o.put("deaths_gap", t.deathsGap());
            }
            o.put("deaths_agree", t.deathsAgree());
            ArrayNode src = o.putArray("sources");
            t.sources().forEach(src::add);
            o.put("summary", t.summary());
        }
        ArrayNode windows = root.putArray("windows");
        for (CampaignTotals.Window w : reconciliation.windows()) {
            ObjectNode o = windows.addObject();
            o.put("after", w.after() == null ? null : w.after().toString());
            o.put("up_to", w.upTo().toString());
            o.put("claim", w.claim());
            o.put("missing_deaths", w.missingDeaths());
            ArrayNode held = o.putArray("operations_in_ledger");
            w.inLedger().forEach(held::add);
        }
        List<String> header = List.of("id", "as_of", "bound", "counts", "operations_claimed", "deaths_claimed", "strikes_in_ledger",
                "vessels_in_ledger", "deaths_in_ledger", "operations_gap", "deaths_gap", "deaths_agree", "sources", "summary");
        List<String> lines = new ArrayList<>();
        for (CampaignTotals.Window w : reconciliation.windows()) {
            lines.add("  " + (w.after() == null ? "up to" : "after " + w.after() + ", up to") + " " + w.upTo() + ": "
                    + w.missingDeaths() + " death" + (w.missingDeaths() == 1 ? "" : "s") + " (" + w.claim() + "); ledger holds "
                    + (w.inLedger().isEmpty() ? "none" : String.join(", ", w.inLedger())));
        }
        return new TotalsReport(root, header, rows, lines);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void putNumber(ObjectNode o, String key, Integer value) {
        if (value == null) {
            o.putNull(key);
        } else {
            o.put(key, value);
        }
    }
}
