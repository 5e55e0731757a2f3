package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.structure.Brokerage;
import org.corridor.app.EntityJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "brokerage", mixinStandardHelpOptions = true, description = {"Gould-Fernandez brokerage roles in a directed network with groups:",
    "coordinator, itinerant, gatekeeper, representative, liaison counts per node (needs --directed and a group attribute)."})
final class BrokerageCommand extends AnalyzeSubcommand {
    @Option(names = "--group", paramLabel = "ATTRIBUTE", defaultValue = "group", description = "Node attribute naming each node's group (default ${DEFAULT-VALUE}; 'schema' on the workspace).")
    String group;

    @Override
    public Integer call() {
        Graph g = load(Set.of()).graph();
        Brokerage.Result r = Brokerage.of(g, group);
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < g.nodeCount(); v++) {
            order.add(v);
        }
        if (format == OutputFormat.TABLE) {
            order.sort(Comparator.comparingLong((Integer v) -> -r.total(v)).thenComparing(v -> v));
        }
        List<String> header = new ArrayList<>(List.of("node", "group"));
        for (Brokerage.Role role : Brokerage.Role.values()) {
            header.add(role.name().toLowerCase(java.util.Locale.ROOT));
        }
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        var json = EntityJson.JSON.createArrayNode();
        String[] groups = g.attribute(group).orElseThrow();
        for (int v : order) {
            List<String> row = new ArrayList<>(List.of(g.id(v), groups[v]));
            ObjectNode o = json.addObject().put("node", g.id(v)).put("group", groups[v]);
            for (Brokerage.Role role : Brokerage.Role.values()) {
                row.add(Long.toString(r.count(v, role)));
                o.put(role.name().toLowerCase(java.util.Locale.ROOT), r.count(v, role));
            }
            row.add(Long.toString(r.total(v)));
            o.put("total", r.total(v));
            rows.add(row);
        }
        Output.rows(out(), format, header, rows, json);
        return 0;
    }
}
