package org.corridor.resolve.xref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.resolve.names.NameForm;
import org.corridor.resolve.score.NamesV1;
import org.corridor.resolve.score.PreparedName;
import org.corridor.resolve.score.Score;
import org.corridor.resolve.screen.Listed;
import org.corridor.resolve.screen.NameIndex;

/**
 * Cross-reference of every party with every other, within and across sources: each party's names
 * are blocked against the index, each candidate scored on its best pair of names with both sides'
 * qualifiers, and pairs at or above the review threshold kept. Parties whose schemata cannot be
 * one (a person and a vessel) are never paired. Runs in parallel; the result does not depend on
 * thread timing (pairs are keyed and sorted).
 */
public final class Xref {
    private final NameIndex index;
    private final Map<String, Set<String>> sources;
    private final ResolveOptions options;
    private final NamesV1 scorer;
    private final SchemaRegistry registry = SchemaRegistry.standard();
    private final PreparedName[][] prepared;

    public Xref(NameIndex index, Map<String, Set<String>> sources, ResolveOptions options) {
        this.index = index;
        this.sources = sources;
        this.options = options;
        this.scorer = new NamesV1(options.score(), index::rarity);
        this.prepared = index.listed().stream().map(l -> l.names().stream().map(scorer::prepare).toArray(PreparedName[]::new))
                .toArray(PreparedName[][]::new);
    }

    private record Best(Listed a, PreparedName aName, Listed b, PreparedName bName, double value, double primaryValue,
            double primaryMatch, double support) {
    }

    /** Pairs at or above the review threshold, best first; {@code progress} hears each party done. */
    public List<Pair> pairs(LongConsumer progress) {
        List<Listed> listed = index.listed();
        Map<String, Best> best = new ConcurrentHashMap<>();
        AtomicLong done = new AtomicLong();
        IntStream.range(0, listed.size()).parallel().forEach(i -> {
            Listed a = listed.get(i);
            java.util.Set<Integer> candidates = new java.util.LinkedHashSet<>();
            for (NameForm name : a.names()) {
                for (int p : index.candidatePositions(name, options.candidates())) {
                    if (p != i) {
                        candidates.add(p);
                    }
                }
            }
            for (int p : candidates) {
                Listed b = listed.get(p);
                if (!compatible(a, b)) {
                    continue;
                }
                Best found = bestNames(a, prepared[i], b, prepared[p]);
                if (found.value() >= options.score().threshold()) {
                    best.merge(Pair.key(a.id(), b.id()), found, Xref::better);
                }
            }
            progress.accept(done.incrementAndGet());
        });
        List<Pair> out = new ArrayList<>(best.size());
        for (Best b : best.values()) {
            Score score = scorer.score(b.aName(), b.a().qualifiers(), b.bName(), b.b().qualifiers());
            boolean aFirst = b.a().id().compareTo(b.b().id()) < 0;
            Listed left = aFirst ? b.a() : b.b();
            Listed right = aFirst ? b.b() : b.a();
            out.add(new Pair(left.id(), right.id(), (aFirst ? b.aName() : b.bName()).original(),
                    (aFirst ? b.bName() : b.aName()).original(), score, shareSource(left.id(), right.id()),
                    b.primaryValue() >= options.autoMerge() || left.qualifiers().strongAgreement(right.qualifiers()),
                    b.primaryMatch(), b.support()));
        }
        out.sort(Comparator.comparingDouble((Pair p) -> -p.score().value()).thenComparingDouble(p -> -p.primaryMatch())
                .thenComparingDouble(p -> -p.support()).thenComparing(Pair::left).thenComparing(Pair::right));
        return out;
    }

    /**
     * The finding kept for a pair that each side's thread finds once: the higher score; on equal
     * scores the weaker of the two by the other measures (primary-name match, share of names
     * matching, corroboration), then the names compared, so that neither thread timing nor the
     * direction of the comparison decides. "First wins" let two runs on the same workspace merge
     * different records of equal score; keeping the stronger direction let OFAC's two different
     * "NATIONAL LIBERATION ARMY" records (Colombia's ELN and the Balkan NLA) outrank their own
     * records in the other snapshot.
     */
    private static Best better(Best x, Best y) {
        int c = Double.compare(y.value(), x.value());
        if (c == 0) {
            c = Double.compare(x.primaryMatch(), y.primaryMatch());
        }
        if (c == 0) {
            c = Double.compare(x.support(), y.support());
        }
        if (c == 0) {
            c = Double.compare(x.primaryValue(), y.primaryValue());
        }
        if (c == 0) {
            c = oriented(x).compareTo(oriented(y));
        }
        return c > 0 ? y : x;
    }

    /** The two names compared, in the order of the two ids, whichever side found them. */
    private static String oriented(Best b) {
        boolean aFirst = b.a().id().compareTo(b.b().id()) < 0;
        return (aFirst ? b.aName() : b.bName()).original() + "\u0000" + (aFirst ? b.bName() : b.aName()).original();
    }

    private Best bestNames(Listed a, PreparedName[] aNames, Listed b, PreparedName[] bNames) {
        PreparedName bestX = null;
        PreparedName bestY = null;
        double best = -1;
        double primaryValue = 0;
        double primaryMatch = 0;
        boolean[] aFound = new boolean[aNames.length];
        boolean[] bFound = new boolean[bNames.length];
        for (int i = 0; i < aNames.length; i++) {
            PreparedName x = aNames[i];
            boolean xPrimary = a.isPrimary(x.form());
            for (int j = 0; j < bNames.length; j++) {
                PreparedName y = bNames[j];
                double v = scorer.value(x, a.qualifiers(), y, b.qualifiers());
                if (v > best) {
                    best = v;
                    bestX = x;
                    bestY = y;
                }
                boolean yPrimary = b.isPrimary(y.form());
                if ((xPrimary || yPrimary) && v > primaryValue && !oneWordAgainstMany(x, y)) {
                    primaryValue = v;
                }
                if (xPrimary && yPrimary) {
                    primaryMatch = Math.max(primaryMatch, v);
                }
                if (v >= options.score().threshold()) {
                    aFound[i] = true;
                    bFound[j] = true;
                }
            }
        }
        double support = (count(aFound) + count(bFound)) / (double) (aFound.length + bFound.length);
        return new Best(a, bestX, b, bestY, best, primaryValue, primaryMatch, support);
    }

    private static int count(boolean[] found) {
        int n = 0;
        for (boolean f : found) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** An acronym or a lone word against a longer name: a match too thin to merge on. */
    private static boolean oneWordAgainstMany(PreparedName x, PreparedName y) {
        return (x.identityWords() <= 1) != (y.identityWords() <= 1);
    }


    private boolean compatible(Listed a, Listed b) {
        return a.schema().equals(b.schema()) || registry.common(List.of(a.schema(), b.schema())).isPresent();
    }

    private boolean shareSource(String a, String b) {
        Set<String> x = sources.getOrDefault(a, Set.of());
        Set<String> y = sources.getOrDefault(b, Set.of());
        return x.stream().anyMatch(y::contains);
    }
}
