package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.paths.MaximumFlow;
import org.corridor.analyze.workspace.Tie;
import org.corridor.app.EntityJson;
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
        NetworkOptions.Loaded loaded = load(Set.of("Payment"), source, target);
        Graph g = loaded.graph();
        MaximumFlow.Result flow = new MaximumFlow().compute(g, loaded.node(source), loaded.node(target));
        List<List<String>> rows = new ArrayList<>();
        ObjectNode json = EntityJson.JSON.createObjectNode().put("source", flow.source()).put("target", flow.sink()).put("value", flow.value());
        var arr = json.putArray("edges");
        for (MaximumFlow.FlowEdge e : flow.edges()) {
            List<Tie> ties = loaded.workspace() == null ? List.of() : loaded.workspace().ties(e.from(), e.to());
            rows.add(List.of(e.from(), e.to(), Numbers.full(e.flow()), Numbers.full(e.capacity()),
                    String.join("; ", ties.stream().map(AnalyzeSubcommand::cite).toList())));
            var edge = arr.addObject().put("from", e.from()).put("to", e.to()).put("flow", e.flow()).put("capacity", e.capacity());
            var records = edge.putArray("evidence");
            for (Tie t : ties) {
                var r = records.addObject().put("id", t.id()).put("schema", t.schema()).put("date", t.date());
                if (!Double.isNaN(t.amount())) {
                    r.put("amount", t.amount()).put("currency", t.currency());
                }
            }
        }
        if (format == OutputFormat.TABLE) {
            out().println("maximum flow from " + source + " to " + target + ": " + Numbers.full(flow.value()));
        }
        Output.rows(out(), format, List.of("from", "to", "flow", "capacity", "evidence"), rows, json);
        return 0;
    }
}
