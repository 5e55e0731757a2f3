package org.corridor.model.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of entity, with every property it has (its own and inherited). Schemata are data,
 * loaded from {@code schemata.yaml}; there is no Java class per kind of entity.
 *
 * @param ancestors   this schema and every schema it extends, transitively
 * @param edgeSource  for relationship schemata (Ownership, Payment, ...), the property naming the source entity
 * @param edgeTarget  ... and the target entity
 */
public record Schema(String name, String label, boolean isAbstract, List<String> parents,
        Set<String> ancestors, Map<String, Property> properties, List<String> caption,
        String edgeSource, String edgeTarget) {

    public boolean isA(String other) {
        return ancestors.contains(other);
    }

    public boolean isEdge() {
        return edgeSource != null;
    }

    public Optional<Property> property(String propertyName) {
        return Optional.ofNullable(properties.get(propertyName));
    }
}
