package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.exposure.ExposureResult;
import org.corridor.analyze.exposure.OwnershipExposure;
import org.corridor.analyze.graph.Graph;
import org.corridor.app.EntityJson;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "exposure", mixinStandardHelpOptions = true, description = {"Sanctions exposure through ownership under OFAC's 50 Percent Rule:",
    "an entity owned 50%% or more in aggregate, directly or indirectly, by blocked persons is blocked; each answer shows its evidence chain.",
    "Reads Ownership records (percentage, start and end dates) and Sanction records from the workspace."})
final class ExposureCommand extends AnalyzeSubcommand {
    @Option(names = "--at", paramLabel = "DATE", defaultValue = "", description = "Only stakes and listings in force on this date (default: all records).")
    String at;

    @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "50", description = "Aggregate share that blocks (default ${DEFAULT-VALUE}, OFAC's rule).")
    double threshold;

    @Override
    public Integer call() {
        if (network.edges != null) {
            throw new UsageException("exposure reads Ownership and Sanction records from the workspace; ingest them instead of using --edges");
        }
        if (!at.isEmpty() && !at.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new UsageException("--at takes an ISO date like 2024-05-03, got '" + at + "'");
        }
        if (!(threshold > 0 && threshold <= 100)) {
            throw new UsageException("--threshold is a percentage above 0 and at most 100");
        }
        NetworkOptions.Loaded loaded = load(Set.of("Ownership"));
        Graph g = loaded.graph();
        String[] names = g.attribute("name").orElse(new String[g.nodeCount()]);
        List<ExposureResult> results = new OwnershipExposure(threshold).assess(loaded.holdings(), loaded.listings(), at);
        List<List<String>> rows = new ArrayList<>();
        var json = EntityJson.JSON.createArrayNode();
        for (ExposureResult r : results) {
            String name = g.indexOf(r.entity()).map(i -> names[i]).orElse("");
            String status = r.listed() ? "listed" : r.blocked() ? "blocked" : "exposed";
            rows.add(List.of(r.entity(), name == null ? "" : name, status, Numbers.full(r.aggregate()), String.join(" <- ", r.chain())));
            ObjectNode o = json.addObject().put("entity", r.entity()).put("name", name).put("status", status)
                    .put("blocked", r.blocked()).put("aggregate_percent", r.aggregate());
            var chain = o.putArray("chain");
            r.chain().forEach(chain::add);
        }
        if (results.isEmpty() && format == OutputFormat.TABLE) {
            out().println("no listed party holds a recorded stake in anything"
                    + (at.isEmpty() ? "" : " on " + at) + " (" + loaded.holdings().size() + " ownership records with a percentage)");
            return 0;
        }
        Output.rows(out(), format, List.of("entity", "name", "status", "aggregate_percent", "evidence"), rows, json);
        return 0;
    }
}
