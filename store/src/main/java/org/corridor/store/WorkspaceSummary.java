package org.corridor.store;

import java.util.Map;

/** Counts a reader may see: entities per schema, statements, statements per source. */
public record WorkspaceSummary(long entities, long statements, Map<String, Long> entitiesBySchema,
        Map<String, Long> statementsBySource) {
}
