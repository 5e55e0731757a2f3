package org.corridor.analyze.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.analyze.exposure.Holding;
import org.corridor.analyze.exposure.Listing;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.model.Entity;
import org.corridor.model.UsageException;
import org.corridor.model.schema.Schema;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.StoreView;

/**
 * Projects what a reader may see of the workspace into an analysis graph: parties (people,
 * organisations, companies, vessels, aircraft, other assets) become nodes, relationship entities
 * (ownership, membership, payment, family, association, "linked to" ties...) become edges between
 * the parties they name. Node attributes carry the schema, the display name, and whether the party
 * is under a sanction, so exports and brokerage can use them. Reads through {@link StoreView}
 * only, so authorisations apply.
 */
public final class WorkspaceNetwork {
    private final Graph graph;
    private final List<Holding> holdings;
    private final List<Listing> listings;
    private final Map<String, List<Tie>> evidence;

    private WorkspaceNetwork(Graph graph, List<Holding> holdings, List<Listing> listings, Map<String, List<Tie>> evidence) {
        this.graph = graph;
        this.holdings = holdings;
        this.listings = listings;
        this.evidence = evidence;
    }

    /** The kinds of relationship behind an edge, e.g. "Ownership; Payment", for exports. */
    public String kinds(String a, String b) {
        return String.join("; ", ties(a, b).stream().map(Tie::schema).distinct().sorted().toList());
    }

    /** The relationship records behind the edge between two parties (in either direction when undirected). */
    public List<Tie> ties(String a, String b) {
        List<Tie> out = new ArrayList<>(evidence.getOrDefault(a + "\u001f" + b, List.of()));
        if (!graph.directed()) {
            out.addAll(evidence.getOrDefault(b + "\u001f" + a, List.of()));
        }
        return out;
    }

    public Graph graph() {
        return graph;
    }

    /** Every Ownership record with a percentage, as evidence for the 50% rule. */
    public List<Holding> holdings() {
        return holdings;
    }

    /** Every Sanction record naming a party. */
    public List<Listing> listings() {
        return listings;
    }

    public static WorkspaceNetwork of(StoreView view, Projection projection) {
        Map<String, Entity> parties = new TreeMap<>();
        List<Entity> ties = new ArrayList<>();
        List<Holding> holdings = new ArrayList<>();
        List<Listing> listings = new ArrayList<>();
        view.forEachEntity(e -> {
            Schema s = e.schema();
            if (s.isEdge()) {
                if (projection.edgeSchemata().isEmpty() || projection.edgeSchemata().stream().anyMatch(s::isA)) {
                    ties.add(e);
                }
                if (s.isA("Ownership")) {
                    holding(e).ifPresent(holdings::add);
                }
            } else if (s.isA("Sanction")) {
                for (String party : e.values("entity")) {
                    listings.add(new Listing(party, e.id(), program(e), first(e, "startDate"), first(e, "endDate")));
                }
            } else if (isParty(s) && (projection.nodeSchemata().isEmpty() || projection.nodeSchemata().stream().anyMatch(s::isA))) {
                parties.put(e.id(), e);
            }
        });
        SchemaRegistry registry = SchemaRegistry.standard();
        for (String schema : projection.nodeSchemata()) {
            if (registry.find(schema).filter(WorkspaceNetwork::isParty).isEmpty()) {
                throw new UsageException("'" + schema + "' is not a party schema; use names like Person, Organization, Company, Vessel");
            }
        }
        for (String schema : projection.edgeSchemata()) {
            if (registry.find(schema).filter(Schema::isEdge).isEmpty()) {
                throw new UsageException("'" + schema + "' is not a relationship schema; use one of " + String.join(", ",
                        registry.all().stream().filter(Schema::isEdge).map(Schema::name).sorted().toList()));
            }
        }
        GraphBuilder b = new GraphBuilder(projection.directed(), projection.weight() != Projection.Weight.NONE);
        for (String id : parties.keySet()) {
            b.node(id);
        }
        Map<String, List<Tie>> evidence = new HashMap<>();
        for (Entity tie : ties) {
            if (!inWindow(tie, projection)) {
                continue;
            }
            Schema s = tie.schema();
            for (String source : tie.values(s.edgeSource())) {
                for (String target : tie.values(s.edgeTarget())) {
                    if (b.hasNode(source) && b.hasNode(target)) {
                        b.edge(source, target, weight(tie, projection.weight()));
                        evidence.computeIfAbsent(source + "\u001f" + target, k -> new ArrayList<>()).add(new Tie(tie.id(), s.name(),
                                source, target, firstNonEmpty(first(tie, "date"), first(tie, "startDate")), amount(tie),
                                first(tie, "amountUsd").isEmpty() ? first(tie, "currency") : "USD"));
                    }
                }
            }
        }
        int n = b.nodeCount();
        String[] schema = new String[n];
        String[] name = new String[n];
        String[] sanctioned = new String[n];
        Map<String, Boolean> listed = new HashMap<>();
        listings.forEach(l -> listed.put(l.party(), true));
        int i = 0;
        for (Entity e : parties.values()) {
            schema[i] = e.schema().name();
            name[i] = e.caption();
            sanctioned[i] = listed.containsKey(e.id()) ? "true" : "false";
            i++;
        }
        b.attribute("schema", schema).attribute("name", name).attribute("sanctioned", sanctioned);
        return new WorkspaceNetwork(b.build(), List.copyOf(holdings), List.copyOf(listings), evidence);
    }

    private static boolean isParty(Schema s) {
        return !s.isA("Interval") && !s.isA("Address") && !s.isA("Identification") && (s.isA("LegalEntity") || s.isA("Asset")
                || s.isA("Vessel") || s.isA("Airplane") || s.isA("Vehicle"));
    }

    private static boolean inWindow(Entity tie, Projection p) {
        String start = firstNonEmpty(first(tie, "startDate"), first(tie, "date"));
        String end = firstNonEmpty(first(tie, "endDate"), first(tie, "date"));
        if (!p.from().isEmpty() && !end.isEmpty() && end.compareTo(p.from().substring(0, Math.min(end.length(), p.from().length()))) < 0) {
            return false;
        }
        return p.to().isEmpty() || start.isEmpty()
                || start.substring(0, Math.min(start.length(), p.to().length())).compareTo(p.to()) <= 0;
    }

    private static double weight(Entity tie, Projection.Weight mode) {
        if (mode == Projection.Weight.AMOUNT && tie.schema().isA("Payment")) {
            double amount = amount(tie);
            return Double.isNaN(amount) ? 1 : amount;
        }
        return 1;
    }

    /** A payment's amount (amountUsd when given, else amount), or NaN. */
    private static double amount(Entity tie) {
        String amount = firstNonEmpty(first(tie, "amountUsd"), first(tie, "amount"));
        try {
            return amount.isEmpty() ? Double.NaN : Double.parseDouble(amount);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static java.util.Optional<Holding> holding(Entity e) {
        String pct = first(e, "percentage");
        if (pct.isEmpty() || first(e, "owner").isEmpty() || first(e, "asset").isEmpty()) {
            return java.util.Optional.empty();
        }
        double percent;
        try {
            percent = Double.parseDouble(pct.replace("%", "").strip());
        } catch (NumberFormatException ex) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Holding(first(e, "owner"), first(e, "asset"), percent, first(e, "startDate"),
                first(e, "endDate"), e.id()));
    }

    private static String program(Entity sanction) {
        String program = String.join(", ", sanction.values("program"));
        String authority = first(sanction, "authority");
        return authority.isEmpty() ? program : (program.isEmpty() ? authority : authority + " " + program);
    }

    private static String first(Entity e, String property) {
        String v = e.first(property);
        return v == null ? "" : v;
    }

    private static String firstNonEmpty(String a, String b) {
        return a != null && !a.isEmpty() ? a : b == null ? "" : b;
    }
}
