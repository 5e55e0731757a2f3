package org.corridor.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.model.label.Authorizations;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.FileWriter;
import org.corridor.store.Store;
import org.corridor.store.Workspace;
import org.corridor.store.WriteRequest;
import org.corridor.store.resolution.DecisionRequest;
import org.corridor.store.resolution.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stated values a gazetteer is built from, read in one pass over the store's key order, are
 * the rows the former join of each value with its id statement gave, in the same order.
 */
class StatedValuesTest {
    private static final String AT = "2026-11-23T10:00:00Z";

    @TempDir
    Path dir;

    private static Statement st(String source, String entity, String schema, String prop, String value, String label) {
        return Statement.of(entity, schema, prop, value, source, Location.line(1), 1.0, AT, label);
    }

    private static void write(Store store, String source, List<Statement> statements) {
        store.write(WriteRequest.of(source, source + ".jsonl", "sha-" + source, "ftm", "", AT), sink -> {
            statements.forEach(sink::add);
            return new FileWriter.Produced(statements.size(), 0);
        });
    }

    @Test
    void onePassGivesTheRowsAndOrderOfTheJoinWithMergesSourcesAndLabels() throws Exception {
        try (Store store = Workspace.open(dir.resolve("ws"), SchemaRegistry.standard(), SqliteStoreTest.FROZEN)) {
            write(store, "list", List.of(st("list", "a", "Organization", "id", "a", ""), st("list", "a", "Organization", "name", "Los Alfa", ""),
                    st("list", "a", "Organization", "alias", "Alfa", ""), st("list", "b", "Person", "id", "b", ""),
                    st("list", "b", "Person", "name", "Bea Beta", ""), st("list", "b", "Person", "alias", "BB", "secret"),
                    st("list", "c", "Company", "name", "No Id Row", "")));
            // the same party in a second source, under another schema, and a name with no id statement of its source
            write(store, "registry", List.of(st("registry", "a", "LegalEntity", "id", "a", ""),
                    st("registry", "a", "LegalEntity", "abbreviation", "LA", ""), st("registry", "d", "Organization", "id", "d", ""),
                    st("registry", "d", "Organization", "name", "Delta Group", ""), st("registry", "d", "Organization", "alias", "Delta", "")));
            write(store, "late", List.of(st("late", "b", "Person", "name", "Beatriz Beta", "")));
            store.resolutions().decide(List.of(new DecisionRequest("a", "d", Verdict.SAME, 0.9, "test", "tester", AT)));
            for (Authorizations who : List.of(Authorizations.ALL, Authorizations.NONE)) {
                for (List<String> properties : List.of(List.of("name", "alias", "abbreviation"), List.of("name"), List.of("id", "name"))) {
                    List<String> got = new ArrayList<>();
                    store.view(who).forEachStatedValue(properties, source -> !source.equals("late"),
                            (entity, party, schema, property, value) -> got.add(String.join("|", entity, party, schema, property, value)));
                    assertThat(got).as(who + " " + properties).isEqualTo(joined(properties, who == Authorizations.ALL));
                }
            }
        }
    }

    /** The former query: each value joined with the id statement of its source and stated id. */
    private List<String> joined(List<String> properties, boolean all) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ws/corridor.db"))) {
            Map<Long, String> sources = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, source FROM origin")) {
                while (rs.next()) {
                    sources.put(rs.getLong(1), rs.getString(2));
                }
            }
            String labels = all ? "label_id IN (SELECT id FROM label)" : "label_id IN (SELECT id FROM label WHERE expr = '')";
            String sql = "SELECT coalesce(v.original_entity, v.entity_id), v.entity_id, i.schema, v.property, coalesce(v.original_value, v.value), "
                    + "v.first_origin FROM statement v JOIN statement i ON i.entity_id = v.entity_id AND i.property = 'id' "
                    + "AND i.first_origin = v.first_origin AND coalesce(i.original_entity, i.entity_id) = coalesce(v.original_entity, v.entity_id) "
                    + "AND i." + labels + " WHERE v." + labels + " AND v.property IN ('" + String.join("','", properties) + "') "
                    + "ORDER BY v.entity_id, v.id";
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    if (!sources.get(rs.getLong(6)).equals("late")) {
                        rows.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
        }
        return rows;
    }
}
