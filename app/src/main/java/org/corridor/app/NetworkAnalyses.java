package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.corridor.analyze.community.CommunityReport;
import org.corridor.analyze.community.Louvain;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.paths.PathFinder;
import org.corridor.analyze.paths.PathResult;
import org.corridor.analyze.paths.ShortestPath;
import org.corridor.analyze.paths.WidestPath;
import org.corridor.analyze.workspace.Tie;
import org.corridor.model.UsageException;

/**
 * Network analyses as both faces give them, as JSON: {@code corridor analyze paths} and
 * {@code communities} print this (their tables and CSV are read from it), and the server returns it.
 */
public final class NetworkAnalyses {
    private NetworkAnalyses() {
    }

    /**
     * How one node reaches another: the shortest path (hops, or total weight when weighted) or the
     * widest (the strongest weakest link); each step with its name, the weight of the tie into it and
     * the relationship records behind that tie. Empty when there is no path.
     */
    public static Optional<ObjectNode> path(AnalysisNetwork n, String source, String target, String kind, boolean weighted, String prefix) {
        PathFinder finder = switch (kind) {
            case "shortest" -> new ShortestPath(weighted);
            case "widest" -> new WidestPath();
            default -> throw new UsageException("unknown " + prefix + "kind '" + kind + "'; use shortest or widest");
        };
        Graph g = n.graph();
        PathResult path = finder.find(g, n.node(source), n.node(target));
        if (!path.found()) {
            return Optional.empty();
        }
        String[] names = g.attribute("name").orElse(null);
        ObjectNode json = EntityJson.JSON.createObjectNode().put("kind", path.kind()).put("value", path.value());
        ArrayNode steps = json.putArray("nodes");
        for (int i = 0; i < path.nodes().size(); i++) {
            String id = path.nodes().get(i);
            String name = names == null ? "" : names[g.indexOf(id).orElseThrow()];
            List<Tie> ties = i == 0 || n.workspace() == null ? List.of() : n.workspace().ties(path.nodes().get(i - 1), id);
            ObjectNode step = steps.addObject().put("node", id).put("name", name);
            if (i > 0) {
                step.put("edge_weight", path.edgeWeights().get(i - 1));
            }
            ArrayNode evidence = step.putArray("evidence");
            ties.forEach(t -> evidence.add(cite(t)));
        }
        return Optional.of(json);
    }

    /** "pay-1 2024-03-02 250000 USD": the record, its date and amount. */
    static String cite(Tie t) {
        StringBuilder s = new StringBuilder(t.id());
        if (!t.date().isEmpty()) {
            s.append(' ').append(t.date());
        }
        if (!Double.isNaN(t.amount())) {
            double a = t.amount();
            s.append(' ').append(a == Math.rint(a) && Math.abs(a) < 1e15 ? Long.toString((long) a) : Double.toString(a));
            if (!t.currency().isEmpty()) {
                s.append(' ').append(t.currency());
            }
        }
        return s.toString();
    }

    /**
     * Groups of densely tied nodes (Louvain modularity) from {@code runs} seeds, the best kept, with
     * the runs for stability (modularity, and agreement with the best as NMI) and each node's group.
     */
    public static ObjectNode communities(AnalysisNetwork n, int runs, long seed, double resolution, String prefix) {
        if (runs < 1 || !(resolution > 0)) {
            throw new UsageException(prefix + "runs must be at least 1 and " + prefix + "resolution above 0");
        }
        Graph g = n.graph();
        CommunityReport report = CommunityReport.of(g, new Louvain(resolution), runs, seed);
        ObjectNode o = EntityJson.JSON.createObjectNode();
        o.put("algorithm", report.algorithm()).put("modularity", report.modularity()).put("seed", report.bestSeed())
                .put("communities", report.best().groupCount());
        o.put("mean_modularity", report.meanModularity()).put("lowest_modularity", report.minModularity()).put("mean_nmi_to_best", report.meanNmi());
        ArrayNode runsNode = o.putArray("runs");
        report.runs().forEach(r -> runsNode.addObject().put("seed", r.seed()).put("modularity", r.modularity())
                .put("communities", r.communities()).put("nmi_to_best", r.nmiToBest()));
        ObjectNode members = o.putObject("membership");
        for (int v = 0; v < g.nodeCount(); v++) {
            members.put(g.id(v), report.best().group(v));
        }
        String[] names = g.attribute("name").orElse(null);
        if (names != null) {
            ObjectNode byId = o.putObject("names");
            for (int v = 0; v < g.nodeCount(); v++) {
                byId.put(g.id(v), names[v]);
            }
        }
        return o;
    }

    /**
     * Ownership exposure to listed parties (OFAC's 50% rule by default): each party a listed owner
     * reaches, listed itself, blocked by the aggregate share or only exposed, with the chain of
     * records; on the date given (empty: every record).
     */
    public static ArrayNode exposure(AnalysisNetwork n, double threshold, String at, String prefix) {
        if (n.workspace() == null) {
            throw new UsageException("exposure reads Ownership and Sanction records from the workspace; ingest them instead of using "
                    + prefix + "edges");
        }
        if (!at.isEmpty() && !at.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new UsageException(prefix + "at takes an ISO date like 2024-05-03, got '" + at + "'");
        }
        if (!(threshold > 0 && threshold <= 100)) {
            throw new UsageException(prefix + "threshold is a percentage above 0 and at most 100");
        }
        Graph g = n.graph();
        String[] names = g.attribute("name").orElse(new String[g.nodeCount()]);
        List<org.corridor.analyze.exposure.ExposureResult> results = new org.corridor.analyze.exposure.OwnershipExposure(threshold)
                .assess(n.workspace().holdings(), n.workspace().listings(), at);
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (var r : results) {
            String name = g.indexOf(r.entity()).map(i -> names[i]).orElse("");
            ObjectNode o = json.addObject().put("entity", r.entity()).put("name", name == null ? "" : name)
                    .put("status", r.listed() ? "listed" : r.blocked() ? "blocked" : "exposed").put("blocked", r.blocked())
                    .put("aggregate_percent", r.aggregate());
            ArrayNode chain = o.putArray("chain");
            r.chain().forEach(chain::add);
        }
        return json;
    }

    /**
     * Removing parties one by one (by degree or betweenness, recomputed after each removal or once;
     * at random from a seed; or a given list) and what is left: the largest component as a fraction
     * of the intact one or of all nodes, global efficiency, and the number of components.
     */
    public static ObjectNode disruption(AnalysisNetwork n, String rule, List<String> remove, boolean recompute, long seed, int steps,
            String baseline, boolean efficiency, String prefix) {
        org.corridor.analyze.disruption.RemovalRule removal = switch (rule) {
            case "degree" -> new org.corridor.analyze.disruption.RemovalRule.ByDegree(recompute);
            case "betweenness" -> new org.corridor.analyze.disruption.RemovalRule.ByBetweenness(recompute);
            case "random" -> new org.corridor.analyze.disruption.RemovalRule.Random(seed);
            case "list" -> {
                if (remove.isEmpty()) {
                    throw new UsageException(prefix + "rule list needs the nodes to remove: " + prefix + "remove ID,ID,...");
                }
                yield new org.corridor.analyze.disruption.RemovalRule.Listed(remove);
            }
            default -> throw new UsageException("unknown " + prefix + "rule '" + rule + "'; use degree, betweenness, random or list");
        };
        org.corridor.analyze.disruption.Disruption.Baseline base = switch (baseline) {
            case "lcc" -> org.corridor.analyze.disruption.Disruption.Baseline.LARGEST_COMPONENT;
            case "nodes" -> org.corridor.analyze.disruption.Disruption.Baseline.NODES;
            default -> throw new UsageException("unknown " + prefix + "baseline '" + baseline + "'; use lcc or nodes");
        };
        if (steps < 0) {
            throw new UsageException(prefix + "steps must be 0 (until no tie is left) or more");
        }
        var curve = new org.corridor.analyze.disruption.Disruption(removal, base, steps, efficiency).run(n.graph());
        ObjectNode json = EntityJson.JSON.createObjectNode().put("rule", curve.rule()).put("baseline", curve.baseline());
        ArrayNode arr = json.putArray("steps");
        for (var s : curve.steps()) {
            ObjectNode o = arr.addObject().put("step", s.step()).put("removed", s.removed()).put("lcc_size", s.lccSize())
                    .put("lcc_fraction", s.lccFraction()).put("components", s.components());
            if (Double.isNaN(s.efficiency())) {
                o.putNull("efficiency");
            } else {
                o.put("efficiency", s.efficiency());
            }
        }
        return json;
    }

    /**
     * Gould–Fernandez brokerage roles of each node (coordinator, itinerant, gatekeeper,
     * representative, liaison) in a directed network whose nodes carry a group attribute.
     */
    public static ArrayNode brokerage(AnalysisNetwork n, String group) {
        Graph g = n.graph();
        var r = org.corridor.analyze.structure.Brokerage.of(g, group);
        String[] groups = g.attribute(group).orElseThrow();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (int v = 0; v < g.nodeCount(); v++) {
            ObjectNode o = json.addObject().put("node", g.id(v)).put("group", groups[v]);
            for (var role : org.corridor.analyze.structure.Brokerage.Role.values()) {
                o.put(role.name().toLowerCase(java.util.Locale.ROOT), r.count(v, role));
            }
            o.put("total", r.total(v));
        }
        return json;
    }

    /** The role names in the order {@link #brokerage} gives them. */
    public static List<String> brokerageRoles() {
        return java.util.Arrays.stream(org.corridor.analyze.structure.Brokerage.Role.values())
                .map(role -> role.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /**
     * The most that can move from one party to another (maximum flow, weights as capacities), each
     * edge used with its flow, capacity and the records behind it (id, schema, date, amount).
     */
    public static ObjectNode flow(AnalysisNetwork n, String source, String target) {
        Graph g = n.graph();
        var flow = new org.corridor.analyze.paths.MaximumFlow().compute(g, n.node(source), n.node(target));
        ObjectNode json = EntityJson.JSON.createObjectNode().put("source", flow.source()).put("target", flow.sink()).put("value", flow.value());
        ArrayNode arr = json.putArray("edges");
        for (var e : flow.edges()) {
            List<Tie> ties = n.workspace() == null ? List.of() : n.workspace().ties(e.from(), e.to());
            ObjectNode edge = arr.addObject().put("from", e.from()).put("to", e.to()).put("flow", e.flow()).put("capacity", e.capacity());
            ArrayNode records = edge.putArray("evidence");
            for (Tie t : ties) {
                ObjectNode rec = records.addObject().put("id", t.id()).put("schema", t.schema()).put("date", t.date());
                if (!Double.isNaN(t.amount())) {
                    rec.put("amount", t.amount()).put("currency", t.currency());
                }
            }
        }
        return json;
    }

    /**
     * A set of key players (Borgatti 2006): fragmentation (whose removal splits the network most) or
     * reach (who reaches most others within {@code distance}), by a seeded swap search.
     */
    public static ObjectNode keyPlayers(AnalysisNetwork n, String objective, int size, int distance, long seed, String prefix) {
        org.corridor.analyze.keyplayer.KeyPlayerObjective goal = switch (objective) {
            case "fragmentation" -> new org.corridor.analyze.keyplayer.Fragmentation();
            case "reach" -> {
                if (distance < 1) {
                    throw new UsageException(prefix + "distance must be 1 or more");
                }
                yield new org.corridor.analyze.keyplayer.Reach(distance);
            }
            default -> throw new UsageException("unknown " + prefix + "objective '" + objective + "'; use fragmentation or reach");
        };
        Graph g = n.graph();
        var set = new org.corridor.analyze.keyplayer.KeyPlayerSearch(goal, seed).find(g, size);
        String[] names = g.attribute("name").orElse(null);
        ObjectNode json = EntityJson.JSON.createObjectNode().put("objective", set.objective()).put("score", set.score());
        ArrayNode arr = json.putArray("players");
        for (String id : set.nodes()) {
            arr.addObject().put("node", id).put("name", names == null ? "" : names[g.indexOf(id).orElseThrow()]);
        }
        return json;
    }

    /** A party's ties in the workspace: each party it is tied to, with the relationship records behind the tie. */
    public static ArrayNode ties(Corridor corridor, String id) {
        AnalysisNetwork n = AnalysisNetwork.workspace(corridor, List.of(), List.of(), java.util.Set.of(), null, null, false, false, "evidence", "",
                List.of(id));
        Graph g = n.graph();
        int v = n.node(id);
        String[] names = g.attribute("name").orElse(new String[g.nodeCount()]);
        Graph u = g.undirected();
        ArrayNode out = EntityJson.JSON.createArrayNode();
        java.util.TreeSet<Integer> neighbours = new java.util.TreeSet<>();
        for (int k = u.outStart()[v]; k < u.outStart()[v + 1]; k++) {
            neighbours.add(u.outTargets()[k]);
        }
        for (int w : neighbours) {
            ObjectNode o = out.addObject().put("party", g.id(w)).put("name", names[w] == null ? g.id(w) : names[w]);
            o.put("kinds", n.workspace().kinds(g.id(v), g.id(w)));
            ArrayNode records = o.putArray("records");
            for (Tie t : n.workspace().ties(g.id(v), g.id(w))) {
                ObjectNode r = records.addObject().put("id", t.id()).put("schema", t.schema()).put("source", t.source()).put("target", t.target())
                        .put("date", t.date());
                if (!Double.isNaN(t.amount())) {
                    r.put("amount", t.amount()).put("currency", t.currency());
                }
            }
        }
        return out;
    }
}
