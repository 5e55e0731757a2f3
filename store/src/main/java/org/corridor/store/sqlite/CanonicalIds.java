package org.corridor.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where merged ids now live, looked up for one write: a statement read for a merged entity is
 * stored at its canonical id (and a reference to one points at it). Only the ids the write
 * touches are looked up, each once, by the table's primary key; a workspace with no merges costs
 * one query. Loading the whole table instead made every document's write pay for every merge.
 */
final class CanonicalIds {
    private final PreparedStatement lookup;
    private final Map<String, String> known = new HashMap<>();

    private CanonicalIds(PreparedStatement lookup) {
        this.lookup = lookup;
    }

    /** The lookup for one write. */
    static CanonicalIds open(PreparedCache prepared) throws SQLException {
        try (ResultSet rs = prepared.get("SELECT EXISTS (SELECT 1 FROM canonical)").executeQuery()) {
            rs.next();
            return new CanonicalIds(rs.getBoolean(1) ? prepared.get("SELECT canonical_id FROM canonical WHERE entity_id = ?") : null);
        }
    }

    /** The canonical id of a merged entity, or null when the id was not merged into another. */
    String movedTo(String id) throws SQLException {
        if (lookup == null) {
            return null;
        }
        if (known.containsKey(id)) {
            return known.get(id);
        }
        lookup.setString(1, id);
        String canonical = null;
        try (ResultSet rs = lookup.executeQuery()) {
            if (rs.next()) {
                canonical = rs.getString(1);
            }
        }
        known.put(id, canonical);
        return canonical;
    }

    /** The id where statements about {@code id} now live: its canonical id, or itself. */
    String of(String id) throws SQLException {
        String canonical = movedTo(id);
        return canonical != null ? canonical : id;
    }
}
