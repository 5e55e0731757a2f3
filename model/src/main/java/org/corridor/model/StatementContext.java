package org.corridor.model;

import org.corridor.model.schema.SchemaRegistry;

/**
 * What every statement read from one file shares: the source name, the releasability label, when
 * it was first and last seen, and the schema registry that cleans its values.
 */
public record StatementContext(String source, String label, String firstSeen, String lastSeen,
        SchemaRegistry registry) {

    public StatementContext(String source, String label, String seen, SchemaRegistry registry) {
        this(source, label, seen, seen, registry);
    }

    public StatementContext seen(String first, String last) {
        return new StatementContext(source, label, first, last, registry);
    }

    /** The same context with another source, for a file whose rows each name their own (a cited dataset). */
    public StatementContext withSource(String rowSource) {
        return new StatementContext(rowSource, label, firstSeen, lastSeen, registry);
    }

    public EntityBuilder entity(String id, String schema, Location location) {
        return new EntityBuilder(this, registry.get(schema), id, location);
    }

    public Statement statement(String entityId, String schema, String property, String value,
            Location location, double confidence) {
        return new Statement(null, entityId, schema, property, value, source, location, confidence,
                firstSeen, lastSeen, label);
    }
}
