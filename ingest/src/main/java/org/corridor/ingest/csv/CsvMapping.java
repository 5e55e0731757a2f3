package org.corridor.ingest.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.UsageException;
import org.corridor.model.schema.Property;
import org.corridor.model.schema.Schema;
import org.corridor.model.schema.SchemaRegistry;

/**
 * How the columns of a CSV file become entities, in the spirit of FollowTheMoney mappings: per
 * entity a schema, the key columns whose values make its id, and for each property a column, a
 * list of columns, a literal, or another mapped entity. Every problem in the mapping is reported
 * at once.
 *
 * <pre>
 * id_prefix: designations          # optional; defaults to the mapping file's name
 * entities:
 *   group:
 *     schema: Organization
 *     keys: [group]                # or id_column: some_column (with an optional id_prefix)
 *     properties:
 *       name: {column: group}
 *       alias: {columns: [alias_1, alias_2], split: ";"}
 *       topics: {literal: crime.traffick}
 *   designation:
 *     schema: Sanction
 *     keys: [group, authority, date]
 *     properties:
 *       entity: {entity: group}
 * </pre>
 *
 * A file whose rows cite different sources (a dataset compiled from reporting) names the columns
 * that identify each row's source: {@code source_columns: [outlet, published]}. Every statement
 * of a row is then stored under {@code FILE-SOURCE/OUTLET PUBLISHED}, so the ledger and
 * {@code show} tell each source's claims apart.
 */
public record CsvMapping(String idPrefix, char delimiter, Charset encoding, Map<String, EntityMapping> entities,
        List<String> sourceColumns) {

    /** One entity made from each row. */
    public record EntityMapping(String name, Schema schema, List<String> keys, String keyLiteral, String idColumn,
            String idPrefix, Map<String, List<ValueMapping>> properties) {
    }

    /** Where one property's values come from. Exactly one of columns, literal, entity is set. */
    public record ValueMapping(List<String> columns, String literal, String entity, String split) {
    }

    public static CsvMapping load(Path file, SchemaRegistry registry) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UsageException("mapping " + file + " cannot be read as YAML (" + firstLine(e.getMessage())
                    + "); see docs/formats.md for the mapping format");
        }
        if (root == null || !root.path("entities").isObject() || root.path("entities").isEmpty()) {
            throw new UsageException("mapping " + file + " has no 'entities' section; see docs/formats.md for the mapping format");
        }
        List<String> errors = new ArrayList<>();
        Map<String, EntityMapping> entities = new LinkedHashMap<>();
        root.get("entities").properties().forEach(e -> {
            EntityMapping m = entity(e.getKey(), e.getValue(), registry, errors);
            if (m != null) {
                entities.put(e.getKey(), m);
            }
        });
        entities.values().forEach(m -> m.properties().forEach((prop, values) -> values.stream()
                .filter(v -> v.entity() != null && !entities.containsKey(v.entity()))
                .forEach(v -> errors.add("entity '" + m.name() + "' property '" + prop + "' refers to entity '"
                        + v.entity() + "', which the mapping does not define"))));
        String delimiter = root.path("delimiter").asText(",");
        if (delimiter.length() != 1) {
            errors.add("delimiter must be one character, got '" + delimiter + "'");
        }
        List<String> sourceColumns = new ArrayList<>();
        JsonNode sources = root.path("source_columns");
        if (!sources.isMissingNode() && !sources.isArray()) {
            errors.add("source_columns must be a list of column names, such as [outlet, published]");
        }
        sources.forEach(c -> sourceColumns.add(c.asText()));
        Charset encoding = StandardCharsets.UTF_8;
        if (root.has("encoding")) {
            try {
                encoding = Charset.forName(root.get("encoding").asText());
            } catch (IllegalArgumentException e) {
                errors.add("encoding '" + root.get("encoding").asText() + "' is not a charset Java knows");
            }
        }
        if (!errors.isEmpty()) {
            throw new UsageException("mapping " + file + " has " + errors.size() + " problem" + (errors.size() > 1 ? "s" : "")
                    + ": " + String.join("; ", errors) + "; fix the mapping and try again");
        }
        String stem = file.getFileName().toString().replaceAll("(\\.mapping)?\\.ya?ml$", "");
        return new CsvMapping(root.path("id_prefix").asText(stem), delimiter.charAt(0), encoding,
                java.util.Collections.unmodifiableMap(entities), List.copyOf(sourceColumns));
    }

    private static EntityMapping entity(String name, JsonNode node, SchemaRegistry registry, List<String> errors) {
        String schemaName = node.path("schema").asText("");
        Schema schema = registry.find(schemaName).orElse(null);
        if (schema == null) {
            errors.add("entity '" + name + "' has unknown schema '" + schemaName + "'");
            return null;
        }
        if (schema.isAbstract()) {
            errors.add("entity '" + name + "' has abstract schema '" + schemaName + "'; use a concrete one");
            return null;
        }
        List<String> keys = new ArrayList<>();
        node.path("keys").forEach(k -> keys.add(k.asText()));
        String idColumn = node.path("id_column").asText(null);
        if (keys.isEmpty() && idColumn == null) {
            errors.add("entity '" + name + "' needs 'keys' (columns that identify it) or an 'id_column'");
        }
        Map<String, List<ValueMapping>> properties = new LinkedHashMap<>();
        node.path("properties").properties().forEach(p -> {
            Property property = schema.property(p.getKey()).orElse(null);
            if (property == null) {
                errors.add("entity '" + name + "': schema " + schemaName + " has no property '" + p.getKey() + "'");
                return;
            }
            List<ValueMapping> values = new ArrayList<>();
            JsonNode specs = p.getValue().isArray() ? p.getValue() : new ObjectMapper().createArrayNode().add(p.getValue());
            for (JsonNode spec : specs) {
                ValueMapping v = value(spec);
                if (v == null) {
                    errors.add("entity '" + name + "' property '" + p.getKey() + "' needs one of column, columns, literal or entity");
                } else if (!property.isReference() && v.entity() != null) {
                    errors.add("entity '" + name + "' property '" + p.getKey() + "' is not a reference; use column or literal");
                } else {
                    values.add(v);
                }
            }
            properties.put(p.getKey(), List.copyOf(values));
        });
        return new EntityMapping(name, schema, List.copyOf(keys), node.path("key_literal").asText(schemaName), idColumn,
                node.path("id_prefix").asText(null), properties);
    }

    private static ValueMapping value(JsonNode spec) {
        String split = spec.path("split").asText(null);
        if (spec.has("column")) {
            return new ValueMapping(List.of(spec.get("column").asText()), null, null, split);
        }
        if (spec.has("columns")) {
            List<String> cols = new ArrayList<>();
            spec.get("columns").forEach(c -> cols.add(c.asText()));
            return new ValueMapping(List.copyOf(cols), null, null, split);
        }
        if (spec.has("literal")) {
            return new ValueMapping(List.of(), spec.get("literal").asText(), null, null);
        }
        if (spec.has("entity")) {
            return new ValueMapping(List.of(), null, spec.get("entity").asText(), null);
        }
        return null;
    }

    /** Every column the mapping reads, for checking against the file's header. */
    public List<String> columns() {
        List<String> out = new ArrayList<>();
        entities.values().forEach(e -> {
            out.addAll(e.keys());
            if (e.idColumn() != null) {
                out.add(e.idColumn());
            }
            e.properties().values().forEach(vs -> vs.forEach(v -> out.addAll(v.columns())));
        });
        out.addAll(sourceColumns);
        return out.stream().distinct().toList();
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }
}
