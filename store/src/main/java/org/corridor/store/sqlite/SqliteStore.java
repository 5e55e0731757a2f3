package org.corridor.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.CorridorException;
import org.corridor.model.Statement;
import org.corridor.model.StorageException;
import org.corridor.model.label.Authorizations;
import org.corridor.model.label.LabelExpression;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.FileWriter;
import org.corridor.store.IngestRecord;
import org.corridor.store.Store;
import org.corridor.store.StoreView;
import org.corridor.store.WriteRequest;
import org.corridor.store.resolution.MergeOnWrite;
import org.corridor.store.resolution.Resolutions;
import org.corridor.store.internal.Migrations;

/** The embedded store: one SQLite file in WAL mode, a transaction per ingested file. */
public final class SqliteStore implements Store {
    private static final int BATCH = 4096;
    private static final int COLUMNS = 15;
    /** Rows per INSERT: one statement per 32 rows cut the write by 7-10% (docs/benchmarks.md). */
    private static final int ROWS = 32;
    private static final String INSERT_ONE = insert(1);
    private static final String INSERT_CHUNK = insert(ROWS);
    private static final String TOUCH = "UPDATE statement SET last_origin = ? WHERE entity_id = ? AND id = ? "
            + "AND (SELECT seen FROM origin WHERE origin.id = statement.last_origin) < ?";

    private static String insert(int rows) {
        String row = "(" + "?,".repeat(COLUMNS - 1) + "?)";
        return "INSERT INTO statement (entity_id, id, seq, schema, property, value, is_ref, location, confidence, "
                + "first_origin, last_origin, label_id, ingest_id, original_entity, original_value) VALUES " + String.join(",", Collections.nCopies(rows, row))
                + " ON CONFLICT (entity_id, id) DO NOTHING";
    }

    private final Path file;
    private final Connection connection;
    private final SchemaRegistry registry;
    private final Clock clock;
    private final int version;
    /** Label and origin rows are never changed or deleted, so their ids, once committed, are remembered. */
    private final Map<String, Integer> committedLabels = new HashMap<>();
    private final Map<String, Long> committedOrigins = new HashMap<>();
    /** Inside {@link #together}: the label and origin keys remembered since it began, to forget if it rolls back. */
    private List<String> labelsInBatch;
    private List<String> originsInBatch;
    /** The INSERT statements, prepared once per connection: preparing them for every file cost as much as a small file's rows. */
    private PreparedStatement insertChunk;
    private PreparedStatement insertOne;
    private PreparedStatement touchSeen;
    private final PreparedCache prepared;
    /** Kept between merges on this (the writing) connection; forgotten by whatever else changes a cluster's schemata. */
    private final ClusterSchemata clusterSchemata = new ClusterSchemata();

    /** The workspace's write lock, released on close; null when opened without one. */
    private AutoCloseable held;

    private SqliteStore(Path file, Connection connection, SchemaRegistry registry, Clock clock, int version) {
        this.file = file;
        this.connection = connection;
        this.registry = registry;
        this.clock = clock;
        this.version = version;
        this.prepared = new PreparedCache(connection);
    }

    public static SqliteStore open(Path file, SchemaRegistry registry, Clock clock) {
        return open(file, registry, clock, null);
    }

    /**
     * Opens the database for writing; {@code held} (the workspace's write lock) is released when
     * the store closes. Transactions begin IMMEDIATE, so a writer that must wait for another
     * waits at its start (SQLite's busy timeout) rather than failing when it first writes.
     */
    public static SqliteStore open(Path file, SchemaRegistry registry, Clock clock, AutoCloseable held) {
        Connection connection = null;
        try {
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("transaction_mode", "IMMEDIATE");
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("PRAGMA busy_timeout = 15000");
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("PRAGMA cache_size = -65536");
                st.execute("PRAGMA temp_store = MEMORY");
            }
            int version = Migrations.apply(connection);
            SqliteStore store = new SqliteStore(file, connection, registry, clock, version);
            store.held = held;
            return store;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException("workspace database " + file + " could not be opened (" + e.getMessage()
                    + "); check the folder is a Corridor workspace and not in use by another program", e);
        }
    }

    /**
     * Opens an existing workspace database that this process may not write (a read-only folder or
     * medium): SQLite's immutable mode, which needs neither the WAL nor a shared-memory file, so
     * reads work where WAL mode cannot create its files. Nothing may change the file meanwhile.
     */
    public static SqliteStore openReadOnly(Path file, SchemaRegistry registry, Clock clock) {
        Connection connection = null;
        try {
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
            connection = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath()
                    + "?immutable=1", properties);
            int version = org.corridor.store.internal.Migrations.current(connection);
            if (version != org.corridor.store.internal.Migrations.ALL.size()) {
                throw new org.corridor.model.StorageException("workspace database " + file + " is read-only here and at schema version "
                        + version + ", not " + org.corridor.store.internal.Migrations.ALL.size()
                        + "; open it once where it can be written, so Corridor can upgrade it", null);
            }
            return new SqliteStore(file, connection, registry, clock, version);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException("workspace database " + file + " could not be opened read-only (" + e.getMessage()
                    + "); check the folder is a Corridor workspace", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public Path location() {
        return file.getParent();
    }

    @Override
    public int schemaVersion() {
        return version;
    }

    @Override
    public synchronized IngestRecord write(WriteRequest request, FileWriter writer) {
        Map<String, Integer> labelIds = new HashMap<>();
        Map<String, Long> originIds = new HashMap<>();
        try {
            IngestRecord record = Transaction.run(connection, () -> writeInTransaction(request, writer, labelIds, originIds));
            remember(labelIds, committedLabels, labelsInBatch);
            remember(originIds, committedOrigins, originsInBatch);
            return record;
        } catch (SQLException e) {
            clusterSchemata.forget(); // the merges and id statements of the write were rolled back with it
            throw new StorageException("writing " + request.path() + " to the workspace failed (" + e.getMessage()
                    + "); nothing of it was stored, try again", e);
        } catch (RuntimeException e) {
            clusterSchemata.forget();
            throw e;
        }
    }

    @Override
    public synchronized <T> T together(java.util.function.Supplier<T> work) {
        if (labelsInBatch != null) {
            return work.get();
        }
        labelsInBatch = new java.util.ArrayList<>();
        originsInBatch = new java.util.ArrayList<>();
        try {
            return Transaction.run(connection, work::get);
        } catch (SQLException | RuntimeException e) {
            // ids remembered inside the batch were rolled back with it, and so were its merges
            clusterSchemata.forget();
            labelsInBatch.forEach(committedLabels::remove);
            originsInBatch.forEach(committedOrigins::remove);
            if (e instanceof SQLException) {
                throw new StorageException("committing to the workspace failed (" + e.getMessage() + "); nothing of this batch was "
                        + "stored, try again", e);
            }
            throw (RuntimeException) e;
        } finally {
            labelsInBatch = null;
            originsInBatch = null;
        }
    }

    private static <V> void remember(Map<String, V> ids, Map<String, V> committed, List<String> batch) {
        for (Map.Entry<String, V> e : ids.entrySet()) {
            if (committed.putIfAbsent(e.getKey(), e.getValue()) == null && batch != null) {
                batch.add(e.getKey());
            }
        }
    }

    private IngestRecord writeInTransaction(WriteRequest request, FileWriter writer, Map<String, Integer> labelIds,
            Map<String, Long> originIds) throws SQLException {
        long ingestId = nextIngestId();
        long[] seq = {counter("seq")};
        long[] seen = {0};
        long[] added = {0};
        FileWriter.Produced produced;
        if (insertChunk == null) {
            insertChunk = connection.prepareStatement(INSERT_CHUNK);
            insertOne = connection.prepareStatement(INSERT_ONE);
            touchSeen = connection.prepareStatement(TOUCH);
        }
        PreparedStatement chunk = insertChunk;
        PreparedStatement one = insertOne;
        PreparedStatement touch = touchSeen;
        List<MergeOnWrite.Outcome> merges = new java.util.ArrayList<>();
        if (!request.merges().isEmpty()) {
            SqliteResolutions resolutions = new SqliteResolutions(connection, prepared, registry, clusterSchemata, this);
            for (MergeOnWrite merge : request.merges()) {
                merges.add(resolutions.mergeOnWrite(merge));
            }
        }
        try {
            CanonicalIds canonical = CanonicalIds.open(prepared);
            Pipeline.BatchConsumer insert = batch -> {
                int whole = batch.size() / ROWS * ROWS;
                for (int i = 0; i < batch.size(); i++) {
                    Statement s = batch.get(i);
                    boolean inChunk = i < whole;
                    bind(inChunk ? chunk : one, inChunk ? (i % ROWS) * COLUMNS : 0, s, ++seq[0],
                            labelId(s.label(), labelIds), originId(s.source(), s.firstSeen(), originIds),
                            originId(s.source(), s.lastSeen(), originIds), ingestId, canonical);
                    if (!inChunk || i % ROWS == ROWS - 1) {
                        (inChunk ? chunk : one).addBatch();
                    }
                }
                // each result counts the rows an INSERT added; where it added fewer than it held, some were
                // already stored and were only seen again, so their last-seen origin moves forward
                boolean touched = false;
                int[] chunks = whole > 0 ? chunk.executeBatch() : new int[0];
                int[] singles = whole < batch.size() ? one.executeBatch() : new int[0];
                for (int c = 0; c < chunks.length; c++) {
                    added[0] += chunks[c];
                    if (chunks[c] < ROWS) {
                        for (int i = c * ROWS; i < (c + 1) * ROWS; i++) {
                            touched |= addTouch(touch, batch.get(i), originIds, canonical);
                        }
                    }
                }
                for (int i = 0; i < singles.length; i++) {
                    added[0] += singles[i];
                    if (singles[i] == 0) {
                        touched |= addTouch(touch, batch.get(whole + i), originIds, canonical);
                    }
                }
                if (touched) {
                    touch.executeBatch();
                }
                seen[0] += batch.size();
            };
            produced = request.document() != null ? Pipeline.inline(writer, BATCH, insert) : Pipeline.run(writer, BATCH, insert);
        } catch (SQLException | RuntimeException e) {
            chunk.clearBatch();
            one.clearBatch();
            touch.clearBatch();
            throw e;
        }
        setCounter("seq", seq[0]);
        String finished = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        IngestRecord record = new IngestRecord(ingestId, request.source(), request.path(), request.sha256().get(),
                request.format(), request.label(), request.startedAt(), finished, produced.entities(), seen[0], added[0],
                produced.skipped(), merges);
        PreparedStatement ps = prepared.get("INSERT INTO ingest (id, source, path, sha256, format, "
                + "label, started_at, finished_at, entities, statements_seen, statements_added, skipped) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        ps.setLong(1, record.id());
        ps.setString(2, record.source());
        ps.setString(3, record.path());
        ps.setString(4, record.sha256());
        ps.setString(5, record.format());
        ps.setString(6, record.label());
        ps.setString(7, record.startedAt());
        ps.setString(8, record.finishedAt());
        ps.setLong(9, record.entities());
        ps.setLong(10, record.statementsSeen());
        ps.setLong(11, record.statementsAdded());
        ps.setLong(12, record.skipped());
        ps.executeUpdate();
        org.corridor.store.DocumentText doc = request.document();
        if (doc != null) {
            PreparedStatement row = prepared.get("INSERT OR REPLACE INTO document (source, label, title, published, "
                    + "url, language, format, body) VALUES (?,?,?,?,?,?,?,?)");
            row.setString(1, doc.source());
            row.setString(2, doc.label());
            row.setString(3, doc.title());
            row.setString(4, doc.published());
            row.setString(5, doc.url());
            row.setString(6, doc.language());
            row.setString(7, doc.format());
            row.setString(8, doc.body());
            row.executeUpdate();
        }
        return record;
    }

    private void bind(PreparedStatement ps, int offset, Statement s, long seq, int labelId, long firstOrigin,
            long lastOrigin, long ingestId, CanonicalIds canonical) throws SQLException {
        String movedTo = canonical.movedTo(s.entityId());
        if (movedTo != null && s.property().equals("id")) {
            clusterSchemata.written(movedTo, s.schema()); // a record of a merged party read again may bring its cluster another schema
        }
        boolean reference = isReference(s);
        String valueMovedTo = reference ? canonical.movedTo(s.value()) : null;
        ps.setString(offset + 1, movedTo != null ? movedTo : s.entityId());
        ps.setString(offset + 2, s.id());
        ps.setLong(offset + 3, seq);
        ps.setString(offset + 4, s.schema());
        ps.setString(offset + 5, s.property());
        ps.setString(offset + 6, valueMovedTo != null ? valueMovedTo : s.value());
        ps.setInt(offset + 7, reference ? 1 : 0);
        ps.setString(offset + 8, s.location().toString());
        ps.setDouble(offset + 9, s.confidence());
        ps.setLong(offset + 10, firstOrigin);
        ps.setLong(offset + 11, lastOrigin);
        ps.setInt(offset + 12, labelId);
        ps.setLong(offset + 13, ingestId);
        ps.setString(offset + 14, movedTo != null ? s.entityId() : null);
        ps.setString(offset + 15, valueMovedTo != null ? s.value() : null);
    }

    private boolean addTouch(PreparedStatement touch, Statement s, Map<String, Long> originIds, CanonicalIds canonical)
            throws SQLException {
        touch.setLong(1, originId(s.source(), s.lastSeen(), originIds));
        touch.setString(2, canonical.of(s.entityId()));
        touch.setString(3, s.id());
        touch.setString(4, seen(s.lastSeen()));
        touch.addBatch();
        return true;
    }

    /** A statement without a seen time is stored with the empty time, which sorts before every real one. */
    static String seen(String time) {
        return time == null ? "" : time;
    }

    private long originId(String source, String seenTime, Map<String, Long> cache) throws SQLException {
        String time = seen(seenTime);
        String key = source + '\u001f' + time;
        Long cached = committedOrigins.get(key);
        if (cached == null) {
            cached = cache.get(key);
        }
        if (cached != null) {
            return cached;
        }
        long id = intern("origin", List.of("source", "seen"), List.of(source, time));
        cache.put(key, id);
        return id;
    }

    /** The id of the row holding these values in a small lookup table, inserting it first if missing. */
    private long intern(String table, List<String> columns, List<String> values) throws SQLException {
        String names = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        PreparedStatement ps = prepared.get("INSERT INTO " + table + " (" + names + ") VALUES ("
                + marks + ") ON CONFLICT (" + names + ") DO NOTHING");
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
        ps.executeUpdate();
        PreparedStatement select = prepared.get("SELECT id FROM " + table + " WHERE "
                + String.join(" AND ", columns.stream().map(c -> c + " = ?").toList()));
        for (int i = 0; i < values.size(); i++) {
            select.setString(i + 1, values.get(i));
        }
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean isReference(Statement s) {
        return registry.find(s.schema()).flatMap(schema -> schema.property(s.property()))
                .map(p -> p.isReference()).orElse(false);
    }

    private int labelId(String label, Map<String, Integer> cache) throws SQLException {
        Integer cached = committedLabels.get(label);
        if (cached == null) {
            cached = cache.get(label);
        }
        if (cached != null) {
            return cached;
        }
        int id = (int) intern("label", List.of("expr"), List.of(LabelExpression.parse(label).toString()));
        cache.put(label, id);
        return id;
    }

    private long nextIngestId() throws SQLException {
        try (ResultSet rs = prepared.get("SELECT coalesce(max(id), 0) + 1 FROM ingest").executeQuery()) {
            return rs.getLong(1);
        }
    }

    private long counter(String name) throws SQLException {
        PreparedStatement ps = prepared.get("SELECT value FROM counter WHERE name = ?");
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void setCounter(String name, long value) throws SQLException {
        PreparedStatement ps = prepared.get("UPDATE counter SET value = ? WHERE name = ?");
        ps.setLong(1, value);
        ps.setString(2, name);
        ps.executeUpdate();
    }

    @Override
    public org.corridor.store.FailureLog failures() {
        return new SqliteFailureLog(connection, this);
    }

    @Override
    public Resolutions resolutions() {
        return new SqliteResolutions(connection, prepared, registry, clusterSchemata, this);
    }

    @Override
    public StoreView view(Authorizations authorizations) {
        return new SqliteView(connection, registry, authorizations);
    }

    @Override
    public synchronized void close() {
        try (AutoCloseable release = held) {
            if (!connection.isClosed()) {
                if (insertChunk != null) {
                    insertChunk.close();
                    insertOne.close();
                    touchSeen.close();
                }
                prepared.close();
                if (held != null) { // a writer's close; a reader must not wait here for a writer's lock
                    try (java.sql.Statement st = connection.createStatement()) {
                        st.execute("PRAGMA optimize");
                    }
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw new StorageException("closing workspace database " + file + " failed (" + e.getMessage() + ")", e);
        } catch (Exception e) {
            throw new StorageException("releasing the write lock of workspace " + file.getParent() + " failed (" + e.getMessage() + ")", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the open already failed; that error is the one to report
            }
        }
    }

    static CorridorException readFailure(Exception e) {
        return new StorageException("reading the workspace failed (" + e.getMessage() + "); try again, or re-ingest if it persists", e);
    }
}
