package org.corridor.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.model.Entity;
import org.corridor.model.EntityBuilder;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.model.StatementContext;
import org.corridor.model.schema.SchemaRegistry;

/** Builds Operation entities as several sources would state them, for tests. */
final class Operations {
    private final List<Statement> statements = new ArrayList<>();
    private final String id;

    private Operations(String id) {
        this.id = id;
    }

    static Operations op(String id) {
        return new Operations(id);
    }

    /** What one source says: property, value, property, value, ... */
    Operations says(String source, String... pairs) {
        EntityBuilder b = new StatementContext(source, "", "2026-11-22T00:00:00Z", SchemaRegistry.standard())
                .entity(id, "Operation", Location.NONE);
        for (int i = 0; i < pairs.length; i += 2) {
            if (!b.add(pairs[i], pairs[i + 1], Location.NONE)) {
                throw new IllegalArgumentException("not stored: " + pairs[i] + "=" + pairs[i + 1] + " " + b.skipped());
            }
        }
        statements.addAll(b.statements());
        return this;
    }

    Entity entity() {
        return Entity.of(id, statements, SchemaRegistry.standard());
    }

    static LedgerEntry entry(Operations op, Map<String, String> actorNames) {
        return new EntryReader(a -> new Actor(a, actorNames.getOrDefault(a, a))).read(op.entity());
    }

    static LedgerEntry entry(Operations op) {
        return entry(op, Map.of());
    }
}
