package org.corridor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.corridor.model.Hashing;
import org.corridor.model.StorageException;
import org.corridor.model.UsageException;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.resolution.Candidate;
import org.corridor.store.resolution.Decision;
import org.corridor.store.resolution.DecisionRequest;
import org.corridor.store.resolution.MergeOnWrite;
import org.corridor.store.resolution.Resolutions;
import org.corridor.store.resolution.Verdict;

/**
 * Resolution in the SQLite store. A merge mints a cluster id (or grows an existing cluster),
 * records every change it makes to the canonical table, and re-points statements; undo reverses
 * the canonical changes and puts each moved statement at the canonical id of the id it was read
 * with, which is exactly where it was before (see V2__resolution.sql for the invariant).
 */
final class SqliteResolutions implements Resolutions {
    /** Prefix of minted cluster ids, after nomenklatura's NK- ids. */
    static final String CLUSTER = "nk-";
    private static final String DECISION_COLUMNS = "id, left_id, right_id, verdict, score, explanation, decided_by, "
            + "decided_at, canonical_id, undone_by, undone_at";

    private final Connection connection;
    private final PreparedCache prepared;
    private final SchemaRegistry registry;
    private final Object lock;
    private final ClusterSchemata clusters;

    SqliteResolutions(Connection connection, PreparedCache prepared, SchemaRegistry registry, ClusterSchemata clusters, Object lock) {
        this.connection = connection;
        this.clusters = clusters;
        this.prepared = prepared;
        this.registry = registry;
        this.lock = lock;
    }

    private <T> T inTransaction(String what, Transaction.Work<T> work) {
        synchronized (lock) {
            try {
                return Transaction.run(connection, work);
            } catch (SQLException e) {
                clusters.forget();
                throw new StorageException(what + " failed (" + e.getMessage() + "); nothing was changed, try again", e);
            } catch (RuntimeException e) {
                clusters.forget();
                throw e;
            }
        }
    }

    @Override
    public void propose(List<Candidate> candidates) {
        inTransaction("storing proposed pairs", () -> {
            insertCandidates(candidates);
            return null;
        });
    }

    @Override
    public List<Decision> decideAndPropose(List<DecisionRequest> requests, List<Candidate> candidates) {
        return inTransaction("recording a resolution run", () -> {
            List<Decision> out = new ArrayList<>();
            for (DecisionRequest r : requests) {
                out.add(decideOne(r));
            }
            insertCandidates(candidates);
            return out;
        });
    }

    /**
     * Queues the candidates whose two sides, taken as the clusters they are in now, are not one
     * cluster, not judged and not already queued under any of their members' ids: a second run
     * over a resolved workspace scores clusters where the first scored their members, and must
     * not queue the same question again. Only the judgements and proposals touching the two
     * clusters are read, so a document's few proposals cost a few indexed lookups, not a read of
     * every decision and proposal in the workspace.
     */
    /** Above this many candidates in one call, the whole canonical table and every question are read once instead. */
    private static final int BULK = 2_000;

    private void insertCandidates(List<Candidate> candidates) throws SQLException {
        if (candidates.isEmpty()) {
            return;
        }
        List<Candidate> fresh = new ArrayList<>();
        List<Candidate> best = new ArrayList<>(candidates);
        best.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::left)
                .thenComparing(Candidate::right));
        if (best.size() > BULK) {
            // many at once (a resolve run, a large ingest): one read of every cluster and question beats a few lookups each
            Map<String, String> canonical = canonicalMap();
            Set<List<String>> asked = new HashSet<>(judgedPairs(canonical));
            asked.addAll(queuedPairs(canonical));
            for (Candidate c : best) {
                List<String> pair = clusterPair(canonical, c.left(), c.right());
                if (!pair.get(0).equals(pair.get(1)) && asked.add(pair)) {
                    fresh.add(c);
                }
            }
        } else {
            PairLookup lookup = new PairLookup(prepared);
            Set<List<String>> asked = new HashSet<>();
            for (Candidate c : best) {
                String a = lookup.cluster(c.left());
                String b = lookup.cluster(c.right());
                List<String> pair = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
                if (!a.equals(b) && asked.add(pair) && !lookup.askedBetween(a, b)) {
                    fresh.add(c);
                }
            }
        }
        PreparedStatement ps = prepared.get("INSERT INTO candidate (left_id, right_id, score, scorer, "
                + "explanation, proposed_at) VALUES (?,?,?,?,?,?) ON CONFLICT (left_id, right_id) DO UPDATE SET "
                + "score = excluded.score, scorer = excluded.scorer, explanation = excluded.explanation, "
                + "proposed_at = excluded.proposed_at");
        for (Candidate c : fresh) {
            ps.setString(1, c.left());
            ps.setString(2, c.right());
            ps.setDouble(3, c.score());
            ps.setString(4, c.scorer());
            ps.setString(5, c.explanation());
            ps.setString(6, c.proposedAt());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    @Override
    public List<Candidate> queue(int limit) {
        synchronized (lock) {
            try {
                Map<String, String> canonical = canonicalMap();
                Set<List<String>> judged = judgedPairs(canonical);
                Set<List<String>> listed = new HashSet<>();
                List<Candidate> out = new ArrayList<>();
                try (PreparedStatement ps = connection.prepareStatement("SELECT left_id, right_id, score, scorer, explanation, "
                        + "proposed_at FROM candidate ORDER BY score DESC, left_id, right_id"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && (limit <= 0 || out.size() < limit)) {
                        List<String> pair = clusterPair(canonical, rs.getString(1), rs.getString(2));
                        // one question per pair of clusters, asked by its best-scored members
                        if (!pair.get(0).equals(pair.get(1)) && !judged.contains(pair) && listed.add(pair)) {
                            out.add(candidate(rs));
                        }
                    }
                }
                return out;
            } catch (SQLException e) {
                throw SqliteStore.readFailure(e);
            }
        }
    }

    @Override
    public Set<List<String>> queuedPairs() {
        synchronized (lock) {
            try {
                return queuedPairs(canonicalMap());
            } catch (SQLException e) {
                throw SqliteStore.readFailure(e);
            }
        }
    }

    private Set<List<String>> queuedPairs(Map<String, String> canonical) throws SQLException {
        Set<List<String>> queued = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT left_id, right_id FROM candidate");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                queued.add(clusterPair(canonical, rs.getString(1), rs.getString(2)));
            }
        }
        return queued;
    }

    @Override
    public Set<List<String>> judgedPairs() {
        synchronized (lock) {
            try {
                return judgedPairs(canonicalMap());
            } catch (SQLException e) {
                throw SqliteStore.readFailure(e);
            }
        }
    }

    @Override
    public Optional<Candidate> candidate(String left, String right) {
        String l = left.compareTo(right) <= 0 ? left : right;
        String r = l.equals(left) ? right : left;
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT left_id, right_id, score, scorer, explanation, proposed_at "
                    + "FROM candidate WHERE left_id = ? AND right_id = ?")) {
                ps.setString(1, l);
                ps.setString(2, r);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(candidate(rs)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw SqliteStore.readFailure(e);
            }
        }
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private Map<String, String> canonicalMap() throws SQLException {
        Map<String, String> canonical = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT entity_id, canonical_id FROM canonical");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                canonical.put(rs.getString(1), rs.getString(2));
            }
        }
        return canonical;
    }

    /** A judgement covers the clusters its two sides are in now, not only the two ids. */
    private Set<List<String>> judgedPairs(Map<String, String> canonical) throws SQLException {
        Set<List<String>> judged = new java.util.HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT left_id, right_id FROM decision WHERE undone_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                judged.add(clusterPair(canonical, rs.getString(1), rs.getString(2)));
            }
        }
        return judged;
    }

    private static List<String> clusterPair(Map<String, String> canonical, String a, String b) {
        String x = canonical.getOrDefault(a, a);
        String y = canonical.getOrDefault(b, b);
        return x.compareTo(y) <= 0 ? List.of(x, y) : List.of(y, x);
    }

    private static String canon(String column) {
        return "coalesce((SELECT k.canonical_id FROM canonical k WHERE k.entity_id = " + column + "), " + column + ")";
    }

    @Override
    public List<Decision> decide(List<DecisionRequest> requests) {
        return inTransaction("recording decisions", () -> {
            List<Decision> out = new ArrayList<>();
            for (DecisionRequest r : requests) {
                out.add(decideOne(r));
            }
            return out;
        });
    }

    private Decision decideOne(DecisionRequest r) throws SQLException {
        return decideOne(r, null, Map.of());
    }

    /**
     * A merge a write records before its statements (see {@link MergeOnWrite}); must run inside the
     * write's transaction. Checks refuse it before anything is written, so a refusal changes nothing.
     */
    MergeOnWrite.Outcome mergeOnWrite(MergeOnWrite merge) throws SQLException {
        DecisionRequest r = merge.decision();
        Map<String, String> canonical = new HashMap<>();
        canonical.put(r.left(), canonicalOrSelf(r.left()));
        canonical.put(r.right(), canonicalOrSelf(r.right()));
        if (canonical.get(r.left()).equals(canonical.get(r.right()))) {
            return new MergeOnWrite.Outcome(merge, MergeOnWrite.Status.ALREADY_ONE, null);
        }
        try {
            decideOne(r, merge, canonical);
            return new MergeOnWrite.Outcome(merge, MergeOnWrite.Status.MERGED, null);
        } catch (UsageException e) {
            return new MergeOnWrite.Outcome(merge, MergeOnWrite.Status.REFUSED, e.getMessage());
        }
    }

    /**
     * {@code arriving}, when given: its left side is brought by the write in progress, so it need not
     * be stored yet. {@code canonical}: the canonical ids of the two sides, where already looked up.
     */
    private Decision decideOne(DecisionRequest r, MergeOnWrite arriving, Map<String, String> canonical) throws SQLException {
        String left = r.left().compareTo(r.right()) <= 0 ? r.left() : r.right();
        String right = left.equals(r.left()) ? r.right() : r.left();
        if (left.equals(right)) {
            throw new UsageException("a decision needs two different entities, got " + left + " twice");
        }
        String l = canonical.containsKey(left) ? canonical.get(left) : canonicalOrSelf(left);
        String rr = canonical.containsKey(right) ? canonical.get(right) : canonicalOrSelf(right);
        String coming = arriving == null ? null : arriving.decision().left();
        if (!left.equals(coming)) {
            requireEntity(left, l);
        }
        if (!right.equals(coming)) {
            requireEntity(right, rr);
        }
        if (r.verdict() != Verdict.SAME) {
            if (l.equals(rr) && r.verdict() == Verdict.DIFFERENT) {
                throw new UsageException(left + " and " + right + " are merged in " + l
                        + "; undo the merge first (corridor review undo), then record them as different");
            }
            return insertDecision(left, right, r, null);
        }
        if (l.equals(rr)) {
            return insertDecision(left, right, r, l);
        }
        boolean lCluster = isCluster(l);
        boolean rCluster = isCluster(rr);
        Set<String> schemata = requireCompatible(left, l, lCluster, right, rr, rCluster, arriving);
        String target;
        List<String> absorbed;
        if (lCluster && rCluster) {
            target = l.compareTo(rr) < 0 ? l : rr;
            absorbed = List.of(target.equals(l) ? rr : l);
        } else if (lCluster || rCluster) {
            target = lCluster ? l : rr;
            absorbed = List.of(lCluster ? rr : l);
        } else {
            target = CLUSTER + Hashing.sha1(l, rr).substring(0, 24);
            absorbed = List.of(l, rr);
        }
        Decision decision = insertDecision(left, right, r, target);
        for (String x : absorbed) {
            absorb(decision.id(), x, target);
        }
        clusters.merged(target, schemata, absorbed);
        return decision;
    }

    private void absorb(long decisionId, String from, String target) throws SQLException {
        Set<String> members = new LinkedHashSet<>();
        members.add(from);
        if (mayBeCluster(from)) {
            members.addAll(strings("SELECT entity_id FROM canonical WHERE canonical_id = ? ORDER BY entity_id", from));
        }
        PreparedStatement change = prepared.get("INSERT INTO canonical_change (decision_id, entity_id, before, after) VALUES (?,?,?,?)");
        PreparedStatement upsert = prepared.get("INSERT INTO canonical (entity_id, canonical_id) "
                + "VALUES (?,?) ON CONFLICT (entity_id) DO UPDATE SET canonical_id = excluded.canonical_id");
        for (String e : members) {
            change.setLong(1, decisionId);
            change.setString(2, e);
            change.setString(3, canonicalRow(e));
            change.setString(4, target);
            change.addBatch();
            upsert.setString(1, e);
            upsert.setString(2, target);
            upsert.addBatch();
        }
        change.executeBatch();
        upsert.executeBatch();
        update("UPDATE statement SET original_entity = coalesce(original_entity, entity_id), entity_id = ? WHERE entity_id = ?",
                target, from);
        update("UPDATE statement SET original_value = coalesce(original_value, value), value = ? WHERE is_ref = 1 AND value = ?",
                target, from);
    }

    @Override
    public Optional<Decision> find(OptionalLong id) {
        synchronized (lock) {
            try {
                return id.isPresent() ? decision(id.getAsLong()) : latestActive();
            } catch (SQLException e) {
                throw SqliteStore.readFailure(e);
            }
        }
    }

    @Override
    public Decision undo(OptionalLong id, String by, String at) {
        return inTransaction("undoing a decision", () -> {
            Decision d = id.isPresent() ? decision(id.getAsLong()).orElseThrow(() -> new UsageException(
                    "there is no decision " + id.getAsLong() + "; list them with corridor review log"))
                    : latestActive().orElseThrow(() -> new UsageException("there is no decision to undo"));
            if (!d.active()) {
                throw new UsageException("decision " + d.id() + " was already undone by " + d.undoneBy() + " at " + d.undoneAt());
            }
            if (d.verdict() == Verdict.SAME && d.canonical() != null) {
                unmerge(d);
            }
            update("UPDATE decision SET undone_by = ?, undone_at = ? WHERE id = ?", by, at, Long.toString(d.id()));
            return decision(d.id()).orElseThrow();
        });
    }

    private void unmerge(Decision d) throws SQLException {
        clusters.forget();
        String target = d.canonical();
        List<String> later = strings("SELECT DISTINCT c.decision_id FROM canonical_change c JOIN decision x ON x.id = c.decision_id "
                + "WHERE x.undone_at IS NULL AND c.decision_id > ? AND (c.after = ? OR c.before = ?) ORDER BY c.decision_id DESC",
                Long.toString(d.id()), target, target);
        if (!later.isEmpty()) {
            throw new UsageException("decision " + later.get(0) + " merged into the same cluster after decision " + d.id()
                    + "; undo " + later.get(0) + " first");
        }
        Map<String, String> before = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT entity_id, before FROM canonical_change WHERE decision_id = ?")) {
            ps.setLong(1, d.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    before.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (e.getValue() == null) {
                update("DELETE FROM canonical WHERE entity_id = ?", e.getKey());
            } else {
                update("UPDATE canonical SET canonical_id = ? WHERE entity_id = ?", e.getValue(), e.getKey());
            }
        }
        update("UPDATE statement SET entity_id = " + canon("statement.original_entity")
                + " WHERE entity_id = ? AND original_entity IS NOT NULL", target);
        update("UPDATE statement SET value = " + canon("statement.original_value")
                + " WHERE is_ref = 1 AND value = ? AND original_value IS NOT NULL", target);
        // statements now back at the id they were read with are no longer moved; only the ids this
        // merge took in can hold them, so the clean-up stays on the primary key and reference index
        for (String id : before.keySet()) {
            update("UPDATE statement SET original_entity = NULL WHERE entity_id = ? AND original_entity = entity_id", id);
            update("UPDATE statement SET original_value = NULL WHERE is_ref = 1 AND value = ? AND original_value = value", id);
        }
    }

    @Override
    public List<Decision> decisions(int limit) {
        synchronized (lock) {
            try {
                return decisionList("SELECT " + DECISION_COLUMNS + " FROM decision ORDER BY id DESC"
                        + (limit > 0 ? " LIMIT " + limit : ""));
            } catch (SQLException e) {
                throw SqliteStore.readFailure(e);
            }
        }
    }

    @Override
    public Optional<String> canonical(String id) {
        synchronized (lock) {
            try {
                return Optional.ofNullable(canonicalRow(id));
            } catch (SQLException e) {
                throw SqliteStore.readFailure(e);
            }
        }
    }

    private Optional<Decision> decision(long id) throws SQLException {
        return decisionList("SELECT " + DECISION_COLUMNS + " FROM decision WHERE id = " + id).stream().findFirst();
    }

    private Optional<Decision> latestActive() throws SQLException {
        return decisionList("SELECT " + DECISION_COLUMNS + " FROM decision WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1")
                .stream().findFirst();
    }

    private List<Decision> decisionList(String sql) throws SQLException {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double score = rs.getDouble(5);
                out.add(new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), Verdict.of(rs.getString(4)),
                        rs.wasNull() ? Double.NaN : score, rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)));
            }
        }
        return out;
    }

    private Decision insertDecision(String left, String right, DecisionRequest r, String canonical) throws SQLException {
        PreparedStatement ps = prepared.get("INSERT INTO decision (left_id, right_id, verdict, score, "
                + "explanation, decided_by, decided_at, canonical_id) VALUES (?,?,?,?,?,?,?,?)");
        ps.setString(1, left);
        ps.setString(2, right);
        ps.setString(3, r.verdict().word());
        if (Double.isNaN(r.score())) {
            ps.setNull(4, java.sql.Types.REAL);
        } else {
            ps.setDouble(4, r.score());
        }
        ps.setString(5, r.explanation() == null ? "" : r.explanation());
        ps.setString(6, r.by());
        ps.setString(7, r.at());
        ps.setString(8, canonical);
        ps.executeUpdate();
        long id;
        try (ResultSet rs = prepared.get("SELECT last_insert_rowid()").executeQuery()) {
            id = rs.getLong(1);
        }
        return new Decision(id, left, right, r.verdict(), r.score(), r.explanation(), r.by(), r.at(), canonical, null, null);
    }

    private String canonicalOrSelf(String id) throws SQLException {
        String c = canonicalRow(id);
        return c == null ? id : c;
    }

    private String canonicalRow(String id) throws SQLException {
        List<String> found = strings("SELECT canonical_id FROM canonical WHERE entity_id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    private boolean isCluster(String id) throws SQLException {
        return mayBeCluster(id) && !strings("SELECT 1 FROM canonical WHERE canonical_id = ? LIMIT 1", id).isEmpty();
    }

    /** Every canonical id is one a merge made, with the cluster prefix, so an id without it is no cluster. */
    private static boolean mayBeCluster(String id) {
        return id.startsWith(CLUSTER);
    }

    private void requireEntity(String asked, String id) throws SQLException {
        if (strings("SELECT 1 FROM statement WHERE entity_id = ? LIMIT 1", id).isEmpty()) {
            throw new UsageException("there is no entity " + asked + " in the workspace; check the id with corridor entities");
        }
    }

    /** Both sides' schemata must have a common specific schema: a person is never a vessel. Returns them. */
    private Set<String> requireCompatible(String left, String l, boolean lCluster, String right, String r, boolean rCluster,
            MergeOnWrite arriving) throws SQLException {
        Set<String> schemata = new java.util.TreeSet<>(schemata(l, lCluster));
        schemata.addAll(schemata(r, rCluster));
        if (arriving != null) {
            schemata.add(arriving.schema()); // the id statement the write brings with it
        }
        if (registry.common(schemata).isEmpty()) {
            throw new UsageException(left + " and " + right + " cannot be one party (schemata " + String.join(", ", schemata)
                    + "); record them as different");
        }
        return schemata;
    }

    /** The schemata of an entity's id statements; a cluster's as the last merge or read left them (see ClusterSchemata). */
    private Set<String> schemata(String id, boolean cluster) throws SQLException {
        Set<String> known = cluster ? clusters.get(id) : null;
        if (known != null) {
            return known;
        }
        Set<String> read = new HashSet<>(strings("SELECT DISTINCT schema FROM statement WHERE entity_id = ? AND property = 'id'", id));
        if (cluster) {
            clusters.read(id, read);
        }
        return read;
    }

    private List<String> strings(String sql, String... args) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setString(i + 1, args[i]);
        }
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void update(String sql, String... args) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setString(i + 1, args[i]);
        }
        ps.executeUpdate();
    }
}
