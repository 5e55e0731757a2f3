package org.corridor.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Operations counted and their fatality ranges summed per group. */
public final class Grouping {
    /**
     * One group: its key values (one per grouping key), how many operations, the summed fatality
     * range, and how many of its operations no source gives a fatality figure for.
     */
    public record Group(List<String> key, long events, Range deaths, long withoutFigures) {
    }

    private Grouping() {
    }

    public static List<Group> of(Ledger ledger, List<GroupKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("group by at least one key");
        }
        Map<List<String>, Group> groups = new TreeMap<>(KEY_ORDER);
        for (LedgerEntry e : ledger.entries()) {
            for (List<String> key : combinations(e, keys)) {
                Group g = groups.getOrDefault(key, new Group(key, 0, Range.ZERO, 0));
                groups.put(key, new Group(key, g.events() + 1, g.deaths().plus(e.deathsOrZero()),
                        g.withoutFigures() + (e.deaths() == null ? 1 : 0)));
            }
        }
        return List.copyOf(groups.values());
    }

    private static List<List<String>> combinations(LedgerEntry e, List<GroupKey> keys) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (GroupKey k : keys) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : k.keys(e)) {
                    List<String> key = new ArrayList<>(prefix);
                    key.add(v);
                    next.add(List.copyOf(key));
                }
            }
            out = next;
        }
        return out;
    }

    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** "unknown" sorts last; otherwise text order, which is also date order for years and months. */
    private static int compareValues(String a, String b) {
        boolean ua = a.equals(GroupKey.UNKNOWN);
        boolean ub = b.equals(GroupKey.UNKNOWN);
        if (ua || ub) {
            return Boolean.compare(ua, ub);
        }
        return a.compareTo(b);
    }
}
