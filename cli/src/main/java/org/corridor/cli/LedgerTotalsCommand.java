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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "totals", mixinStandardHelpOptions = true,
        description = {"Running totals that sources give for a campaign (\"at least 57 killed in 13 strikes since September\"), each a",
            "dated claim read from an ingested report, beside the ledger's own count of operations and sum of their deaths up to",
            "that date, and the gap: what the ledger is missing if the claim is right."})
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
        List<CampaignTotals.Reconciled> totals;
        try (Corridor corridor = ledger.root.openToRead()) {
            totals = corridor.campaignTotals(type);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (CampaignTotals.Reconciled t : totals) {
            rows.add(List.of(t.id(), t.date() == null ? "" : t.date().toString(), text(t.bound()), text(t.operationsClaimed()),
                    text(t.deathsClaimed()), Integer.toString(t.operationsInLedger()),
                    t.deathsInLedger().low() + "–" + t.deathsInLedger().best() + "–" + t.deathsInLedger().high(), text(t.operationsGap()),
                    text(t.deathsGap()), String.join("; ", t.sources()), text(t.summary())));
            ObjectNode o = json.addObject();
            o.put("id", t.id());
            o.put("date", t.date() == null ? null : t.date().toString());
            o.put("date_precision", t.datePrecision());
            o.put("bound", t.bound());
            putNumber(o, "operations_claimed", t.operationsClaimed());
            putNumber(o, "deaths_claimed", t.deathsClaimed());
            o.put("operations_in_ledger", t.operationsInLedger());
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
            ArrayNode sources = o.putArray("sources");
            t.sources().forEach(sources::add);
            o.put("summary", t.summary());
        }
        List<String> header = List.of("id", "as_of", "bound", "operations_claimed", "deaths_claimed", "operations_in_ledger",
                "deaths_in_ledger", "operations_gap", "deaths_gap", "sources", "summary");
        if (format == OutputFormat.TABLE) {
            if (totals.isEmpty()) {
                out.println("no running totals in the workspace: they are read from ingested reports (\"at least N killed since ...\")");
                return 0;
            }
            Output.table(out, header.subList(0, 10), rows.stream().map(r -> r.subList(0, 10)).toList());
        } else {
            Output.rows(out, format, header, rows, json);
        }
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
