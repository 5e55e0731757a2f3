package org.corridor.analyze.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sanctions exposure through ownership under OFAC's 50 Percent Rule (OFAC, "Revised Guidance on
 * Entities Owned by Persons Whose Property and Interests in Property Are Blocked", 13 August
 * 2014): an entity owned 50% or more, directly or indirectly, individually or in the aggregate, by
 * one or more blocked persons is itself blocked. Percentages are not multiplied down a chain: an
 * entity becomes blocked, and then its own stakes count in full towards the entities it owns.
 *
 * <p>The walk is a fixpoint: start from the listed parties, add every entity whose blocked owners
 * together hold at least the threshold, and repeat until nothing changes. Each blocked entity
 * keeps the stakes that made it so, which become its evidence chain. Only holdings and listings
 * in force on the chosen date count. O((entities + holdings) × depth).
 */
public final class OwnershipExposure {
    public static final double OFAC_THRESHOLD = 50.0;

    private final double threshold;

    public OwnershipExposure(double threshold) {
        this.threshold = threshold;
    }

    /**
     * @param date ISO date the answer is for, or empty for "whatever the records say, any time"
     * @return one result per listed entity and per entity with a stake held by a blocked party,
     *         blocked ones first, then by aggregate
     */
    public List<ExposureResult> assess(List<Holding> holdings, List<Listing> listings, String date) {
        Map<String, List<Listing>> listed = new LinkedHashMap<>();
        for (Listing l : listings) {
            if (l.activeOn(date)) {
                listed.computeIfAbsent(l.party(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Holding> active = holdings.stream().filter(h -> h.activeOn(date)).toList();
        Set<String> blocked = new HashSet<>(listed.keySet());
        Map<String, List<Holding>> reasons = new TreeMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, List<Holding>> byAsset = new TreeMap<>();
            for (Holding h : active) {
                if (blocked.contains(h.owner()) && !blocked.contains(h.asset())) {
                    byAsset.computeIfAbsent(h.asset(), k -> new ArrayList<>()).add(h);
                }
            }
            for (var e : byAsset.entrySet()) {
                if (sum(e.getValue()) >= threshold) {
                    blocked.add(e.getKey());
                    reasons.put(e.getKey(), e.getValue());
                    changed = true;
                }
            }
        }
        Map<String, List<Holding>> exposure = new TreeMap<>();
        for (Holding h : active) {
            if (blocked.contains(h.owner())) {
                exposure.computeIfAbsent(h.asset(), k -> new ArrayList<>()).add(h);
            }
        }
        Set<String> entities = new java.util.TreeSet<>(listed.keySet());
        entities.addAll(exposure.keySet());
        List<ExposureResult> results = new ArrayList<>();
        for (String entity : entities) {
            List<Holding> stakes = exposure.getOrDefault(entity, List.of());
            List<String> chain = new ArrayList<>();
            explain(entity, listed, reasons, chain, new HashSet<>());
            if (!blocked.contains(entity)) {
                chain.add(entity + " is not blocked: blocked owners hold " + percent(sum(stakes)) + " in aggregate, below "
                        + percent(threshold) + describe(stakes));
            }
            results.add(new ExposureResult(entity, sum(stakes), blocked.contains(entity), listed.getOrDefault(entity, List.of()),
                    stakes, chain));
        }
        results.sort(Comparator.comparing((ExposureResult r) -> !r.blocked()).thenComparing(r -> -r.aggregate())
                .thenComparing(ExposureResult::entity));
        return results;
    }

    private void explain(String entity, Map<String, List<Listing>> listed, Map<String, List<Holding>> reasons,
            List<String> chain, Set<String> seen) {
        if (!seen.add(entity)) {
            return;
        }
        if (listed.containsKey(entity)) {
            for (Listing l : listed.get(entity)) {
                chain.add(entity + " is listed: " + l.program() + " (" + l.sanction() + ")");
            }
            return;
        }
        List<Holding> why = reasons.get(entity);
        if (why == null) {
            return;
        }
        chain.add(entity + " is blocked: blocked owners hold " + percent(sum(why)) + " in aggregate" + describe(why));
        for (Holding h : why) {
            explain(h.owner(), listed, reasons, chain, seen);
        }
    }

    private static String describe(List<Holding> stakes) {
        if (stakes.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        for (int i = 0; i < stakes.size(); i++) {
            Holding h = stakes.get(i);
            s.append(i == 0 ? "" : " + ").append(h.owner()).append(' ').append(percent(h.percent())).append(" [").append(h.evidence()).append(']');
        }
        return s.append(')').toString();
    }

    private static double sum(List<Holding> stakes) {
        return stakes.stream().mapToDouble(Holding::percent).sum();
    }

    static String percent(double p) {
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.2f", p)) + "%";
    }
}
