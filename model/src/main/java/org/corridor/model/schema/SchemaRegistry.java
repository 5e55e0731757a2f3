package org.corridor.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.model.UsageException;

/** Every schema Corridor knows, loaded once from the {@code schemata.yaml} data file. */
public final class SchemaRegistry {
    private static final String RESOURCE = "/org/corridor/model/schemata.yaml";
    private static final SchemaRegistry DEFAULT = load();

    private final Map<String, Schema> schemata;

    private SchemaRegistry(Map<String, Schema> schemata) {
        this.schemata = schemata;
    }

    public static SchemaRegistry standard() {
        return DEFAULT;
    }

    public Optional<Schema> find(String name) {
        return Optional.ofNullable(schemata.get(name));
    }

    public Schema get(String name) {
        Schema schema = schemata.get(name);
        if (schema == null) {
            throw new UsageException("unknown schema '" + name + "'; known schemata are " + String.join(", ", schemata.keySet()));
        }
        return schema;
    }

    public Collection<Schema> all() {
        return schemata.values();
    }

    /**
     * The schema an entity has when sources give it several: the most specific one that is a
     * descendant of all the others, or empty when two are unrelated (a Person and a Company).
     */
    public Optional<Schema> common(Collection<String> names) {
        Schema best = null;
        for (String name : names) {
            Schema s = get(name);
            if (best == null || s.isA(best.name())) {
                best = s;
            } else if (!best.isA(s.name())) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(best);
    }

    private static SchemaRegistry load() {
        JsonNode root;
        try (InputStream in = SchemaRegistry.class.getResourceAsStream(RESOURCE)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("schemata.yaml is missing from the model jar", e);
        }
        Map<String, Schema> built = new LinkedHashMap<>();
        root.properties().forEach(e -> build(e.getKey(), root, built));
        return new SchemaRegistry(Collections.unmodifiableMap(built));
    }

    private static Schema build(String name, JsonNode root, Map<String, Schema> built) {
        Schema done = built.get(name);
        if (done != null) {
            return done;
        }
        JsonNode node = root.get(name);
        if (node == null) {
            throw new IllegalStateException("schemata.yaml: schema " + name + " is extended but not defined");
        }
        List<String> parents = new ArrayList<>();
        node.path("extends").forEach(p -> parents.add(p.asText()));
        Set<String> ancestors = new LinkedHashSet<>();
        ancestors.add(name);
        Map<String, Property> properties = new LinkedHashMap<>();
        List<String> caption = new ArrayList<>();
        String edgeSource = null;
        String edgeTarget = null;
        for (String parentName : parents) {
            Schema parent = build(parentName, root, built);
            ancestors.addAll(parent.ancestors());
            parent.properties().forEach(properties::putIfAbsent);
            if (caption.isEmpty()) {
                caption.addAll(parent.caption());
            }
            if (edgeSource == null) {
                edgeSource = parent.edgeSource();
                edgeTarget = parent.edgeTarget();
            }
        }
        node.path("properties").properties().forEach(p -> properties.put(p.getKey(), property(name, p.getKey(), p.getValue())));
        if (node.has("caption")) {
            caption.clear();
            node.get("caption").forEach(c -> caption.add(c.asText()));
        }
        if (node.has("edge")) {
            edgeSource = node.get("edge").get("source").asText();
            edgeTarget = node.get("edge").get("target").asText();
        }
        Schema schema = new Schema(name, node.path("label").asText(name), node.path("abstract").asBoolean(false),
                List.copyOf(parents), Set.copyOf(ancestors), Collections.unmodifiableMap(properties),
                List.copyOf(caption), edgeSource, edgeTarget);
        built.put(name, schema);
        return schema;
    }

    private static Property property(String schema, String name, JsonNode spec) {
        if (spec.isArray()) {
            return new Property(name, PropertyType.named(spec.get(0).asText()), spec.get(1).asText(), schema);
        }
        return new Property(name, PropertyType.named(spec.asText()), null, schema);
    }
}
