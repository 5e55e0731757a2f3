package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.app.NetworkAnalyses;
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
        var net = analysisNetwork(Set.of("Ownership"));
        ArrayNode json = NetworkAnalyses.exposure(net, threshold, at, "--");
        List<List<String>> rows = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode r : json) {
            List<String> chain = new ArrayList<>();
            r.get("chain").forEach(c -> chain.add(c.asText()));
            rows.add(List.of(r.get("entity").asText(), r.get("name").asText(), r.get("status").asText(),
                    Numbers.full(r.get("aggregate_percent").asDouble()), String.join(" <- ", chain)));
        }
        if (json.isEmpty() && format == OutputFormat.TABLE) {
            out().println("no listed party holds a recorded stake in anything" + (at.isEmpty() ? "" : " on " + at) + " (" + net.holdings()
                    + " ownership records with a percentage)");
            return 0;
        }
        Output.rows(out(), format, List.of("entity", "name", "status", "aggregate_percent", "evidence"), rows, json);
        return 0;
    }
}
