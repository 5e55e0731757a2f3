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
 * A workspace: a folder holding one SQLite database ({@value #DATABASE}, in WAL mode), the lock
 * file writers take turns on ({@value WorkspaceLock#FILE}), plus files derived from the database,
 * which can always be rebuilt.
 */
public final class Workspace {
    public static final String DATABASE = "corridor.db";

    private Workspace() {
    }

    /** Opens the workspace in {@code dir}, creating and migrating it as needed. */
    public static Store open(Path dir) {
        return open(dir, SchemaRegistry.standard(), Clock.systemUTC());
    }

    /**
     * Opens a workspace that must already exist, for commands that only read: a mistyped
     * --workspace is an error rather than a new empty workspace, and a workspace this process
     * cannot write (a read-only folder or medium) is opened read-only instead of failing.
     */
    public static Store openExisting(Path dir, SchemaRegistry registry, Clock clock) {
        Path db = dir.resolve(DATABASE);
        if (!Files.isRegularFile(db)) {
            throw new UsageException("workspace " + dir + " holds no Corridor database (" + DATABASE
                    + "); check --workspace, or create the workspace with corridor ingest or corridor quickstart");
        }
        if (Files.isWritable(dir) && Files.isWritable(db)) {
            return SqliteStore.open(db, registry, clock);
        }
        return SqliteStore.openReadOnly(db, registry, clock);
    }

    public static Store open(Path dir, SchemaRegistry registry, Clock clock) {
        return open(dir, registry, clock, WorkspaceLock.Waiting.SILENT);
    }

    /**
     * Opens the workspace for writing, holding its write lock until the store is closed: a second
     * writer (another process) waits, and {@code waiting} is told once that it does.
     */
    public static Store open(Path dir, SchemaRegistry registry, Clock clock, WorkspaceLock.Waiting waiting) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("workspace " + dir + " is a file, not a folder; pass --workspace a folder path");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException("workspace " + dir + " could not be created (" + e.getMessage()
                    + "); choose a writable folder with --workspace", e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(dir, waiting);
        try {
            return SqliteStore.open(dir.resolve(DATABASE), registry, clock, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }
}
