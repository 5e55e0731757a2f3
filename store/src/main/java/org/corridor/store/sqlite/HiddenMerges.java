package org.corridor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Merges a reader cannot see. A merge stores every member's statements under one cluster id; when
 * the reader may see statements read for only one member, the cluster is that member to them, and
 * is shown under the member's own id. Otherwise a SECRET report linked to a public listed party
 * would re-key that party for every reader, and the new id would tell them a merge had happened.
 */
final class HiddenMerges {
    static final HiddenMerges NONE = new HiddenMerges(Map.of(), Map.of());

    /** Cluster id to the one member id the reader may see. */
    private final Map<String, String> shown;
    /** That member id to the cluster where its statements are stored. */
    private final Map<String, String> stored;

    private HiddenMerges(Map<String, String> shown, Map<String, String> stored) {
        this.shown = shown;
        this.stored = stored;
    }

    /** The merges hidden from a reader whose visible statements satisfy {@code labelClause}. */
    static HiddenMerges read(Connection connection, String labelClause) {
        Map<String, String> shown = new HashMap<>();
        Map<String, String> stored = new HashMap<>();
        String sql = "SELECT entity_id, min(original_entity) FROM statement WHERE original_entity IS NOT NULL AND "
                + labelClause + " GROUP BY entity_id HAVING min(original_entity) = max(original_entity)";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                shown.put(rs.getString(1), rs.getString(2));
                stored.put(rs.getString(2), rs.getString(1));
            }
        } catch (SQLException e) {
            throw SqliteStore.readFailure(e);
        }
        return shown.isEmpty() ? NONE : new HiddenMerges(shown, stored);
    }

    /** The id the reader knows for a stored id (or reference value). */
    String shown(String storedId) {
        return storedId == null ? null : shown.getOrDefault(storedId, storedId);
    }

    /** The stored id holding what the reader knows under this id. */
    String stored(String id) {
        return stored.getOrDefault(id, id);
    }

    /** Whether this id is a cluster the reader must not see as such. */
    boolean hides(String id) {
        return shown.containsKey(id);
    }
}
