package org.corridor.model.schema;

/**
 * One property of a schema.
 *
 * @param name   FtM property name
 * @param type   value type
 * @param range  for entity references, the schema the referenced entity must be; else null
 * @param owner  the schema that declares the property
 */
public record Property(String name, PropertyType type, String range, String owner) {
    public boolean isReference() {
        return type == PropertyType.ENTITY;
    }
}
