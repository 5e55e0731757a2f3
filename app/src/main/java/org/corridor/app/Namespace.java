package org.corridor.app;

import org.corridor.model.Statement;
import org.corridor.model.schema.SchemaRegistry;

/**
 * Puts a file's entity ids in a namespace: the entity id, the id statement's value and every
 * reference to another entity get the prefix, and the statement id is computed afresh from the
 * new content.
 */
final class Namespace {
    static final char SEPARATOR = '.';

    private Namespace() {
    }

    static Statement apply(String namespace, Statement s, SchemaRegistry registry) {
        String prefix = namespace + SEPARATOR;
        boolean reference = s.isIdStatement() || registry.find(s.schema()).flatMap(schema -> schema.property(s.property()))
                .map(p -> p.isReference()).orElse(false);
        return new Statement(null, prefix + s.entityId(), s.schema(), s.property(), reference ? prefix + s.value() : s.value(),
                s.source(), s.location(), s.confidence(), s.firstSeen(), s.lastSeen(), s.label());
    }
}
