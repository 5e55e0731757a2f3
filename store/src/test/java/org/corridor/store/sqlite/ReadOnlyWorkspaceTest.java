package org.corridor.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.model.CorridorException;
import org.corridor.model.UsageException;
import org.corridor.model.label.Authorizations;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.Store;
import org.corridor.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 13: reading commands open a workspace that must exist, and can read one they
 * cannot write. (Tests run as root, for whom file permissions do not stop a write, so the choice
 * between the two openings is not exercised here; the read-only opening itself is.)
 */
class ReadOnlyWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aMistypedWorkspaceIsAnErrorAndIsNotCreated() {
        Path missing = dir.resolve("typo");
        assertThatThrownBy(() -> Workspace.openExisting(missing, SchemaRegistry.standard(), SqliteStoreTest.FROZEN))
                .isInstanceOf(UsageException.class).hasMessageContaining("holds no Corridor database");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aWorkspaceOpenedReadOnlyReadsEverythingAndRefusesWrites() throws Exception {
        Path ws = dir.resolve("ws");
        try (Store store = Workspace.open(ws, SchemaRegistry.standard(), SqliteStoreTest.FROZEN)) {
            SqliteStoreTest.write(store, SqliteStoreTest.cartel(""));
        }
        // a closed WAL workspace keeps only its database file and the writers' lock file
        try (var files = Files.list(ws)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(Workspace.DATABASE, org.corridor.store.WorkspaceLock.FILE);
        }
        try (Store store = SqliteStore.openReadOnly(ws.resolve(Workspace.DATABASE), SchemaRegistry.standard(), SqliteStoreTest.FROZEN)) {
            assertThat(store.view(Authorizations.ALL).summary().entities()).isEqualTo(2);
            assertThatThrownBy(() -> SqliteStoreTest.write(store, List.of(SqliteStoreTest.st("x-1", "Person", "name", "Ana", ""))))
                    .isInstanceOf(CorridorException.class);
        }
        try (var files = Files.list(ws)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(Workspace.DATABASE, org.corridor.store.WorkspaceLock.FILE);
        }
    }
}
