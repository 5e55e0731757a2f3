package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.app.NetworkAnalyses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "flow", mixinStandardHelpOptions = true, description = {"The most that can move from one party to another (maximum flow),",
    "with weights as capacities; on the workspace, Payment ties weighted by amount unless --schemata says otherwise,",
    "each edge listed with the payment records (id, date, amount) behind it."})
final class FlowCommand extends AnalyzeSubcommand {
    @Option(names = "--source", required = true, paramLabel = "ID", description = "Where money (or goods) starts.")
    String source;

    @Option(names = "--target", required = true, paramLabel = "ID", description = "Where it should arrive.")
    String target;

    @Override
    public Integer call() {
        if (network.edges == null) {
            network.directed = true;
            network.weighted = true;
            if (network.weightBy.equals("evidence")) {
                network.weightBy = "amount";
            }
        }
        ObjectNode json = NetworkAnalyses.flow(analysisNetwork(Set.of("Payment"), source, target), source, target);
        List<List<String>> rows = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : json.get("edges")) {
            List<String> cited = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode t : e.get("evidence")) {
                StringBuilder c = new StringBuilder(t.get("id").asText());
                if (!t.get("date").asText().isEmpty()) {
                    c.append(' ').append(t.get("date").asText());
                }
                if (t.has("amount")) {
                    c.append(' ').append(Numbers.full(t.get("amount").asDouble()));
                    if (!t.get("currency").asText().isEmpty()) {
                        c.append(' ').append(t.get("currency").asText());
                    }
                }
                cited.add(c.toString());
            }
            rows.add(List.of(e.get("from").asText(), e.get("to").asText(), Numbers.full(e.get("flow").asDouble()),
                    Numbers.full(e.get("capacity").asDouble()), String.join("; ", cited)));
        }
        if (format == OutputFormat.TABLE) {
            out().println("maximum flow from " + source + " to " + target + ": " + Numbers.full(json.get("value").asDouble()));
        }
        Output.rows(out(), format, List.of("from", "to", "flow", "capacity", "evidence"), rows, json);
        return 0;
    }
}
