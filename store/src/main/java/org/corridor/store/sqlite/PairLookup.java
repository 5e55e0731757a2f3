package org.corridor.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether two clusters were already asked about: a judgement not undone, or a queued proposal,
 * between any member of one and any member of the other. Reads only the rows that touch the
 * members (by the indexes on either side of a pair); cluster lookups are kept for the call.
 */
final class PairLookup {

    private final PreparedStatement canonical;
    private final PreparedStatement members;
    private final PreparedStatement touching;
    private final Map<String, String> clusters = new HashMap<>();
    private final Map<String, Set<String>> memberSets = new HashMap<>();

    PairLookup(PreparedCache prepared) throws SQLException {
        canonical = prepared.get("SELECT canonical_id FROM canonical WHERE entity_id = ?");
        members = prepared.get("SELECT entity_id FROM canonical WHERE canonical_id = ?");
        touching = prepared.get("SELECT right_id FROM decision WHERE left_id = ? AND undone_at IS NULL "
                + "UNION ALL SELECT left_id FROM decision WHERE right_id = ? AND undone_at IS NULL "
                + "UNION ALL SELECT right_id FROM candidate WHERE left_id = ? "
                + "UNION ALL SELECT left_id FROM candidate WHERE right_id = ?");
    }

    /** The cluster an id is in now: its canonical id, or itself when it was never merged. */
    String cluster(String id) throws SQLException {
        String known = clusters.get(id);
        if (known != null) {
            return known;
        }
        canonical.setString(1, id);
        String found = id;
        try (ResultSet rs = canonical.executeQuery()) {
            if (rs.next()) {
                found = rs.getString(1);
            }
        }
        clusters.put(id, found);
        return found;
    }

    boolean askedBetween(String a, String b) throws SQLException {
        Set<String> left = members(a);
        Set<String> right = members(b);
        Set<String> from = left.size() <= right.size() ? left : right;
        Set<String> to = from == left ? right : left;
        for (String id : from) {
            for (int i = 1; i <= 4; i++) {
                touching.setString(i, id);
            }
            try (ResultSet rs = touching.executeQuery()) {
                while (rs.next()) {
                    if (to.contains(rs.getString(1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Set<String> members(String cluster) throws SQLException {
        Set<String> known = memberSets.get(cluster);
        if (known != null) {
            return known;
        }
        Set<String> ids = new HashSet<>();
        ids.add(cluster);
        members.setString(1, cluster);
        try (ResultSet rs = members.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        memberSets.put(cluster, ids);
        return ids;
    }
}
