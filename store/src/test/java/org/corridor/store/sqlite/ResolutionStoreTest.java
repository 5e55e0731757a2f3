package org.corridor.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.corridor.model.Entity;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.model.UsageException;
import org.corridor.model.label.Authorizations;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.FileWriter;
import org.corridor.store.IngestRecord;
import org.corridor.store.Store;
import org.corridor.store.Workspace;
import org.corridor.store.WriteRequest;
import org.corridor.store.resolution.Candidate;
import org.corridor.store.resolution.Decision;
import org.corridor.store.resolution.DecisionRequest;
import org.corridor.store.resolution.MergeOnWrite;
import org.corridor.store.resolution.Resolutions;
import org.corridor.store.resolution.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionStoreTest {
    private static final String AT = "2026-11-23T10:00:00Z";

    @TempDir
    Path dir;

    private static Statement st(String source, String entity, String schema, String prop, String value) {
        return Statement.of(entity, schema, prop, value, source, Location.line(1), 1.0, AT, "");
    }

    /** One source's record of a cartel with its sanction, under the source's own ids. */
    private static List<Statement> record(String source, String prefix, String name) {
        String id = prefix + "-cartel";
        return List.of(st(source, id, "Organization", "id", id), st(source, id, "Organization", "name", name),
                st(source, prefix + "-sanction", "Sanction", "id", prefix + "-sanction"),
                st(source, prefix + "-sanction", "Sanction", "entity", id),
                st(source, prefix + "-sanction", "Sanction", "program", "SDNTK"));
    }

    private static void write(Store store, String source, List<Statement> statements) {
        store.write(WriteRequest.of(source, source + ".jsonl", "sha", "ftm", "", AT), sink -> {
            statements.forEach(sink::add);
            return new FileWriter.Produced(2, 0);
        });
    }

    private Store open() {
        return Workspace.open(dir.resolve("ws"), SchemaRegistry.standard(), SqliteStoreTest.FROZEN);
    }

    private static DecisionRequest same(String a, String b) {
        return new DecisionRequest(a, b, Verdict.SAME, 0.97, "test", "tester", AT);
    }

    /** Every row of the tables a merge touches, as text, in key order. */
    private List<String> dump() throws Exception {
        return dump("ws", false);
    }

    /** As {@link #dump()}, of the named workspace, with the decisions and the changes they made if asked. */
    private List<String> dump(String workspace, boolean decisions) throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> tables = new ArrayList<>(List.of("SELECT * FROM statement ORDER BY entity_id, id", "SELECT * FROM canonical ORDER BY entity_id"));
        if (decisions) {
            tables.addAll(List.of("SELECT * FROM canonical_change ORDER BY decision_id, entity_id", "SELECT * FROM decision ORDER BY id"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(workspace + "/corridor.db"))) {
            for (String sql : tables) {
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void aMergeRepointsStatementsAndReferencesAndUndoRestoresEveryRowExactly() throws Exception {
        try (Store store = open()) {
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            write(store, "b", record("b", "b", "Cartel de Sinaloa"));
            List<String> before = dump();
            Decision d = store.resolutions().decide(List.of(same("a-cartel", "b-cartel"))).get(0);

            assertThat(d.canonical()).startsWith("nk-");
            Entity merged = store.view(Authorizations.ALL).entity("a-cartel").orElseThrow();
            assertThat(merged.id()).isEqualTo(d.canonical());
            assertThat(merged.values("name")).containsExactlyInAnyOrder("SINALOA CARTEL", "Cartel de Sinaloa");
            assertThat(merged.referents()).containsExactly("a-cartel", "b-cartel");
            assertThat(store.view(Authorizations.ALL).sanctionsOf(d.canonical())).hasSize(2);
            assertThat(store.view(Authorizations.ALL).sanctionsOf("a-cartel")).isEmpty();

            store.resolutions().undo(OptionalLong.empty(), "tester", AT);
            assertThat(dump()).isEqualTo(before);
            assertThat(store.resolutions().decisions(0).get(0).undoneBy()).isEqualTo("tester");
        }
    }

    /** Every stated value of these properties from the sources the filter accepts, as readAs|party|schema|property|value. */
    private static List<String> stated(org.corridor.store.StoreView view, List<String> properties,
            java.util.function.Predicate<String> source) {
        List<String> out = new ArrayList<>();
        view.forEachStatedValue(properties, source, (readAs, party, schema, property, value) -> out.add(
                String.join("|", readAs, party, schema, property, value)));
        return out;
    }

    @Test
    void statedValuesComeUnderTheIdsTheyWereReadWithFromTheSourcesAskedFor() throws Exception {
        try (Store store = open()) {
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            write(store, "b", record("b", "b", "Cartel de Sinaloa"));
            org.corridor.store.StoreView view = store.view(Authorizations.ALL);
            String cluster = store.resolutions().decide(List.of(same("a-cartel", "b-cartel"))).get(0).canonical();
            // a source that names a-cartel without an id statement of its own states no name of it;
            // d, written after the view was opened, is asked for like the rest
            write(store, "c", List.of(st("c", "a-cartel", "Organization", "alias", "CDS")));
            write(store, "d", List.of(st("d", "d-group", "Organization", "id", "d-group"), st("d", "d-group", "Organization", "alias", "LOS D")));

            assertThat(stated(view, List.of("name", "alias"), source -> true)).containsExactlyInAnyOrder(
                    "a-cartel|" + cluster + "|Organization|name|SINALOA CARTEL", "b-cartel|" + cluster + "|Organization|name|Cartel de Sinaloa",
                    "d-group|d-group|Organization|alias|LOS D");
            assertThat(stated(view, List.of("name", "alias"), source -> !source.equals("b") && !source.equals("d"))).containsExactly(
                    "a-cartel|" + cluster + "|Organization|name|SINALOA CARTEL");
            assertThat(stated(view, List.of("alias"), "d"::equals)).containsExactly("d-group|d-group|Organization|alias|LOS D");
            assertThat(stated(view, List.of("name"), source -> false)).isEmpty();
            assertThat(stated(view, List.of("program"), "b"::equals)).containsExactly("b-sanction|b-sanction|Sanction|program|SDNTK");
        }
    }

    @Test
    void aFileReadAgainAfterAMergeLandsInTheClusterAndLeavesWithItsUndo() throws Exception {
        try (Store store = open()) {
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            write(store, "b", record("b", "b", "Cartel de Sinaloa"));
            List<String> before = dump();
            String cluster = store.resolutions().decide(List.of(same("a-cartel", "b-cartel"))).get(0).canonical();
            List<String> merged = dump();
            // the same file again adds nothing; a new fact about a merged id joins the cluster
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            assertThat(dump()).isEqualTo(merged);
            write(store, "c", List.of(st("c", "a-cartel", "Organization", "alias", "CDS"),
                    st("c", "c-sanction", "Sanction", "id", "c-sanction"), st("c", "c-sanction", "Sanction", "entity", "b-cartel")));
            assertThat(store.view(Authorizations.ALL).entity(cluster).orElseThrow().properties().get("alias")).containsExactly("CDS");
            assertThat(store.view(Authorizations.ALL).sanctionsOf(cluster)).hasSize(3);

            store.resolutions().undo(OptionalLong.empty(), "tester", AT);
            assertThat(store.view(Authorizations.ALL).entity("a-cartel").orElseThrow().properties().get("alias")).containsExactly("CDS");
            assertThat(store.view(Authorizations.ALL).sanctionsOf("b-cartel")).extracting(Entity::id)
                    .containsExactlyInAnyOrder("b-sanction", "c-sanction");
            assertThat(dump()).containsAll(before);
        }
    }

    @Test
    void clustersGrowAndUndoMustGoNewestFirst() throws Exception {
        try (Store store = open()) {
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            write(store, "b", record("b", "b", "Cartel de Sinaloa"));
            write(store, "c", record("c", "c", "CARTEL DE SINALOA"));
            List<String> start = dump();
            Resolutions r = store.resolutions();
            Decision first = r.decide(List.of(same("a-cartel", "b-cartel"))).get(0);
            List<String> afterFirst = dump();
            Decision second = r.decide(List.of(same("c-cartel", "b-cartel"))).get(0);
            assertThat(second.canonical()).isEqualTo(first.canonical());
            assertThat(store.view(Authorizations.ALL).entity("c-cartel").orElseThrow().referents())
                    .containsExactly("a-cartel", "b-cartel", "c-cartel");

            assertThatThrownBy(() -> r.undo(OptionalLong.of(first.id()), "tester", AT)).isInstanceOf(UsageException.class)
                    .hasMessageContaining("undo " + second.id() + " first");
            r.undo(OptionalLong.of(second.id()), "tester", AT);
            assertThat(dump()).isEqualTo(afterFirst);
            r.undo(OptionalLong.of(first.id()), "tester", AT);
            assertThat(dump()).isEqualTo(start);
        }
    }

    @Test
    void twoClustersMergeIntoOneAndSplitBackExactly() throws Exception {
        try (Store store = open()) {
            for (String s : List.of("a", "b", "c", "d")) {
                write(store, s, record(s, s, "SINALOA CARTEL " + s));
            }
            Resolutions r = store.resolutions();
            r.decide(List.of(same("a-cartel", "b-cartel"), same("c-cartel", "d-cartel")));
            List<String> twoClusters = dump();
            Decision joined = r.decide(List.of(same("a-cartel", "d-cartel"))).get(0);
            assertThat(store.view(Authorizations.ALL).entity("b-cartel").orElseThrow().referents()).hasSize(4);
            assertThat(store.view(Authorizations.ALL).entity("b-cartel").orElseThrow().id()).isEqualTo(joined.canonical());
            r.undo(OptionalLong.empty(), "tester", AT);
            assertThat(dump()).isEqualTo(twoClusters);
        }
    }

    @Test
    void theQueueLeavesOutDecidedAndMergedPairs() throws Exception {
        try (Store store = open()) {
            for (String s : List.of("a", "b", "c")) {
                write(store, s, record(s, s, "CARTEL " + s));
            }
            Resolutions r = store.resolutions();
            r.propose(List.of(new Candidate("b-cartel", "a-cartel", 0.9, "names-v1", "x", AT),
                    new Candidate("a-cartel", "c-cartel", 0.85, "names-v1", "y", AT),
                    new Candidate("b-cartel", "c-cartel", 0.82, "names-v1", "z", AT)));
            assertThat(r.queue(0)).extracting(Candidate::left, Candidate::right)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a-cartel", "b-cartel"),
                            org.assertj.core.groups.Tuple.tuple("a-cartel", "c-cartel"),
                            org.assertj.core.groups.Tuple.tuple("b-cartel", "c-cartel"));
            r.decide(List.of(new DecisionRequest("a-cartel", "c-cartel", Verdict.DIFFERENT, 0.85, "", "tester", AT)));
            r.decide(List.of(same("b-cartel", "c-cartel")));
            // b-c is merged; a-c was judged different, and with b and c one party that judgement settles a-b too
            assertThat(r.queue(0)).isEmpty();
            r.undo(OptionalLong.empty(), "tester", AT);
            assertThat(r.queue(0)).extracting(Candidate::left, Candidate::right)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a-cartel", "b-cartel"),
                            org.assertj.core.groups.Tuple.tuple("b-cartel", "c-cartel"));
            r.undo(OptionalLong.empty(), "tester", AT);
            assertThat(r.queue(0)).hasSize(3);
        }
    }

    @Test
    void aClusterGivenAnotherSchemaByAFileReadAgainIsCheckedWithIt() throws Exception {
        try (Store store = open()) {
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            write(store, "b", record("b", "b", "Cartel de Sinaloa"));
            write(store, "c", record("c", "c", "CARTEL DEL PACIFICO"));
            write(store, "d", record("d", "d", "GENTE NUEVA"));
            Resolutions r = store.resolutions();
            r.decide(List.of(same("a-cartel", "b-cartel"), same("a-cartel", "c-cartel")));
            // another source states the same id as a person: the cluster now holds a person's id statement
            write(store, "p", List.of(st("p", "a-cartel", "Person", "id", "a-cartel"), st("p", "a-cartel", "Person", "name", "Sinaloa")));
            assertThatThrownBy(() -> store.resolutions().decide(List.of(same("d-cartel", "b-cartel"))))
                    .isInstanceOf(UsageException.class).hasMessageContaining("cannot be one party")
                    .hasMessageContaining("Organization, Person");
            assertThat(store.resolutions().decisions(0)).hasSize(2);
        }
    }

    private static IngestRecord writeMerging(Store store, String source, List<Statement> statements, MergeOnWrite... merges) {
        return store.write(WriteRequest.of(source, source + ".jsonl", "sha", "ftm", "", AT).withMerges(List.of(merges)), sink -> {
            statements.forEach(sink::add);
            return new FileWriter.Produced(2, 0);
        });
    }

    private static MergeOnWrite onWrite(String arriving, String stored) {
        return new MergeOnWrite(same(arriving, stored), "Organization");
    }

    @Test
    void aMergeRecordedWithAWriteLeavesTheRowsAMergeAfterTheWriteWould() throws Exception {
        // the arriving side sorts before the stored one ("b" < "m") and after it ("x" > "m"), into a party and into a cluster
        try (Store after = Workspace.open(dir.resolve("after"), SchemaRegistry.standard(), SqliteStoreTest.FROZEN)) {
            write(after, "m", record("m", "m", "SINALOA CARTEL"));
            write(after, "b", record("b", "b", "Cartel de Sinaloa"));
            after.resolutions().decide(List.of(same("b-cartel", "m-cartel")));
            write(after, "x", record("x", "x", "Sinaloa Cartel"));
            after.resolutions().decide(List.of(same("x-cartel", "m-cartel")));
        }
        try (Store with = Workspace.open(dir.resolve("with"), SchemaRegistry.standard(), SqliteStoreTest.FROZEN)) {
            write(with, "m", record("m", "m", "SINALOA CARTEL"));
            List<String> listOnly = dump("with", false);
            IngestRecord b = writeMerging(with, "b", record("b", "b", "Cartel de Sinaloa"), onWrite("b-cartel", "m-cartel"));
            IngestRecord x = writeMerging(with, "x", record("x", "x", "Sinaloa Cartel"), onWrite("x-cartel", "m-cartel"));
            assertThat(b.merges()).extracting(MergeOnWrite.Outcome::status).containsExactly(MergeOnWrite.Status.MERGED);
            assertThat(x.merges()).extracting(MergeOnWrite.Outcome::status).containsExactly(MergeOnWrite.Status.MERGED);
            assertThat(dump("with", true)).isEqualTo(dump("after", true));

            // the same file again: the two are one party already, nothing more is recorded
            IngestRecord again = writeMerging(with, "x", record("x", "x", "Sinaloa Cartel"), onWrite("x-cartel", "m-cartel"));
            assertThat(again.merges()).extracting(MergeOnWrite.Outcome::status).containsExactly(MergeOnWrite.Status.ALREADY_ONE);
            assertThat(dump("with", true)).isEqualTo(dump("after", true));

            with.resolutions().undo(OptionalLong.empty(), "tester", AT);
            with.resolutions().undo(OptionalLong.empty(), "tester", AT);
            assertThat(with.view(Authorizations.ALL).entity("x-cartel").orElseThrow().values("name")).containsExactly("Sinaloa Cartel");
            assertThat(dump("with", false)).containsAll(listOnly);
        }
    }

    @Test
    void aMergeRefusedWithAWriteIsReportedAndTheWriteStands() throws Exception {
        try (Store store = open()) {
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            List<Statement> person = List.of(st("p", "p-1", "Person", "id", "p-1"), st("p", "p-1", "Person", "name", "Sinaloa"));
            IngestRecord p = writeMerging(store, "p", person, new MergeOnWrite(same("p-1", "a-cartel"), "Person"),
                    onWrite("p-2", "nobody"));
            assertThat(p.merges()).extracting(MergeOnWrite.Outcome::status)
                    .containsExactly(MergeOnWrite.Status.REFUSED, MergeOnWrite.Status.REFUSED);
            assertThat(p.merges().get(0).refusal()).contains("cannot be one party");
            assertThat(p.merges().get(1).refusal()).contains("there is no entity nobody");
            assertThat(store.view(Authorizations.ALL).entity("p-1").orElseThrow().id()).isEqualTo("p-1");
            assertThat(store.resolutions().decisions(0)).isEmpty();
        }
    }

    @Test
    void aWriteThatFailsTakesTheMergesRecordedWithItAlong() throws Exception {
        try (Store store = open()) {
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            List<String> before = dump();
            assertThatThrownBy(() -> store.write(WriteRequest.of("b", "b.jsonl", "sha", "ftm", "", AT)
                    .withMerges(List.of(onWrite("b-cartel", "a-cartel"))), sink -> {
                        record("b", "b", "Cartel de Sinaloa").forEach(sink::add);
                        throw new IllegalStateException("cut off");
                    })).hasMessageContaining("cut off");
            assertThat(dump()).isEqualTo(before);
            assertThat(store.resolutions().decisions(0)).isEmpty();
            // nothing of the rolled-back merge stands in the way of making it again
            writeMerging(store, "b", record("b", "b", "Cartel de Sinaloa"), onWrite("b-cartel", "a-cartel"));
            assertThat(store.resolutions().decisions(0)).hasSize(1);
        }
    }

    @Test
    void impossibleDecisionsAreRefusedAndNothingIsRecorded() throws Exception {
        try (Store store = open()) {
            write(store, "a", record("a", "a", "SINALOA CARTEL"));
            write(store, "p", List.of(st("p", "p-1", "Person", "id", "p-1"), st("p", "p-1", "Person", "name", "Sinaloa")));
            write(store, "b", record("b", "b", "Cartel de Sinaloa"));
            List<String> before = dump();
            Resolutions r = store.resolutions();
            assertThatThrownBy(() -> r.decide(List.of(same("a-cartel", "b-cartel"), same("a-cartel", "p-1"))))
                    .isInstanceOf(UsageException.class).hasMessageContaining("cannot be one party");
            assertThatThrownBy(() -> r.decide(List.of(same("a-cartel", "nobody"))))
                    .isInstanceOf(UsageException.class).hasMessageContaining("there is no entity nobody");
            assertThat(dump()).isEqualTo(before);
            assertThat(r.decisions(0)).isEmpty();
            r.decide(List.of(same("a-cartel", "b-cartel")));
            assertThatThrownBy(() -> r.decide(List.of(new DecisionRequest("a-cartel", "b-cartel", Verdict.DIFFERENT, Double.NaN,
                    "", "tester", AT)))).isInstanceOf(UsageException.class).hasMessageContaining("undo the merge first");
            assertThatThrownBy(() -> r.undo(OptionalLong.of(99), "tester", AT)).hasMessageContaining("no decision 99");
        }
    }
}
