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
}
