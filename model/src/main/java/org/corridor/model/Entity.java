package org.corridor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.model.schema.Schema;
import org.corridor.model.schema.SchemaRegistry;

/**
 * An entity as the aggregate of the statements a reader may see about it. Values keep the order
 * in which they were first stated; a value stated by several sources appears once.
 */
public final class Entity {
    private final String id;
    private final Schema schema;
    private final List<Statement> statements;
    private final Map<String, List<String>> properties;

    private Entity(String id, Schema schema, List<Statement> statements, Map<String, List<String>> properties) {
        this.id = id;
        this.schema = schema;
        this.statements = statements;
        this.properties = properties;
    }

    /**
     * Builds the entity from its statements. When sources give unrelated schemata (a statement
     * says Person, another Company), the first stated schema wins and the conflict stays visible
     * in the statements.
     */
    public static Entity of(String id, List<Statement> statements, SchemaRegistry registry) {
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("an entity needs at least one statement: " + id);
        }
        Set<String> schemaNames = new LinkedHashSet<>();
        statements.forEach(s -> schemaNames.add(s.schema()));
        Schema schema = registry.common(schemaNames).orElseGet(() -> registry.get(statements.get(0).schema()));
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (Statement s : statements) {
            if (!s.isIdStatement()) {
                values.computeIfAbsent(s.property(), k -> new LinkedHashSet<>()).add(s.value());
            }
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        values.forEach((k, v) -> properties.put(k, List.copyOf(v)));
        return new Entity(id, schema, List.copyOf(statements), Collections.unmodifiableMap(properties));
    }

    public String id() {
        return id;
    }

    /**
     * The ids this entity was read under, when it is a merge of several (FtM's referents): each
     * id statement keeps the id its source gave. Empty for an entity that was never merged.
     */
    public List<String> referents() {
        return statements.stream().filter(Statement::isIdStatement).map(Statement::value).filter(v -> !v.equals(id))
                .distinct().sorted().toList();
    }

    public Schema schema() {
        return schema;
    }

    public List<Statement> statements() {
        return statements;
    }

    public Map<String, List<String>> properties() {
        return properties;
    }

    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    public String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.get(0);
    }

    /** The name a person would use for it: the first caption property with a value, else the id. */
    public String caption() {
        for (String property : schema.caption()) {
            String v = first(property);
            if (v != null) {
                return v;
            }
        }
        return id;
    }

    /** Sources that state anything about this entity, sorted. */
    public Set<String> sources() {
        Set<String> sources = new TreeSet<>();
        statements.forEach(s -> sources.add(s.source()));
        return sources;
    }

    public String firstSeen() {
        return statements.stream().map(Statement::firstSeen).filter(s -> s != null && !s.isEmpty()).min(String::compareTo).orElse(null);
    }

    public String lastSeen() {
        return statements.stream().map(Statement::lastSeen).filter(s -> s != null && !s.isEmpty()).max(String::compareTo).orElse(null);
    }
}
