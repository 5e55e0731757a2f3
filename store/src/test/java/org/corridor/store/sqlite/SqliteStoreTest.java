package org.corridor.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.corridor.model.InputException;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.model.label.Authorizations;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.EntityFilter;
import org.corridor.store.FileWriter;
import org.corridor.store.IngestRecord;
import org.corridor.store.Store;
import org.corridor.store.StoreView;
import org.corridor.store.Workspace;
import org.corridor.store.WriteRequest;
import org.corridor.store.internal.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    static final Clock FROZEN = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Statement st(String entity, String schema, String prop, String value, String label) {
        return Statement.of(entity, schema, prop, value, "test-source", Location.line(1), 1.0, "2026-11-22T12:00:00Z", label);
    }

    static List<Statement> cartel(String label) {
        return List.of(st("ofac-11440", "Organization", "id", "ofac-11440", label),
                st("ofac-11440", "Organization", "name", "SINALOA CARTEL", label),
                st("ofac-11440", "Organization", "alias", "Cartel de Sinaloa", label),
                st("ofac-11440-sdn", "Sanction", "id", "ofac-11440-sdn", label),
                st("ofac-11440-sdn", "Sanction", "entity", "ofac-11440", label),
                st("ofac-11440-sdn", "Sanction", "program", "SDNTK", label));
    }

    static IngestRecord write(Store store, List<Statement> statements) {
        return store.write(WriteRequest.of("test-source", "file.jsonl", "sha", "ftm", "", "2026-11-22T12:00:00Z"),
                sink -> {
                    statements.forEach(sink::add);
                    return new FileWriter.Produced(2, 0);
                });
    }

    Store open() {
        return Workspace.open(dir.resolve("ws"), SchemaRegistry.standard(), FROZEN);
    }

    @Test
    void anEmptyFolderBecomesAWorkspaceAtTheLatestSchemaVersion() throws Exception {
        try (Store store = open()) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.ALL.size());
        }
        assertThat(dir.resolve("ws/corridor.db")).isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ws/corridor.db"));
                ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void reopeningAppliesNoMigrationTwice() throws Exception {
        open().close();
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ws/corridor.db"));
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM schema_version")) {
            assertThat(rs.getInt(1)).isEqualTo(Migrations.ALL.size());
        }
    }

    @Test
    void writingTheSameStatementsAgainAddsNothing() {
        try (Store store = open()) {
            assertThat(write(store, cartel("")).statementsAdded()).isEqualTo(6);
            IngestRecord again = write(store, cartel(""));
            assertThat(again.statementsAdded()).isZero();
            assertThat(again.statementsSeen()).isEqualTo(6);
            assertThat(store.view(Authorizations.ALL).summary().statements()).isEqualTo(6);
        }
    }

    @Test
    void aWriterThatFailsLeavesNothingOfItsFile() {
        try (Store store = open()) {
            write(store, cartel(""));
            assertThatThrownBy(() -> store.write(WriteRequest.of("s", "bad.csv", "x", "csv", "", "t"), sink -> {
                for (int i = 0; i < 20_000; i++) {
                    sink.add(st("e-" + i, "Person", "name", "Name " + i, ""));
                }
                throw new InputException("bad.csv line 20001: broken");
            })).isInstanceOf(InputException.class).hasMessage("bad.csv line 20001: broken");
            StoreView view = store.view(Authorizations.ALL);
            assertThat(view.summary().statements()).isEqualTo(6);
            assertThat(view.ingests()).hasSize(1);
            assertThat(view.entity("e-1")).isEmpty();
        }
    }

    @Test
    void writesCommittedTogetherKeepEachOneWholeAndUndoOnlyTheOneThatFailed() {
        try (Store store = open()) {
            store.together(() -> {
                write(store, cartel(""));
                assertThatThrownBy(() -> store.write(WriteRequest.of("s", "bad.txt", "x", "text", "secret", "t"), sink -> {
                    sink.add(st("e-1", "Person", "name", "Half Written", "secret"));
                    throw new InputException("bad.txt: broken");
                })).isInstanceOf(InputException.class);
                write(store, List.of(st("e-2", "Person", "name", "Second Person", "")));
                return null;
            });
            StoreView view = store.view(Authorizations.ALL);
            assertThat(view.entity("e-1")).isEmpty();
            assertThat(view.entity("e-2")).isPresent();
            assertThat(view.summary().statements()).isEqualTo(7);
            assertThat(view.ingests()).hasSize(2);
        }
        try (Store reopened = open()) {
            assertThat(reopened.view(Authorizations.ALL).summary().statements()).isEqualTo(7);
        }
    }

    @Test
    void workThatThrowsKeepsNothingItWroteAndLaterWritesReuseNoRolledBackIds() {
        try (Store store = open()) {
            write(store, cartel(""));
            assertThatThrownBy(() -> store.together(() -> {
                write(store, List.of(st("e-1", "Person", "name", "Rolled Back", "secret")));
                throw new IllegalStateException("stopped");
            })).isInstanceOf(IllegalStateException.class).hasMessage("stopped");
            assertThat(store.view(Authorizations.ALL).entity("e-1")).isEmpty();
            // the label "secret" was first stored inside the rolled-back batch; writing it again must store it again
            write(store, List.of(st("e-3", "Person", "name", "Labelled Later", "secret")));
            assertThat(store.view(Authorizations.ALL).entity("e-3").orElseThrow().statements())
                    .allSatisfy(s -> assertThat(s.label()).isEqualTo("secret"));
            assertThat(store.view(Authorizations.NONE).entity("e-3")).isEmpty();
        }
    }

    @Test
    void entitiesAggregateTheirStatementsInOrder() {
        try (Store store = open()) {
            write(store, cartel(""));
            var entity = store.view(Authorizations.ALL).entity("ofac-11440").orElseThrow();
            assertThat(entity.schema().name()).isEqualTo("Organization");
            assertThat(entity.caption()).isEqualTo("SINALOA CARTEL");
            assertThat(entity.values("alias")).containsExactly("Cartel de Sinaloa");
            assertThat(entity.statements()).allSatisfy(s -> assertThat(s.location()).isEqualTo(Location.line(1)));
        }
    }

    @Test
    void aViewShowsOnlyWhatTheReadersAuthorisationsAllow() {
        try (Store store = open()) {
            List<Statement> statements = new ArrayList<>(cartel(""));
            statements.add(st("ofac-11440", "Organization", "notes", "informant says X", "partner-a&sensitive"));
            statements.add(st("hidden-1", "Person", "id", "hidden-1", "partner-b"));
            statements.add(st("hidden-1", "Person", "name", "Hidden Person", "partner-b"));
            write(store, statements);

            StoreView publicView = store.view(Authorizations.NONE);
            assertThat(publicView.entity("ofac-11440").orElseThrow().values("notes")).isEmpty();
            assertThat(publicView.entity("hidden-1")).isEmpty();
            assertThat(publicView.entities(new EntityFilter(null, "hidden person", 0))).isEmpty();
            assertThat(publicView.summary().entities()).isEqualTo(2);

            StoreView partnerA = store.view(Authorizations.of("partner-a", "sensitive"));
            assertThat(partnerA.entity("ofac-11440").orElseThrow().values("notes")).containsExactly("informant says X");
            assertThat(partnerA.entity("hidden-1")).isEmpty();

            StoreView partnerB = store.view(Authorizations.of("partner-b"));
            assertThat(partnerB.entity("hidden-1").orElseThrow().caption()).isEqualTo("Hidden Person");
            assertThat(store.view(Authorizations.ALL).summary().entities()).isEqualTo(3);
        }
    }

    @Test
    void aSanctionIsFoundFromTheEntityItNames() {
        try (Store store = open()) {
            write(store, cartel(""));
            assertThat(store.view(Authorizations.ALL).referencing("ofac-11440")).extracting(e -> e.id())
                    .containsExactly("ofac-11440-sdn");
        }
    }

    @Test
    void nameQueriesMatchEveryWordIgnoringCaseAndAccentsBestFirst() {
        try (Store store = open()) {
            List<Statement> statements = new ArrayList<>(cartel(""));
            statements.add(st("other", "Organization", "id", "other", ""));
            statements.add(st("other", "Organization", "name", "SINALOA CARTEL FINANCE NETWORK", ""));
            statements.add(st("cjng", "Organization", "id", "cjng", ""));
            statements.add(st("cjng", "Organization", "name", "Cártel de Jalisco Nueva Generación", ""));
            write(store, statements);
            StoreView view = store.view(Authorizations.ALL);
            assertThat(view.entities(new EntityFilter(null, "sinaloa cartel", 0))).extracting(e -> e.id())
                    .containsExactly("ofac-11440", "other");
            assertThat(view.entities(new EntityFilter(null, "cartel jalisco generacion", 0))).extracting(e -> e.id())
                    .containsExactly("cjng");
            assertThat(view.entities(new EntityFilter("Sanction", null, 0))).extracting(e -> e.id())
                    .containsExactly("ofac-11440-sdn");
        }
    }

    @Test
    void aViewMadeBeforeAnIngestStillReadsTheSourceAndTimesOfWhatCameLater() {
        try (Store store = open()) {
            StoreView early = store.view(Authorizations.ALL);
            write(store, cartel(""));
            Statement name = early.entity("ofac-11440").orElseThrow().statements().get(1);
            assertThat(name.source()).isEqualTo("test-source");
            assertThat(name.firstSeen()).isEqualTo("2026-11-22T12:00:00Z");
            assertThat(early.summary().statementsBySource()).containsEntry("test-source", 6L);
        }
    }

    @Test
    void exportOrderIsById() {
        try (Store store = open()) {
            write(store, cartel(""));
            List<String> ids = new ArrayList<>();
            store.view(Authorizations.ALL).forEachEntity(e -> ids.add(e.id()));
            assertThat(ids).containsExactly("ofac-11440", "ofac-11440-sdn");
        }
    }

    @Test
    void aFileThatIsNotADatabaseGetsAClearError() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        Files.writeString(dir.resolve("ws/corridor.db"), "this is not sqlite, just text that happens to sit here ".repeat(200));
        assertThatThrownBy(this::open).hasMessageContaining("could not be opened")
                .hasMessageContaining("check the folder is a Corridor workspace");
    }
}
