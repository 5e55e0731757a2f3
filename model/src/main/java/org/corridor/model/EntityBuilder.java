package org.corridor.model;

import java.util.ArrayList;
import java.util.List;
import org.corridor.model.schema.Cleaned;
import org.corridor.model.schema.Property;
import org.corridor.model.schema.Schema;

/**
 * Collects the statements a reader makes about one entity, cleaning every raw value against
 * the schema. A value that fails cleaning is not stored; it is counted as skipped with its
 * reason, so the per-file report can say what was left out.
 */
public final class EntityBuilder {
    private final StatementContext context;
    private final Schema schema;
    private final String id;
    private final List<Statement> statements = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    EntityBuilder(StatementContext context, Schema schema, String id, Location location) {
        this.context = context;
        this.schema = schema;
        this.id = id;
        if (schema.isAbstract()) {
            throw new InputException(context.source() + " " + location + ": schema " + schema.name()
                    + " is abstract; use one of its concrete descendants");
        }
        statements.add(context.statement(id, schema.name(), Statement.ID, id, location, 1.0));
    }

    public String id() {
        return id;
    }

    public Schema schema() {
        return schema;
    }

    /** Adds a value with full confidence; returns whether it was kept. */
    public boolean add(String property, String raw, Location location) {
        return add(property, raw, location, 1.0);
    }

    public boolean add(String property, String raw, Location location, double confidence) {
        return add(property, raw, location, confidence, true);
    }

    /**
     * Adds a value if it cleans; when it does not and {@code recordSkip} is false, the caller keeps
     * it some other way (as a note), so it is not reported as left out.
     */
    public boolean add(String property, String raw, Location location, double confidence, boolean recordSkip) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        Property p = schema.property(property).orElse(null);
        if (p == null) {
            if (!recordSkip) {
                return false;
            }
            skipped.add(location + ": schema " + schema.name() + " has no property '" + property + "'");
            return false;
        }
        Cleaned cleaned = p.type().clean(raw);
        if (!cleaned.isOk()) {
            if (!recordSkip) {
                return false;
            }
            skipped.add(location + " " + property + ": " + cleaned.problem());
            return false;
        }
        statements.add(context.statement(id, schema.name(), property, cleaned.value(), location, confidence));
        return true;
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }

    public List<String> skipped() {
        return List.copyOf(skipped);
    }
}
