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
        String problem = store(property, raw, location, confidence);
        if (problem != null && !problem.isEmpty()) {
            skipped.add(problem);
        }
        return problem == null;
    }

    /**
     * Adds a value if it cleans and says whether it did, without counting a refusal as skipped:
     * for a caller that keeps a refused value some other way (as a note).
     */
    public boolean tryAdd(String property, String raw, Location location, double confidence) {
        return store(property, raw, location, confidence) == null;
    }

    /** Stores the cleaned value; returns null if stored, "" for no value, else why it was refused. */
    private String store(String property, String raw, Location location, double confidence) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        Property p = schema.property(property).orElse(null);
        if (p == null) {
            return location + ": schema " + schema.name() + " has no property '" + property + "'";
        }
        Cleaned cleaned = p.type().clean(raw);
        if (!cleaned.isOk()) {
            return location + " " + property + ": " + cleaned.problem();
        }
        statements.add(context.statement(id, schema.name(), property, cleaned.value(), location, confidence));
        return null;
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }

    public List<String> skipped() {
        return List.copyOf(skipped);
    }
}
