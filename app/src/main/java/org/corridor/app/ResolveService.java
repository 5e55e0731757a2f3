package org.corridor.app;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.corridor.model.Trace;
import org.corridor.resolve.names.NameAnalyzer;
import org.corridor.resolve.screen.NameIndex;
import org.corridor.resolve.xref.Pair;
import org.corridor.resolve.xref.Planner;
import org.corridor.resolve.xref.ResolveOptions;
import org.corridor.resolve.xref.Xref;
import org.corridor.store.StoreView;
import org.corridor.store.resolution.Candidate;
import org.corridor.store.resolution.DecisionRequest;
import org.corridor.store.resolution.Resolutions;
import org.corridor.store.resolution.Verdict;

/**
 * Entity resolution over the workspace: cross-references every party, merges the pairs the
 * options allow and queues the rest for review. Merges are recorded as decisions by
 * {@value #RESOLVER}, so they are listed and undone like a reviewer's.
 */
public final class ResolveService {
    public static final String RESOLVER = "corridor resolve";

    /** What a run found and did. */
    public record Report(int parties, int pairs, List<Pair> merged, List<Pair> queued, int alreadyJudged, boolean dryRun) {
    }

    /** Hears how far the cross-reference is: parties done of the total. */
    public interface Listener {
        void started(long parties);

        void advanced(long done);
    }

    private final StoreView view;
    private final Resolutions resolutions;
    private final Clock clock;

    ResolveService(StoreView view, Resolutions resolutions, Clock clock) {
        this.view = view;
        this.resolutions = resolutions;
        this.clock = clock;
    }

    public Report resolve(ResolveOptions options, boolean dryRun, Listener listener) {
        long start = System.nanoTime();
        NameIndex index = NameIndex.build(view, new NameAnalyzer());
        Map<String, Set<String>> sources = new HashMap<>();
        view.forEachSource((id, source) -> sources.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(source));
        Trace.log("name index of " + index.size() + " parties built", start);
        listener.started(index.size());
        LongConsumer progress = listener::advanced;
        List<Pair> pairs = new Xref(index, sources, options).pairs(progress);
        Trace.log(pairs.size() + " pairs scored", start);
        Planner.Plan plan = Planner.plan(pairs, sources, judged(), options);
        if (!dryRun) {
            String at = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
            resolutions.decide(plan.merges().stream().map(p -> new DecisionRequest(p.left(), p.right(), Verdict.SAME,
                    p.score().value(), p.score().explanation(), RESOLVER, at)).toList());
            resolutions.propose(plan.queued().stream().map(p -> new Candidate(p.left(), p.right(), p.score().value(),
                    p.score().scorer(), p.score().explanation(), at)).toList());
        }
        return new Report(index.size(), pairs.size(), plan.merges(), plan.queued(), plan.alreadyJudged(), dryRun);
    }

    /** Pairs someone has judged, by the ids they carry now (a merged side is its cluster), as {@link Pair#key}s. */
    private Set<String> judged() {
        Set<String> keys = new HashSet<>();
        resolutions.judgedPairs().forEach(p -> keys.add(Pair.key(p.get(0), p.get(1))));
        return keys;
    }
}
