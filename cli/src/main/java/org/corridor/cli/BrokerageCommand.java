package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.corridor.app.NetworkAnalyses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "brokerage", mixinStandardHelpOptions = true, description = {"Gould-Fernandez brokerage roles in a directed network with groups:",
    "coordinator, itinerant, gatekeeper, representative, liaison counts per node (needs --directed and a group attribute)."})
final class BrokerageCommand extends AnalyzeSubcommand {
    @Option(names = "--group", paramLabel = "ATTRIBUTE", defaultValue = "group", description = "Node attribute naming each node's group (default ${DEFAULT-VALUE}; 'schema' on the workspace).")
    String group;

    @Override
    public Integer call() {
        ArrayNode json = NetworkAnalyses.brokerage(analysisNetwork(Set.of()), group);
        List<String> roles = NetworkAnalyses.brokerageRoles();
        List<com.fasterxml.jackson.databind.JsonNode> order = new ArrayList<>();
        json.forEach(order::add);
        if (format == OutputFormat.TABLE) {
            // stable: ties keep the network's order
            order.sort(Comparator.comparingLong((com.fasterxml.jackson.databind.JsonNode o) -> -o.get("total").asLong()));
        }
        List<String> header = new ArrayList<>(List.of("node", "group"));
        header.addAll(roles);
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode o : order) {
            List<String> row = new ArrayList<>(List.of(o.get("node").asText(), o.get("group").asText()));
            roles.forEach(role -> row.add(o.get(role).asText()));
            row.add(o.get("total").asText());
            rows.add(row);
        }
        Output.rows(out(), format, header, rows, json);
        return 0;
    }
}
