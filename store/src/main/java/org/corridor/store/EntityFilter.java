package org.corridor.store;

/**
 * Which entities to list.
 *
 * @param schema  only entities of this schema or a descendant; null for all
 * @param query   words that must all occur in one of the entity's names; null for all
 * @param limit   at most this many; 0 for no limit
 */
public record EntityFilter(String schema, String query, int limit) {
    public EntityFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (no limit) or more, got " + limit);
        }
    }
}
