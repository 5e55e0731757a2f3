package org.corridor.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.Entity;
import org.corridor.model.InputException;
import org.corridor.model.UsageException;
import org.corridor.model.schema.Schema;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.resolve.score.Feature;
import org.corridor.resolve.screen.Hit;

/**
 * Screening in the shapes two outside clients already speak, over the same screening as
 * {@code corridor screen}: yente's {@code /match} (FollowTheMoney query entities in, scored
 * entities out), for compliance tools written against OpenSanctions' yente, and the
 * Reconciliation Service API v0.2 that OpenRefine uses to reconcile a column of names. Each
 * name of a query entity is screened as {@code corridor screen} screens it (same scorer,
 * threshold and limit), and an entity's score is the best over its names.
 */
public final class ScreeningProtocols {
    /** Property names a yente query may use for an identifier (FtM), each screened as {@code --identifier}. */
    private static final List<String> IDENTIFIERS = List.of("idNumber", "registrationNumber", "taxNumber", "imoNumber",
            "passportNumber", "innCode", "ogrnCode", "leiCode", "swiftBic");
    /** The types offered to OpenRefine before it has seen any data. */
    private static final List<String> DEFAULT_TYPES = List.of("Person", "Organization", "Company", "LegalEntity", "Vessel");

    private ScreeningProtocols() {
    }

    private static Schema schema(String name) {
        return SchemaRegistry.standard().find(name).orElse(null);
    }

    /** One query entity: the key it was sent under, its id (passed through), schema, properties, and the screening queries it makes. */
    public record Example(String key, String id, String schema, Map<String, List<String>> properties, List<ScreenService.Query> queries) {
    }

    /**
     * Reads a yente {@code /match} body: {@code {"queries": {"key": {"schema": "Person",
     * "properties": {"name": [...], "birthDate": [...], "country": "..."}}}}}. A query without a
     * schema or a name, or with a schema FtM does not know, is refused with a sentence naming it.
     */
    public static List<Example> yenteQueries(JsonNode body) {
        JsonNode queries = body.get("queries");
        if (queries == null || !queries.isObject() || queries.isEmpty()) {
            throw new UsageException("the body needs \"queries\": an object of query entities by key, as yente's /match takes");
        }
        if (queries.size() > 100) {
            throw new UsageException("match at most 100 query entities a request, got " + queries.size());
        }
        List<Example> out = new ArrayList<>();
        queries.fields().forEachRemaining(e -> out.add(example(e.getKey(), e.getValue())));
        return out;
    }

    private static Example example(String key, JsonNode q) {
        if (!q.isObject()) {
            throw new UsageException("query '" + key + "' must be an object with a schema and properties");
        }
        JsonNode schemaNode = q.get("schema");
        if (schemaNode == null || !schemaNode.isTextual()) {
            throw new InputException("query '" + key + "' has no schema; give one such as \"Person\", \"Organization\" or \"LegalEntity\"");
        }
        Schema schema = schema(schemaNode.asText());
        if (schema == null) {
            throw new UsageException("query '" + key + "' names an unknown schema '" + schemaNode.asText()
                    + "'; use a FollowTheMoney schema such as Person, Organization, Company, Vessel or LegalEntity");
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        JsonNode props = q.path("properties");
        if (!props.isObject()) {
            throw new UsageException("query '" + key + "' needs \"properties\", an object of property names to values");
        }
        props.fields().forEachRemaining(p -> {
            List<String> values = new ArrayList<>();
            if (p.getValue().isArray()) {
                p.getValue().forEach(v -> text(key, p.getKey(), v, values));
            } else {
                text(key, p.getKey(), p.getValue(), values);
            }
            if (!values.isEmpty()) {
                properties.put(p.getKey(), values);
            }
        });
        List<String> names = properties.getOrDefault("name", List.of());
        if (names.isEmpty()) {
            throw new InputException("query '" + key + "' has no name; give properties.name as a list of names");
        }
        if (names.size() > 50) {
            throw new UsageException("query '" + key + "' has " + names.size() + " names; give at most 50");
        }
        String birthDate = first(properties, "birthDate");
        String country = first(properties, "country", "nationality", "jurisdiction", "citizenship");
        String identifier = IDENTIFIERS.stream().map(p -> first(properties, p)).filter(v -> v != null).findFirst().orElse(null);
        List<ScreenService.Query> queries = names.stream()
                .map(n -> new ScreenService.Query(n, schema.name(), birthDate, country, identifier)).toList();
        String id = q.hasNonNull("id") ? q.get("id").asText() : null;
        return new Example(key, id, schema.name(), properties, queries);
    }

    private static void text(String key, String property, JsonNode v, List<String> into) {
        if (v.isNull()) {
            return;
        }
        if (!v.isValueNode()) {
            throw new UsageException("query '" + key + "' property '" + property + "' must hold texts, got " + v.getNodeType());
        }
        if (!v.asText().isBlank()) {
            into.add(v.asText().strip());
        }
    }

    private static String first(Map<String, List<String>> properties, String... names) {
        for (String n : names) {
            List<String> v = properties.get(n);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    /** The screening queries of every example, in order, for one call of {@link ScreenPages#screen}. */
    public static List<ScreenService.Query> flatten(List<Example> examples) {
        return examples.stream().flatMap(e -> e.queries().stream()).toList();
    }

    /** Hits of one example's names merged per party (best score kept), best first, at most {@code limit} (0: all). */
    private static List<Hit> merged(List<ScreenService.Result> results, int limit) {
        Map<String, Hit> best = new LinkedHashMap<>();
        for (ScreenService.Result r : results) {
            for (Hit h : r.hits()) {
                best.merge(h.entity().id(), h, (a, b) -> b.score().value() > a.score().value() ? b : a);
            }
        }
        List<Hit> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble((Hit h) -> -h.score().value()).thenComparing(h -> h.entity().id()));
        return limit > 0 && out.size() > limit ? out.subList(0, limit) : out;
    }

    /**
     * The yente {@code /match} response: per key, status, scored entities (with FtM properties, the
     * datasets, {@code target} when sanctioned, {@code score}, {@code features} and {@code match}),
     * the total and the query as read; then the matcher's features and the limit. Each result also
     * carries Corridor's {@code explanation} (the features with the names compared), which yente
     * clients ignore.
     */
    public static ObjectNode yenteResponse(Corridor corridor, List<Example> examples, ScreenPages.Screened screened,
            double threshold, int limit) {
        ObjectNode out = EntityJson.JSON.createObjectNode();
        ObjectNode responses = out.putObject("responses");
        Map<String, String> featureDocs = new LinkedHashMap<>();
        int at = 0;
        for (Example e : examples) {
            List<ScreenService.Result> mine = screened.results().subList(at, at + e.queries().size());
            at += e.queries().size();
            List<Hit> hits = merged(mine, limit);
            ObjectNode r = responses.putObject(e.key());
            r.put("status", 200);
            ArrayNode results = r.putArray("results");
            for (Hit h : hits) {
                Entity entity = corridor.view().entity(h.entity().id()).orElse(null);
                ObjectNode o = entity == null ? EntityJson.JSON.createObjectNode() : EntityJson.ftm(entity);
                o.remove("statements");
                o.put("id", h.entity().id());
                o.put("caption", h.entity().caption());
                o.put("schema", h.entity().schema());
                if (!o.has("referents")) {
                    o.putArray("referents");
                }
                List<String> programs = ScreenPages.programs(screened.service(), h);
                o.put("target", !screened.service().sanctionsOf(h.entity().id()).isEmpty());
                o.put("score", round(h.score().value()));
                ObjectNode features = o.putObject("features");
                for (Feature f : h.score().features()) {
                    features.put(f.name(), round(f.similarity()));
                    featureDocs.putIfAbsent(f.name(), f.name().replace('_', ' '));
                }
                o.put("match", h.score().value() >= threshold);
                o.put("matched_name", h.matchedName());
                ArrayNode p = o.putArray("programs");
                programs.forEach(p::add);
                o.set("explanation", explanation(h));
                results.add(o);
            }
            r.putObject("total").put("value", hits.size()).put("relation", "eq");
            ObjectNode query = r.putObject("query");
            if (e.id() != null) {
                query.put("id", e.id());
            }
            query.put("schema", e.schema());
            ObjectNode props = query.putObject("properties");
            e.properties().forEach((k, v) -> {
                ArrayNode a = props.putArray(k);
                v.forEach(a::add);
            });
        }
        ObjectNode matcher = out.putObject("matcher");
        featureDocs.forEach((name, description) -> matcher.putObject(name).put("description", description).put("coefficient", 1.0)
                .putNull("url"));
        out.put("limit", limit);
        return out;
    }

    private static ArrayNode explanation(Hit h) {
        ArrayNode features = EntityJson.JSON.createArrayNode();
        for (Feature f : h.score().features()) {
            features.addObject().put("feature", f.name()).put("query", f.query()).put("listed", f.candidate())
                    .put("similarity", f.similarity()).put("weight", f.weight());
        }
        return features;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** One reconciliation query: its key, the name, the types it is restricted to, the limit and the properties it gave. */
    public record Reconcile(String key, String query, List<String> types, int limit, ScreenService.Query screen) {
    }

    /**
     * Reads the Reconciliation API's {@code queries} parameter: {@code {"q0": {"query": "name",
     * "type": "Person", "limit": 3, "properties": [{"pid": "country", "v": "mx"}]}}}.
     */
    public static List<Reconcile> reconcileQueries(String json) {
        JsonNode queries;
        try {
            queries = EntityJson.JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UsageException("queries is not JSON (" + e.getOriginalMessage() + "); send an object of queries by key");
        }
        if (queries == null || !queries.isObject() || queries.isEmpty()) {
            throw new UsageException("queries must be a JSON object of queries by key, such as {\"q0\": {\"query\": \"a name\"}}");
        }
        if (queries.size() > 100) {
            throw new UsageException("reconcile at most 100 queries a request, got " + queries.size());
        }
        List<Reconcile> out = new ArrayList<>();
        queries.fields().forEachRemaining(e -> out.add(reconcile(e.getKey(), e.getValue())));
        return out;
    }

    private static Reconcile reconcile(String key, JsonNode q) {
        if (!q.isObject() || !q.path("query").isTextual() || q.get("query").asText().isBlank()) {
            throw new UsageException("query '" + key + "' needs \"query\": the name to reconcile, as a text");
        }
        List<String> types = new ArrayList<>();
        JsonNode type = q.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        for (String t : types) {
            if (schema(t) == null) {
                throw new UsageException("query '" + key + "' names an unknown type '" + t + "'; use a FollowTheMoney schema such as "
                        + String.join(", ", DEFAULT_TYPES));
            }
        }
        int limit = 5;
        if (q.has("limit")) {
            if (!q.get("limit").canConvertToExactIntegral() || q.get("limit").asInt() < 1 || q.get("limit").asInt() > 100) {
                throw new UsageException("query '" + key + "' limit must be a whole number from 1 to 100, got " + q.get("limit"));
            }
            limit = q.get("limit").asInt();
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (JsonNode p : q.path("properties")) {
            String pid = p.path("pid").asText(p.path("p").asText(""));
            JsonNode v = p.get("v");
            String value = v == null ? null : v.isObject() ? v.path("id").asText(null) : v.isArray() && !v.isEmpty() ? v.get(0).asText()
                    : v.asText();
            if (!pid.isEmpty() && value != null && !value.isBlank()) {
                given.putIfAbsent(pid.contains(":") ? pid.substring(pid.indexOf(':') + 1) : pid, value.strip());
            }
        }
        String identifier = IDENTIFIERS.stream().map(given::get).filter(v -> v != null).findFirst().orElse(null);
        String country = given.getOrDefault("country", given.getOrDefault("nationality", given.get("jurisdiction")));
        String schema = types.size() == 1 ? types.get(0) : null;
        return new Reconcile(key, q.get("query").asText().strip(), List.copyOf(types), limit,
                new ScreenService.Query(q.get("query").asText().strip(), schema, given.get("birthDate"), country, identifier));
    }

    /**
     * The reconciliation results by key: each candidate's id, name, type, score (0 to 1, as yente
     * gives it), {@code match} when it reaches the threshold, the explanation as the description
     * and the scorer's features.
     */
    public static ObjectNode reconcileResponse(List<Reconcile> queries, ScreenPages.Screened screened, double threshold) {
        ObjectNode out = EntityJson.JSON.createObjectNode();
        for (int i = 0; i < queries.size(); i++) {
            Reconcile q = queries.get(i);
            ArrayNode result = out.putObject(q.key()).putArray("result");
            int n = 0;
            for (Hit h : screened.results().get(i).hits()) {
                if (!q.types().isEmpty() && q.types().stream().noneMatch(t -> isA(h.entity().schema(), t))) {
                    continue;
                }
                if (n++ >= q.limit()) {
                    break;
                }
                ObjectNode c = result.addObject();
                c.put("id", h.entity().id());
                c.put("name", h.entity().caption());
                Schema schema = schema(h.entity().schema());
                c.putArray("type").addObject().put("id", h.entity().schema()).put("name", schema == null ? h.entity().schema()
                        : schema.label());
                c.put("score", round(h.score().value()));
                c.put("match", h.score().value() >= threshold);
                List<String> programs = ScreenPages.programs(screened.service(), h);
                c.put("description", describe(h, programs));
                ArrayNode features = c.putArray("features");
                for (Feature f : h.score().features()) {
                    features.addObject().put("id", f.name()).put("value", round(f.similarity()));
                }
            }
        }
        return out;
    }

    /** A candidate fits a type when one schema is the other or descends from it (a LegalEntity may be the Organization asked for). */
    private static boolean isA(String schema, String type) {
        Schema s = schema(schema);
        Schema t = schema(type);
        return s != null && t != null && (s.isA(type) || t.isA(schema));
    }

    /** One line an analyst can read in OpenRefine: the name matched, the programmes, each feature with the names it compared. */
    private static String describe(Hit h, List<String> programs) {
        StringBuilder b = new StringBuilder("matched '").append(h.matchedName()).append("'");
        if (!programs.isEmpty()) {
            b.append("; listed under ").append(String.join(", ", programs));
        }
        for (Feature f : h.score().features()) {
            b.append("; ").append(f.name()).append(' ').append(String.format(java.util.Locale.ROOT, "%.2f", f.similarity()));
            if (f.query() != null && f.candidate() != null) {
                b.append(" ('").append(f.query()).append("' ~ '").append(f.candidate()).append("')");
            }
        }
        return b.toString();
    }

    /**
     * The service manifest OpenRefine reads when the service is added: versions, name, the spaces,
     * the default types and where to view an entity ({@code base} is this server's address).
     */
    public static ObjectNode manifest(String base) {
        ObjectNode m = EntityJson.JSON.createObjectNode();
        m.putArray("versions").add("0.2");
        m.put("name", "Corridor workspace");
        m.put("identifierSpace", base + "/entity/");
        m.put("schemaSpace", "https://followthemoney.tech/explorer/schemata/");
        ArrayNode types = m.putArray("defaultTypes");
        for (String t : DEFAULT_TYPES) {
            Schema s = schema(t);
            types.addObject().put("id", t).put("name", s == null ? t : s.label());
        }
        m.putObject("view").put("url", base + "/entity/{{id}}");
        ObjectNode suggest = m.putObject("suggest");
        for (String kind : List.of("entity", "type", "property")) {
            suggest.putObject(kind).put("service_url", base).put("service_path", "/reconcile/default/suggest/" + kind);
        }
        return m;
    }

    /** The schemata a reconciliation may be restricted to whose name or label starts with {@code prefix} (none for an empty prefix). */
    public static ObjectNode suggestTypes(String prefix) {
        ObjectNode out = suggestion(prefix);
        ArrayNode result = out.putArray("result");
        String p = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (!p.isEmpty()) {
            for (Schema s : SchemaRegistry.standard().all()) {
                if (!s.isAbstract() && s.isA("LegalEntity") || s.name().equals("Vessel")) {
                    if (s.name().toLowerCase(java.util.Locale.ROOT).startsWith(p) || s.label().toLowerCase(java.util.Locale.ROOT).startsWith(p)) {
                        result.addObject().put("id", s.name()).put("name", s.label());
                    }
                }
            }
        }
        return out;
    }

    /** Properties of those schemata ({@code Schema:property}) whose name starts with {@code prefix}. */
    public static ObjectNode suggestProperties(String prefix) {
        ObjectNode out = suggestion(prefix);
        ArrayNode result = out.putArray("result");
        String p = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (!p.isEmpty()) {
            java.util.Set<String> seen = new java.util.TreeSet<>();
            for (Schema s : SchemaRegistry.standard().all()) {
                if (s.isA("LegalEntity") || s.name().equals("Vessel")) {
                    s.properties().values().forEach(prop -> {
                        if (prop.name().toLowerCase(java.util.Locale.ROOT).startsWith(p)) {
                            seen.add(prop.owner() + ":" + prop.name());
                        }
                    });
                }
            }
            seen.forEach(q -> result.addObject().put("id", q).put("name", q.substring(q.indexOf(':') + 1)));
        }
        return out;
    }

    /** Entities found by {@link EntityPages#search} for a prefix, as the suggest service lists them. */
    public static ObjectNode suggestEntities(String prefix, JsonNode found) {
        ObjectNode out = suggestion(prefix);
        ArrayNode result = out.putArray("result");
        for (JsonNode e : found) {
            Schema s = schema(e.path("schema").asText());
            ObjectNode o = result.addObject().put("id", e.path("id").asText()).put("name", e.path("caption").asText());
            o.putArray("type").addObject().put("id", e.path("schema").asText()).put("name", s == null ? e.path("schema").asText() : s.label());
        }
        return out;
    }

    private static ObjectNode suggestion(String prefix) {
        ObjectNode out = EntityJson.JSON.createObjectNode();
        out.put("code", "/api/status/ok");
        out.put("status", "200 OK");
        out.put("prefix", prefix == null ? "" : prefix);
        return out;
    }
}
