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
import org.corridor.resolve.names.Token;
import org.corridor.resolve.score.NamesV1;
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

    public Xref(NameIndex index, Map<String, Set<String>> sources, ResolveOptions options) {
        this.index = index;
        this.sources = sources;
        this.options = options;
        this.scorer = new NamesV1(options.score(), index::rarity);
    }

    private record Best(Listed a, NameForm aName, Listed b, NameForm bName, double value, double primaryValue,
            double primaryMatch, double support) {
    }

    /** Pairs at or above the review threshold, best first; {@code progress} hears each party done. */
    public List<Pair> pairs(LongConsumer progress) {
        List<Listed> listed = index.listed();
        Map<String, Best> best = new ConcurrentHashMap<>();
        AtomicLong done = new AtomicLong();
        IntStream.range(0, listed.size()).parallel().forEach(i -> {
            Listed a = listed.get(i);
            Map<String, Listed> candidates = new LinkedHashMap<>();
            for (NameForm name : a.names()) {
                for (Listed b : index.candidates(name, options.candidates())) {
                    if (!b.id().equals(a.id())) {
                        candidates.putIfAbsent(b.id(), b);
                    }
                }
            }
            for (Listed b : candidates.values()) {
                if (!compatible(a, b)) {
                    continue;
                }
                Best found = bestNames(a, b);
                if (found.value() >= options.score().threshold()) {
                    best.merge(Pair.key(a.id(), b.id()), found, (x, y) -> y.value() > x.value() ? y : x);
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

    private Best bestNames(Listed a, Listed b) {
        NameForm bestX = null;
        NameForm bestY = null;
        double best = -1;
        double primaryValue = 0;
        double primaryMatch = 0;
        boolean[] aFound = new boolean[a.names().size()];
        boolean[] bFound = new boolean[b.names().size()];
        for (int i = 0; i < a.names().size(); i++) {
            NameForm x = a.names().get(i);
            for (int j = 0; j < b.names().size(); j++) {
                NameForm y = b.names().get(j);
                double v = scorer.value(x, a.qualifiers(), y, b.qualifiers());
                if (v > best) {
                    best = v;
                    bestX = x;
                    bestY = y;
                }
                boolean xPrimary = a.isPrimary(x);
                boolean yPrimary = b.isPrimary(y);
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
    private static boolean oneWordAgainstMany(NameForm x, NameForm y) {
        return (identityWords(x) <= 1) != (identityWords(y) <= 1);
    }

    private static long identityWords(NameForm name) {
        return name.tokens().stream().filter(t -> t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER).count();
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
