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
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.Store;
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
    private final Store store;
    private final Resolutions resolutions;
    private final SchemaRegistry registry;
    private final Clock clock;

    ResolveService(StoreView view, Store store, SchemaRegistry registry, Clock clock) {
        this.view = view;
        this.store = store;
        this.resolutions = store.resolutions();
        this.registry = registry;
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
        Planner.Plan plan = compatible(Planner.plan(pairs, sources, judged(), options));
        if (!dryRun) {
            String at = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
            // merges and proposals in one transaction: a run stopped part way leaves the workspace as it was
            resolutions.decideAndPropose(plan.merges().stream().map(p -> new DecisionRequest(p.left(), p.right(), Verdict.SAME,
                    p.score().value(), p.score().explanation(), RESOLVER, at)).toList(),
                    plan.queued().stream().map(p -> new Candidate(p.left(), p.right(), p.score().value(),
                            p.score().scorer(), p.score().explanation(), at)).toList());
        }
        return new Report(index.size(), pairs.size(), plan.merges(), plan.queued(), plan.alreadyJudged(), dryRun);
    }

    /**
     * Planned merges whose two sides (with whatever earlier merges of the plan joined to them) have
     * no schema in common, a vessel and a company say, go to the review queue instead: one party
     * cannot be both, and a list that changed a record's type between snapshots needs a person to
     * decide. The store refuses such a merge, which used to stop the whole run. Proposals whose
     * two sides the plan's merges put in one cluster are dropped.
     */
    private Planner.Plan compatible(Planner.Plan plan) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> schemata = new HashMap<>();
        List<Pair> merges = new java.util.ArrayList<>();
        List<Pair> queued = new java.util.ArrayList<>(plan.queued());
        for (Pair p : plan.merges()) {
            String l = root(parent, p.left());
            String r = root(parent, p.right());
            if (l.equals(r)) {
                merges.add(p);
                continue;
            }
            Set<String> joined = new java.util.TreeSet<>(schemata.computeIfAbsent(l, this::schemaOf));
            joined.addAll(schemata.computeIfAbsent(r, this::schemaOf));
            if (registry.common(joined).isEmpty()) {
                queued.add(p);
                continue;
            }
            parent.put(r, l);
            schemata.put(l, joined);
            merges.add(p);
        }
        // a proposed pair whose two sides this plan's merges join is already decided
        queued.removeIf(p -> root(parent, p.left()).equals(root(parent, p.right())));
        return new Planner.Plan(merges, queued, plan.alreadyJudged());
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private Set<String> schemaOf(String id) {
        return view.entity(id).map(e -> Set.of(e.schema().name())).orElse(Set.of());
    }

    /** Pairs someone has judged, by the ids they carry now (a merged side is its cluster), as {@link Pair#key}s. */
    private Set<String> judged() {
        Set<String> keys = new HashSet<>();
        resolutions.judgedPairs().forEach(p -> keys.add(Pair.key(p.get(0), p.get(1))));
        return keys;
    }
}
