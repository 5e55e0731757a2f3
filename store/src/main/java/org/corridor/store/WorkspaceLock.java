package org.corridor.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.corridor.model.StorageException;

/**
 * One writer at a time per workspace, across processes: a command that writes holds an operating
 * system lock on {@value #FILE} in the workspace folder for as long as its workspace is open, and
 * a second writer waits its turn (saying so once) instead of failing on SQLite's "database is
 * locked" in the middle of its work. Readers take no lock: SQLite's WAL mode lets them read
 * while a writer writes. Within one process the lock is shared (counted), since the operating
 * system's locks belong to the process and SQLite already orders one process's connections.
 */
public final class WorkspaceLock implements AutoCloseable {
    public static final String FILE = "corridor.lock";
    /** How long a writer waits for another before giving up with a message. */
    public static final Duration PATIENCE = Duration.ofHours(2);
    private static final long POLL_MILLIS = 200;

    /** Told once when a writer has to wait for another. */
    @FunctionalInterface
    public interface Waiting {
        void waiting(Path workspace);

        Waiting SILENT = workspace -> {
        };
    }

    private record Held(FileChannel channel, FileLock lock, int count) {
    }

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path key;
    private boolean released;

    private WorkspaceLock(Path key) {
        this.key = key;
    }

    /** Takes the workspace's write lock, waiting for another process that holds it. */
    public static WorkspaceLock acquire(Path workspace, Waiting waiting) {
        return acquire(workspace, waiting, PATIENCE);
    }

    static WorkspaceLock acquire(Path workspace, Waiting waiting, Duration patience) {
        Path key = key(workspace);
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held != null) {
                HELD.put(key, new Held(held.channel(), held.lock(), held.count() + 1));
                return new WorkspaceLock(key);
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                long deadline = System.nanoTime() + patience.toNanos();
                boolean told = false;
                FileLock lock;
                while ((lock = channel.tryLock()) == null) {
                    if (!told) {
                        waiting.waiting(key);
                        told = true;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new StorageException("workspace " + workspace + " has been written by another corridor command for over "
                                + patience.toMinutes() + " minutes; wait for it to finish or stop it, then run this again", null);
                    }
                    Thread.sleep(POLL_MILLIS);
                }
                HELD.put(key, new Held(channel, lock, 1));
                return new WorkspaceLock(key);
            } catch (IOException e) {
                close(channel);
                throw new StorageException("workspace " + workspace + " cannot be locked for writing (" + e.getMessage()
                        + "); check the folder is writable", e);
            } catch (InterruptedException e) {
                close(channel);
                Thread.currentThread().interrupt();
                throw new StorageException("stopped while waiting for another corridor command to finish writing workspace " + workspace, e);
            } catch (RuntimeException e) {
                close(channel);
                throw e;
            }
        }
    }

    /** The folder's real path, so that two spellings of one workspace share one entry. */
    private static Path key(Path workspace) {
        try {
            return workspace.toRealPath();
        } catch (IOException e) {
            return workspace.toAbsolutePath().normalize();
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(key);
            if (held == null) {
                return;
            }
            if (held.count() > 1) {
                HELD.put(key, new Held(held.channel(), held.lock(), held.count() - 1));
                return;
            }
            HELD.remove(key);
            try {
                held.lock().release();
            } catch (IOException ignored) {
                // closing the channel releases the lock as well
            }
            close(held.channel());
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was written through it
            }
        }
    }
}
