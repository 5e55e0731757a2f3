package org.corridor.analyze.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.analyze.graph.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Maximum flow from a source to a sink with edge weights as capacities (for money, the most that
 * could have moved through the recorded payments), by JGraphT's push-relabel implementation
 * (Goldberg and Tarjan, J. ACM 35, 1988): fast enough here, so no kernel of our own. An undirected
 * tie carries flow either way. Returns the value and every edge that carries flow.
 */
public final class MaximumFlow {
    public record FlowEdge(String from, String to, double flow, double capacity) {
    }

    public record Result(String source, String sink, double value, List<FlowEdge> edges) {
        public Result {
            edges = List.copyOf(edges);
        }
    }

    public Result compute(Graph g, int source, int sink) {
        SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> jg = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < g.nodeCount(); v++) {
            jg.addVertex(v);
        }
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int e = g.outStart()[u]; e < g.outStart()[u + 1]; e++) {
                int v = g.outTargets()[e];
                DefaultWeightedEdge edge = jg.addEdge(u, v);
                if (edge != null) {
                    jg.setEdgeWeight(edge, g.outWeights()[e]);
                }
            }
        }
        MaximumFlowAlgorithm.MaximumFlow<DefaultWeightedEdge> flow = new PushRelabelMFImpl<>(jg).getMaximumFlow(source, sink);
        List<FlowEdge> used = new ArrayList<>();
        for (Map.Entry<DefaultWeightedEdge, Double> e : flow.getFlowMap().entrySet()) {
            if (e.getValue() > 1e-12) {
                int from = jg.getEdgeSource(e.getKey());
                int to = jg.getEdgeTarget(e.getKey());
                used.add(new FlowEdge(g.id(from), g.id(to), e.getValue(), jg.getEdgeWeight(e.getKey())));
            }
        }
        used.sort(java.util.Comparator.comparing(FlowEdge::from).thenComparing(FlowEdge::to));
        return new Result(g.id(source), g.id(sink), flow.getValue(), used);
    }
}
