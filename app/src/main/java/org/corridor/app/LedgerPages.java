package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.corridor.ledger.GroupKey;
import org.corridor.ledger.Grouping;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.Range;

/**
 * The ledger as both faces show it: the operations a filter keeps, or their groups with fatality
 * ranges and totals. {@code corridor ledger --format json} prints these; the server returns them.
 */
public final class LedgerPages {
    private LedgerPages() {
    }

    /** Group keys by name (month, year, actor, country, type), each once, in the order given. */
    public static List<GroupKey> keys(List<String> names) {
        return names.stream().map(GroupKey::named).distinct().toList();
    }

    public static Ledger ledger(Corridor corridor, LedgerQuery query, String prefix) {
        return corridor.ledger().filter(query.filter(prefix));
    }

    /**
     * The ledger page for a query: the operations it keeps, or their groups when {@code groupBy}
     * names keys; option names in errors spelt with {@code prefix} ("--" or "").
     */
    public static com.fasterxml.jackson.databind.JsonNode page(Corridor corridor, LedgerQuery query, List<String> groupBy, String prefix) {
        List<GroupKey> keys = keys(groupBy);
        Ledger ledger = ledger(corridor, query, prefix);
        return keys.isEmpty() ? list(ledger) : grouped(ledger, keys);
    }

    /** One operation with every source's report and each disagreement, as {@code ledger show ID --format json} prints it. */
    public static ObjectNode operation(Corridor corridor, String id) {
        return LedgerJson.entry(corridor.ledger().find(id).orElseThrow(() -> new NotFoundException("no operation with id '" + id
                + "' is visible in this workspace; list them with `corridor ledger`", "no operation with id '" + id
                        + "' is visible in this workspace; list them at /api/v1/ledger")), true);
    }

    /** The located operations the query keeps as a GeoJSON FeatureCollection, as {@code ledger --format geojson} writes it. */
    public static String geojson(Corridor corridor, LedgerQuery query, String prefix) {
        java.io.StringWriter w = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(w);
        new org.corridor.ledger.io.GeoJsonWriter().write(ledger(corridor, query, prefix), out);
        out.flush();
        return w.toString();
    }

    /** Every operation the ledger holds, as {@code ledger --format json} lists them. */
    public static ArrayNode list(Ledger ledger) {
        ArrayNode json = EntityJson.JSON.createArrayNode();
        ledger.entries().forEach(e -> json.add(LedgerJson.entry(e, false)));
        return json;
    }

    /** The groups and the total, as {@code ledger --group-by KEYS --format json} prints them. */
    public static ObjectNode grouped(Ledger ledger, List<GroupKey> keys) {
        List<Grouping.Group> groups = Grouping.of(ledger, keys);
        Range total = ledger.totalDeaths();
        long unknown = ledger.entries().stream().filter(e -> e.deaths() == null).count();
        ObjectNode json = EntityJson.JSON.createObjectNode();
        ArrayNode by = json.putArray("group_by");
        keys.forEach(k -> by.add(k.column()));
        ArrayNode list = json.putArray("groups");
        for (Grouping.Group g : groups) {
            ObjectNode o = list.addObject();
            for (int i = 0; i < keys.size(); i++) {
                o.put(keys.get(i).column(), g.key().get(i));
            }
            o.put("events", g.events());
            o.set("deaths", LedgerJson.range(g.deaths()));
            o.put("without_figures", g.withoutFigures());
        }
        ObjectNode t = json.putObject("total");
        t.put("events", ledger.entries().size());
        t.set("deaths", LedgerJson.range(total));
        t.put("without_figures", unknown);
        return json;
    }

    /** A listing as both faces show it: the JSON, and the header and rows of the table and CSV. */
    public record Table(com.fasterxml.jackson.databind.JsonNode json, List<String> header, List<List<String>> rows) {
    }

    /**
     * Pairs of operations that may be one, reported by different sources within {@code window}
     * days; with {@code propose} they go to the review queue ({@code corridor ledger same}).
     */
    public static Table sameOperations(Corridor corridor, int window, boolean propose, String prefix) {
        if (window < 0 || window > 366) {
            throw new org.corridor.model.UsageException(prefix + "window must be between 0 and 366 days, got " + window);
        }
        ArrayNode json = EntityJson.JSON.createArrayNode();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (org.corridor.ledger.SameOperations.Pair p : corridor.sameOperations(window, propose)) {
            rows.add(List.of(p.left().id(), p.right().id(), String.format(java.util.Locale.ROOT, "%.2f", p.score()), p.explanation()));
            ObjectNode o = json.addObject();
            o.put("left", p.left().id());
            o.put("right", p.right().id());
            o.put("score", Math.round(p.score() * 100) / 100.0);
            o.put("explanation", p.explanation());
        }
        return new Table(json, List.of("left", "right", "score", "explanation"), rows);
    }

    /** The ledger's actors linked to listed parties by screening at {@code threshold} ({@code corridor ledger actors}). */
    public static Table actors(Corridor corridor, double threshold) {
        List<ActorLinks.Link> links = ActorLinks.of(corridor.ledger(), corridor.screening(
                org.corridor.resolve.score.ScoreOptions.DEFAULTS.withThreshold(threshold)));
        List<List<String>> rows = new java.util.ArrayList<>();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (ActorLinks.Link l : links) {
            boolean linked = l.listed() != null;
            rows.add(List.of(l.actor().id(), l.actor().name(), Long.toString(l.operations()), linked ? l.listed().entity().id() : "",
                    linked ? l.listed().entity().caption() : "",
                    linked ? String.format(java.util.Locale.ROOT, "%.3f", l.listed().score().value()) : "", String.join("; ", l.programs()),
                    linked ? "matched '" + l.listed().matchedName() + "': " + l.listed().score().explanation() : ""));
            ObjectNode o = json.addObject();
            o.put("actor_id", l.actor().id());
            o.put("actor", l.actor().name());
            o.put("operations", l.operations());
            if (linked) {
                ObjectNode listed = o.putObject("listed");
                listed.put("entity_id", l.listed().entity().id());
                listed.put("name", l.listed().entity().caption());
                listed.put("matched_name", l.listed().matchedName());
                listed.put("score", Math.round(l.listed().score().value() * 10000) / 10000.0);
                listed.put("scorer", l.listed().score().scorer());
                listed.put("explanation", l.listed().score().explanation());
                ArrayNode programs = listed.putArray("programs");
                l.programs().forEach(programs::add);
            }
        }
        return new Table(json, List.of("actor_id", "actor", "operations", "listed_id", "listed_name", "score", "programs", "explanation"), rows);
    }
}
