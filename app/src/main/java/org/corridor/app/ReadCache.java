package org.corridor.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.corridor.store.Workspace;

/**
 * What is costly to derive from a workspace (its ledger, its name index) kept between the requests
 * of one process for as long as the workspace does not change, per reader (labels decide what is
 * seen). A change is any commit: it grows the write-ahead log or rewrites the database file, so
 * the two files' sizes and modification times are the version. A value built while the version
 * moved is used once and not kept. The command line opens, reads and exits, so this matters to
 * {@code corridor serve}, where every request opens the workspace afresh.
 */
final class ReadCache {
    private record Key(Path workspace, boolean all, Set<String> tokens, String kind) {
    }

    private record Entry(List<Object> version, Object value, long at) {
    }

    /** Workspaces × readers × kinds kept at once; a process that opens many workspaces (a test run) keeps only the latest. */
    private static final int KEPT = 8;

    private static final ConcurrentHashMap<Key, Entry> CACHE = new ConcurrentHashMap<>();
    /** One build per key at a time: the requests that find it missing wait for it instead of each building their own. */
    private static final ConcurrentHashMap<Key, Object> BUILDING = new ConcurrentHashMap<>();

    private ReadCache() {
    }

    @SuppressWarnings("unchecked")
    static <T> T get(CorridorConfig config, String kind, Supplier<T> build) {
        Path ws = config.workspace().toAbsolutePath().normalize();
        Key key = new Key(ws, config.authorizations().isAll(), new TreeSet<>(config.authorizations().tokens()), kind);
        Entry e = CACHE.get(key);
        if (e != null && e.version().equals(version(ws))) {
            return (T) e.value();
        }
        synchronized (BUILDING.computeIfAbsent(key, k -> new Object())) {
            List<Object> version = version(ws);
            e = CACHE.get(key);
            if (e != null && e.version().equals(version)) {
                return (T) e.value();
            }
            T value = build.get();
            if (version.equals(version(ws))) {
                CACHE.put(key, new Entry(version, value, System.nanoTime()));
                while (CACHE.size() > KEPT) {
                    CACHE.entrySet().stream().min(java.util.Comparator.comparingLong(x -> x.getValue().at()))
                            .ifPresent(oldest -> CACHE.remove(oldest.getKey(), oldest.getValue()));
                }
            }
            return value;
        }
    }

    private static List<Object> version(Path ws) {
        return List.of(stamp(ws.resolve(Workspace.DATABASE)), stamp(ws.resolve(Workspace.DATABASE + "-wal")));
    }

    /**
     * A file's size, modification time and identity. An empty or missing log is one state: SQLite
     * deletes the log when its last connection closes and creates an empty one at the next
     * opening, which changes nothing that is stored.
     */
    private static List<Object> stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.size() == 0 && file.getFileName().toString().endsWith("-wal")) {
                return List.of("empty");
            }
            return List.of(a.size(), a.lastModifiedTime().toMillis(), a.lastModifiedTime().toInstant().getNano(), a.fileKey() == null ? ""
                    : a.fileKey());
        } catch (IOException e) {
            return List.of(file.getFileName().toString().endsWith("-wal") ? "empty" : "absent");
        }
    }
}
