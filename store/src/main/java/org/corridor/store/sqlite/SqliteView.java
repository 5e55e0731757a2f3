package org.corridor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.corridor.model.Entity;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.model.label.Authorizations;
import org.corridor.model.label.LabelExpression;
import org.corridor.model.schema.PropertyType;
import org.corridor.model.schema.Schema;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.EntityFilter;
import org.corridor.store.IngestRecord;
import org.corridor.store.StoreView;
import org.corridor.store.WorkspaceSummary;

/**
 * A reader's view of a SQLite store. The labels the reader may see are worked out once, when the
 * view is made, and every query is restricted to them in SQL.
 */
final class SqliteView implements StoreView {
    private static final String COLUMNS = "id, entity_id, schema, property, value, first_origin, location, confidence, "
            + "first_origin, last_origin, label_id";

    /** Where and when statements were read, by origin id; a small table, read once per view. */
    private record Origin(String source, String seen) {
    }

    private final Connection connection;
    private final SchemaRegistry registry;
    private final Authorizations authorizations;
    private final Map<Integer, String> visibleLabels;
    private Map<Long, Origin> origins;
    private final String labelClause;
    private final String nameProperties;
    private final HiddenMerges hidden;

    SqliteView(Connection connection, SchemaRegistry registry, Authorizations authorizations) {
        this.connection = connection;
        this.registry = registry;
        this.authorizations = authorizations;
        this.visibleLabels = visibleLabels(connection, authorizations);
        this.origins = origins(connection);
        this.labelClause = "label_id IN (" + visibleLabels.keySet().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
        this.nameProperties = registry.all().stream().flatMap(s -> s.properties().values().stream())
                .filter(p -> p.type() == PropertyType.NAME).map(p -> "'" + p.name() + "'").distinct().sorted()
                .collect(Collectors.joining(","));
        this.hidden = visibleLabels.size() == labelCount(connection) ? HiddenMerges.NONE
                : HiddenMerges.read(connection, labelClause);
    }

    private static int labelCount(Connection connection) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM label");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
    }

    private static Map<Integer, String> visibleLabels(Connection connection, Authorizations authorizations) {
        Map<Integer, String> visible = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, expr FROM label");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String expr = rs.getString(2);
                if (LabelExpression.parse(expr).visibleTo(authorizations)) {
                    visible.put(rs.getInt(1), expr);
                }
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
        return visible;
    }

    private static Map<Long, Origin> origins(Connection connection) {
        Map<Long, Origin> origins = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, source, seen FROM origin");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                origins.put(rs.getLong(1), new Origin(rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
        return origins;
    }

    @Override
    public Authorizations authorizations() {
        return authorizations;
    }

    @Override
    public Optional<Entity> entity(String id) {
        if (hidden.hides(id)) {
            return Optional.empty();
        }
        List<Statement> statements = statementsOf(hidden.stored(id));
        if (statements.isEmpty()) {
            // an id merged into a cluster is found under the cluster's id, if the reader may see
            // something read with that id: otherwise the answer would tell which cluster a hidden id joined
            List<String> merged = strings("SELECT canonical_id FROM canonical WHERE entity_id = ?", id);
            if (!merged.isEmpty() && readWithId(id)) {
                return entity(merged.get(0));
            }
        }
        return statements.isEmpty() ? Optional.empty() : Optional.of(Entity.of(id, statements, registry));
    }

    @Override
    public boolean readWithId(String id) {
        return !strings("SELECT 1 FROM statement WHERE ((entity_id = ? AND original_entity IS NULL) OR original_entity = ?) AND "
                + labelClause + " LIMIT 1", id, id).isEmpty();
    }

    @Override
    public Optional<org.corridor.store.DocumentText> document(String source) {
        try (var ps = connection.prepareStatement("SELECT source, label, title, published, url, language, format, body FROM document "
                + "WHERE source = ?")) {
            ps.setString(1, source);
            try (var rs = ps.executeQuery()) {
                if (!rs.next() || !LabelExpression.parse(rs.getString(2)).visibleTo(authorizations)) {
                    return Optional.empty();
                }
                return Optional.of(new org.corridor.store.DocumentText(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        } catch (java.sql.SQLException e) {
            throw new org.corridor.model.StorageException("reading the document " + source + " failed (" + e.getMessage() + ")", e);
        }
    }

    private List<Statement> statementsOf(String id) {
        return list("SELECT " + COLUMNS + " FROM statement WHERE entity_id = ? AND " + labelClause + " ORDER BY seq",
                this::statement, id);
    }

    @Override
    public List<Entity> entities(EntityFilter filter) {
        List<String> ids = filter.query() == null || filter.query().isBlank() ? idsBySchema(filter) : idsByName(filter);
        List<Entity> out = new ArrayList<>();
        for (String id : ids) {
            entity(id).filter(e -> filter.schema() == null || e.schema().isA(filter.schema())).ifPresent(out::add);
            if (filter.limit() > 0 && out.size() >= filter.limit()) {
                break;
            }
        }
        return out;
    }

    private List<String> idsBySchema(EntityFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT entity_id FROM statement WHERE property = 'id' AND " + labelClause);
        List<String> args = new ArrayList<>();
        if (filter.schema() != null) {
            List<String> schemata = descendants(filter.schema());
            sql.append(" AND schema IN (").append("?,".repeat(schemata.size()).replaceAll(",$", "")).append(")");
            args.addAll(schemata);
        }
        sql.append(" ORDER BY entity_id");
        if (filter.limit() > 0) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        return strings(sql.toString(), args.toArray(String[]::new)).stream().map(hidden::shown).toList();
    }

    private List<String> descendants(String schemaName) {
        registry.get(schemaName);
        return registry.all().stream().filter(s -> s.isA(schemaName)).map(Schema::name).sorted().toList();
    }

    /**
     * Entities with a name holding every word of the query (case, accents and punctuation
     * ignored), ranked: exact name, then shortest matching name, then id.
     */
    private List<String> idsByName(EntityFilter filter) {
        String folded = fold(filter.query());
        List<String> words = Arrays.stream(folded.split(" ")).filter(w -> !w.isEmpty()).toList();
        Map<String, Integer> best = new HashMap<>();
        String sql = "SELECT entity_id, value FROM statement WHERE property IN (" + nameProperties + ") AND " + labelClause;
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = " " + fold(rs.getString(2)) + " ";
                if (words.stream().allMatch(w -> name.contains(" " + w + " "))) {
                    int rank = name.strip().equals(folded) ? 0 : name.length();
                    best.merge(hidden.shown(rs.getString(1)), rank, Math::min);
                }
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    static String fold(String text) {
        return org.corridor.model.NameFold.fold(text);
    }

    @Override
    public void forEachEntity(Consumer<Entity> consumer) {
        forEach("SELECT " + COLUMNS + ", seq FROM statement WHERE " + labelClause + " ORDER BY entity_id", List.of(),
                consumer);
    }

    @Override
    public void forEachEntity(String schema, Consumer<Entity> consumer) {
        List<String> schemata = descendants(schema);
        String sql = "SELECT " + COLUMNS + ", seq FROM statement WHERE " + labelClause
                + " AND entity_id IN (SELECT entity_id FROM statement WHERE property = 'id' AND " + labelClause
                + " AND schema IN (" + "?,".repeat(schemata.size()).replaceAll(",$", "") + ")) ORDER BY entity_id";
        forEach(sql, schemata, e -> {
            if (e.schema().isA(schema)) {
                consumer.accept(e);
            }
        });
    }

    private void forEach(String sql, List<String> args, Consumer<Entity> consumer) {
        // the primary key keeps each entity's statements together; seq order is restored per entity
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            forEachRow(ps, consumer);
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
    }

    private void forEachRow(PreparedStatement ps, Consumer<Entity> consumer) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            String current = null;
            List<Statement> batch = new ArrayList<>();
            List<Long> order = new ArrayList<>();
            while (rs.next()) {
                Statement s = statement(rs);
                if (current != null && !current.equals(s.entityId())) {
                    consumer.accept(Entity.of(current, inOrder(batch, order), registry));
                    batch = new ArrayList<>();
                    order = new ArrayList<>();
                }
                current = s.entityId();
                batch.add(s);
                order.add(rs.getLong(12));
            }
            if (current != null) {
                consumer.accept(Entity.of(current, inOrder(batch, order), registry));
            }
        }
    }

    private static List<Statement> inOrder(List<Statement> statements, List<Long> seqs) {
        Integer[] index = new Integer[statements.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        Arrays.sort(index, Comparator.comparingLong(seqs::get));
        List<Statement> out = new ArrayList<>(index.length);
        for (int i : index) {
            out.add(statements.get(i));
        }
        return out;
    }

    @Override
    public void forEachValue(java.util.Collection<String> properties, ValueConsumer consumer) {
        if (properties.isEmpty()) {
            return;
        }
        String sql = "SELECT v.entity_id, i.schema, v.property, v.value FROM statement v JOIN statement i "
                + "ON i.entity_id = v.entity_id AND i.property = 'id' AND i." + labelClause + " WHERE v." + labelClause
                + " AND v.property IN (" + "?,".repeat(properties.size()).replaceAll(",$", "") + ") ORDER BY v.entity_id";
        eachRow(sql, properties, rs -> consumer.accept(hidden.shown(rs.getString(1)), rs.getString(2), rs.getString(3),
                hidden.shown(rs.getString(4))));
    }

    @Override
    public void forEachStatedValue(java.util.Collection<String> properties, java.util.function.Predicate<String> source,
            StatedValueConsumer consumer) {
        if (properties.isEmpty()) {
            return;
        }
        origins = origins(connection); // those written since the view was opened too
        List<String> accepted = origins.entrySet().stream().filter(e -> source.test(e.getValue().source()))
                .map(e -> e.getKey().toString()).sorted().toList();
        if (accepted.isEmpty()) {
            return;
        }
        // sources left out in the query, not row by row: a workspace's documents can state most of its names
        String fromSources = accepted.size() == origins.size() ? "" : " AND v.first_origin IN (" + String.join(",", accepted) + ")";
        // the id statement of the same source and the same id as read
        String sql = "SELECT coalesce(v.original_entity, v.entity_id), i.schema, v.property, coalesce(v.original_value, v.value), "
                + "v.entity_id FROM statement v JOIN statement i ON i.entity_id = v.entity_id AND i.property = 'id' "
                + "AND i.first_origin = v.first_origin AND coalesce(i.original_entity, i.entity_id) = "
                + "coalesce(v.original_entity, v.entity_id) AND i." + labelClause + " WHERE v." + labelClause
                + fromSources + " AND v.property IN (" + "?,".repeat(properties.size()).replaceAll(",$", "") + ") ORDER BY v.entity_id";
        eachRow(sql, properties, rs -> consumer.accept(rs.getString(1), hidden.shown(rs.getString(5)), rs.getString(2), rs.getString(3),
                rs.getString(4)));
    }

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs a query whose parameters are the given property names, one row at a time. */
    private void eachRow(String sql, java.util.Collection<String> properties, RowConsumer row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (String p : properties) {
                ps.setString(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
    }

    @Override
    public void forEachSource(java.util.function.BiConsumer<String, String> consumer) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT entity_id, first_origin FROM statement "
                + "WHERE property = 'id' AND " + labelClause + " ORDER BY entity_id");
                ResultSet rs = ps.executeQuery()) {
            String last = null;
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (rs.next()) {
                String id = hidden.shown(rs.getString(1));
                if (!id.equals(last)) {
                    seen.clear();
                    last = id;
                }
                String source = origin(rs.getLong(2)).source();
                if (seen.add(source)) {
                    consumer.accept(id, source);
                }
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
    }

    @Override
    public List<Entity> referencing(String id, String schema) {
        List<String> schemata = descendants(schema);
        // only these schemata's reference properties can make one of them refer to the id
        List<String> properties = schemata.stream().map(registry::get).flatMap(s -> s.properties().values().stream())
                .filter(p -> p.isReference()).map(p -> p.name()).distinct().sorted().toList();
        if (properties.isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>(List.of(hidden.stored(id)));
        args.addAll(properties);
        args.addAll(schemata);
        List<String> ids = strings("SELECT DISTINCT r.entity_id FROM statement r JOIN statement s ON s.entity_id = r.entity_id "
                + "AND s.property = 'id' WHERE r.is_ref = 1 AND r.value = ? AND r.property IN ("
                + "?,".repeat(properties.size()).replaceAll(",$", "") + ") AND r." + labelClause + " AND s." + labelClause
                + " AND s.schema IN (" + "?,".repeat(schemata.size()).replaceAll(",$", "") + ") ORDER BY r.entity_id",
                args.toArray(String[]::new));
        return ids.stream().map(hidden::shown).map(this::entity).flatMap(Optional::stream).filter(e -> e.schema().isA(schema)).toList();
    }

    @Override
    public List<Entity> referencing(String id) {
        List<String> ids = strings("SELECT DISTINCT entity_id FROM statement WHERE is_ref = 1 AND value = ? AND "
                + labelClause + " ORDER BY entity_id", hidden.stored(id));
        return ids.stream().map(hidden::shown).map(this::entity).flatMap(Optional::stream).toList();
    }

    @Override
    public WorkspaceSummary summary() {
        Map<String, Long> bySchema = new TreeMap<>();
        Map<String, Long> bySource = new TreeMap<>();
        long statements = 0;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT first_origin, count(*) FROM statement WHERE " + labelClause + " GROUP BY first_origin");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bySource.merge(origin(rs.getLong(1)).source(), rs.getLong(2), Long::sum);
                statements += rs.getLong(2);
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
        // an entity's schema is the most specific one its visible id statements give
        Map<String, List<String>> schemataById = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT entity_id, schema FROM statement WHERE property = 'id' AND " + labelClause);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                schemataById.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1)).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
        schemataById.forEach((id, names) -> {
            String schema = names.size() == 1 ? names.get(0)
                    : registry.common(names).map(Schema::name).orElse(names.get(0));
            bySchema.merge(schema, 1L, Long::sum);
        });
        return new WorkspaceSummary(schemataById.size(), statements, bySchema, bySource);
    }

    @Override
    public List<IngestRecord> ingests() {
        List<IngestRecord> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, source, path, sha256, format, label, "
                + "started_at, finished_at, entities, statements_seen, statements_added, skipped FROM ingest ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String label = rs.getString(6);
                if (!LabelExpression.parse(label).visibleTo(authorizations)) {
                    continue;
                }
                out.add(new IngestRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), label, rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), rs.getLong(12)));
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
        out.sort(Comparator.comparingLong(IngestRecord::id));
        return out;
    }

    private Statement statement(ResultSet rs) throws SQLException {
        Origin first = origin(rs.getLong(9));
        Origin last = origin(rs.getLong(10));
        return new Statement(rs.getString(1), hidden.shown(rs.getString(2)), rs.getString(3), rs.getString(4),
                hidden.shown(rs.getString(5)),
                first.source(), Location.parse(rs.getString(7)), rs.getDouble(8), emptyAsNull(first.seen()),
                emptyAsNull(last.seen()), visibleLabels.get(rs.getInt(11)));
    }

    /** An origin added after this view was made (a later ingest) is found by reading the table again. */
    private Origin origin(long id) {
        Origin origin = origins.get(id);
        if (origin == null) {
            origins = origins(connection);
            origin = origins.get(id);
        }
        return origin;
    }

    private static String emptyAsNull(String seen) {
        return seen.isEmpty() ? null : seen;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> list(String sql, Row<T> row, String... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
    }

    private List<String> strings(String sql, String... args) {
        return list(sql, rs -> rs.getString(1), args);
    }
}
