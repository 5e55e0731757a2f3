package org.corridor.model;

import java.util.Objects;

/**
 * The atom of Corridor's data: one value of one property of one entity, as one source states it.
 *
 * <p>The id is a hash of the content that makes the claim (source, entity, schema, property,
 * value, label), so reading the same file twice yields the same ids and adds nothing. Where in
 * the source, how confident, and when seen are kept but are not part of the identity.
 *
 * @param entityId   the entity the value belongs to
 * @param schema     the schema the source gives that entity
 * @param property   a property of that schema, or {@link #ID} for the statement that the entity exists
 * @param value      the cleaned value
 * @param source     the dataset or file name the value came from
 * @param location   where in the source
 * @param confidence 0 to 1
 * @param firstSeen  ISO date-time the statement was first read (or as the source states it)
 * @param lastSeen   ISO date-time the statement was last read
 * @param label      releasability label expression, empty for public
 */
public record Statement(String id, String entityId, String schema, String property, String value,
        String source, Location location, double confidence, String firstSeen, String lastSeen,
        String label) {

    /** Property of the statement that records an entity's existence and schema (value = its id). */
    public static final String ID = "id";

    public Statement {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        location = location == null ? Location.NONE : location;
        label = label == null ? "" : label;
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
        }
        if (id == null) {
            id = idOf(source, entityId, schema, property, value, label);
        }
    }

    public static Statement of(String entityId, String schema, String property, String value,
            String source, Location location, double confidence, String seen, String label) {
        return new Statement(null, entityId, schema, property, value, source, location, confidence,
                seen, seen, label);
    }

    public static String idOf(String source, String entityId, String schema, String property,
            String value, String label) {
        return Hashing.sha1(source, entityId, schema, property, value, label);
    }

    public boolean isIdStatement() {
        return ID.equals(property);
    }
}
