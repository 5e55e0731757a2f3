package org.corridor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.corridor.model.StorageException;
import org.corridor.model.UsageException;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.sqlite.SqliteStore;

/**
 * A workspace: a folder holding one SQLite database ({@value #DATABASE}, in WAL mode) plus files
 * derived from it, which can always be rebuilt.
 */
public final class Workspace {
    public static final String DATABASE = "corridor.db";

    private Workspace() {
    }

    /** Opens the workspace in {@code dir}, creating and migrating it as needed. */
    public static Store open(Path dir) {
        return open(dir, SchemaRegistry.standard(), Clock.systemUTC());
    }

    public static Store open(Path dir, SchemaRegistry registry, Clock clock) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("workspace " + dir + " is a file, not a folder; pass --workspace a folder path");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException("workspace " + dir + " could not be created (" + e.getMessage()
                    + "); choose a writable folder with --workspace", e);
        }
        return SqliteStore.open(dir.resolve(DATABASE), registry, clock);
    }
}
