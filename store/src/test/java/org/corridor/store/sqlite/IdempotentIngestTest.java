package org.corridor.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corridor.model.Statement;
import org.corridor.model.label.Authorizations;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.Store;
import org.corridor.store.Workspace;

class IdempotentIngestTest {

    @Provide
    Arbitrary<List<Statement>> files() {
        Arbitrary<Statement> statement = Combinators.combine(
                Arbitraries.of("p-1", "p-2", "p-3"), Arbitraries.of("name", "alias", "notes"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), Arbitraries.of("", "a", "a|b"))
                .as((id, prop, value, label) -> SqliteStoreTest.st(id, "Person", prop, value, label));
        return statement.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 25)
    void ingestingAFileTwiceAddsNothingTheSecondTime(@ForAll("files") List<Statement> file) throws IOException {
        Path dir = Files.createTempDirectory("corridor-prop");
        try (Store store = Workspace.open(dir, SchemaRegistry.standard(), SqliteStoreTest.FROZEN)) {
            long first = SqliteStoreTest.write(store, file).statementsAdded();
            long distinct = file.stream().map(Statement::id).distinct().count();
            assertThat(first).isEqualTo(distinct);
            assertThat(SqliteStoreTest.write(store, file).statementsAdded()).isZero();
            assertThat(store.view(Authorizations.ALL).summary().statements()).isEqualTo(distinct);
        } finally {
            // jqwik has no per-try @TempDir; without this every run left 25 workspaces in /tmp
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
