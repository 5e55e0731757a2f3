package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.ledger.CampaignTotals;
import org.corridor.ledger.Sourcing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reconcile", aliases = "totals", mixinStandardHelpOptions = true,
        description = {"Running totals that sources give for a campaign (\"at least 57 killed in 13 strikes since September\"), each a",
            "dated claim (from the campaign dataset or read from an ingested report), beside the ledger's own count of operations,",
            "vessels and sum of their deaths up to that date; the gap is what the ledger is missing if the claim is right, and the",
            "windows say between which dates those missing strikes would lie. `totals` is the same command."})
final class LedgerTotalsCommand implements Callable<Integer> {
    @ParentCommand
    LedgerCommand ledger;

    @Spec
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "strike", description = "Operations the totals count (default ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        String counted = org.corridor.ledger.Codes.choose("--type", type, org.corridor.ledger.Codes.TYPES);
        CampaignTotals.Reconciliation reconciliation;
        try (Corridor corridor = ledger.root.openToRead()) {
            reconciliation = corridor.campaignTotals(counted);
        }
        List<CampaignTotals.Reconciled> totals = reconciliation.totals();
        PrintWriter out = spec.commandLine().getOut();
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
        if (format == OutputFormat.TABLE) {
            if (totals.isEmpty()) {
                out.println("no running totals in the workspace: they come from the campaign dataset or are read from ingested reports "
                        + "(\"at least N killed since ...\")");
                return 0;
            }
            Output.table(out, header.subList(0, 13), rows.stream().map(r -> r.subList(0, 13)).toList());
            out.println();
            if (reconciliation.windows().isEmpty()) {
                out.println("no claim finds more deaths than the ledger holds");
            } else {
                out.println("where the gap opens (if the later claim is right, the ledger lacks about this many deaths from operations between "
                        + "the dates; check the operations it holds there first):");
                for (CampaignTotals.Window w : reconciliation.windows()) {
                    out.println("  " + (w.after() == null ? "up to" : "after " + w.after() + ", up to") + " " + w.upTo() + ": "
                            + w.missingDeaths() + " death" + (w.missingDeaths() == 1 ? "" : "s") + " (" + w.claim() + "); ledger holds "
                            + (w.inLedger().isEmpty() ? "none" : String.join(", ", w.inLedger())));
                }
            }
        } else if (format == OutputFormat.JSON) {
            Output.json(out, root);
        } else {
            Output.rows(out, format, header, rows, json);
        }
        out.flush();
        return 0;
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
