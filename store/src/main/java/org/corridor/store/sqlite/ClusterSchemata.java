package org.corridor.store.sqlite;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The schemata of each cluster's id statements, as merges ask them, kept on the writing
 * connection between merges. A merge must check that both sides can be one party, and reading a
 * cluster's schemata means reading every statement of it: a party that every report names grows
 * by each report, so each link to it cost more as the workspace grew. A merge records the union it
 * made, and a file writing an id statement into a cluster adds its schema; an undo or a rollback
 * forgets them all.
 */
final class ClusterSchemata {
    private final Map<String, Set<String>> known = new HashMap<>();

    Set<String> get(String cluster) {
        return known.get(cluster);
    }

    void merged(String target, Set<String> schemata, Iterable<String> absorbed) {
        for (String id : absorbed) {
            known.remove(id);
        }
        known.put(target, Set.copyOf(schemata));
    }

    void read(String cluster, Set<String> schemata) {
        known.put(cluster, Set.copyOf(schemata));
    }

    /** An id statement of {@code schema} written into a cluster: the cluster has that schema too, if it is known. */
    void written(String cluster, String schema) {
        Set<String> schemata = known.get(cluster);
        if (schemata != null && !schemata.contains(schema)) {
            Set<String> grown = new java.util.HashSet<>(schemata);
            grown.add(schema);
            known.put(cluster, Set.copyOf(grown));
        }
    }

    void forget() {
        known.clear();
    }
}
