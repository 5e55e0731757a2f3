package org.corridor.resolve.xref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits scored pairs into merges and the review queue. Best pairs first: a pair at or above the
 * auto-merge score is merged when no one has judged it, it is {@linkplain Pair#corroborated
 * corroborated}, its sources allow it, and the two
 * clusters it would join have no source in common (so no merge can chain two records of one list
 * together through a third); every other pair above the threshold is queued.
 */
public final class Planner {
    /** What resolve will do: pairs to merge and pairs to queue, each best first. */
    public record Plan(List<Pair> merges, List<Pair> queued, int alreadyJudged) {
    }

    private Planner() {
    }

    /**
     * @param judged keys ({@link Pair#key}) of pairs with an active decision, which are neither merged nor queued
     */
    public static Plan plan(List<Pair> pairs, Map<String, Set<String>> sources, Set<String> judged, ResolveOptions options) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> clusterSources = new HashMap<>();
        List<Pair> merges = new ArrayList<>();
        List<Pair> queued = new ArrayList<>();
        int skipped = 0;
        for (Pair p : pairs) {
            if (judged.contains(p.key())) {
                skipped++;
                continue;
            }
            String a = root(parent, p.left());
            String b = root(parent, p.right());
            if (a.equals(b)) {
                continue;
            }
            Set<String> sa = clusterSources.computeIfAbsent(a, k -> new HashSet<>(sources.getOrDefault(k, Set.of())));
            Set<String> sb = clusterSources.computeIfAbsent(b, k -> new HashSet<>(sources.getOrDefault(k, Set.of())));
            boolean disjoint = sa.stream().noneMatch(sb::contains);
            if (p.score().value() >= options.autoMerge() && p.corroborated() && (options.mergeWithinSource() || disjoint)) {
                merges.add(p);
                parent.put(b, a);
                sa.addAll(sb);
                clusterSources.remove(b);
            } else {
                queued.add(p);
            }
        }
        return new Plan(List.copyOf(merges), List.copyOf(queued), skipped);
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
