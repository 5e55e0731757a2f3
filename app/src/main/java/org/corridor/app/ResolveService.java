package org.corridor.app;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.corridor.model.Statement;
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

    /** What a run found and did; {@code passes} counts the cross-references it took to settle. */
    public record Report(int parties, int pairs, List<Pair> merged, List<Pair> queued, int alreadyJudged, int alreadyQueued,
            boolean dryRun, int passes) {
    }

    /** Hears how far the cross-reference is: parties done of the total, pass by pass. */
    public interface Listener {
        Listener QUIET = new Listener() {
            @Override
            public void started(int pass, long parties) {
            }

            @Override
            public void advanced(long done) {
            }
        };

        void started(int pass, long parties);

        void advanced(long done);
    }

    /** Passes after which a run stops even if the last one still merged (a guard: each pass that merges leaves fewer clusters). */
    static final int MAX_PASSES = 8;

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

    /**
     * Cross-references every party, plans merges and queues, and repeats over the clusters the
     * plan makes until a pass merges nothing: merged records bring their names and dates
     * together, which can make a new pair, and a run should leave nothing a second run would
     * find. Everything is written at the end, in one transaction.
     */
    /** Resolves with these settings (a score from 0 to 1 at or above {@code autoMerge} merges, at or above {@code threshold} is queued). */
    public Report resolve(double autoMerge, int candidates, boolean mergeWithinSource, double threshold, boolean dryRun, Listener listener) {
        return resolve(new ResolveOptions(autoMerge, candidates, mergeWithinSource,
                org.corridor.resolve.score.ScoreOptions.DEFAULTS.withThreshold(threshold)), dryRun, listener);
    }

    /** Refuses a scorer name that is not one of the versioned scorers, with the names that are. */
    public static void checkScorer(String scorer) {
        org.corridor.resolve.score.Scorers.versioned(scorer);
    }

    /** A report as {@code corridor resolve --format json} prints it: counts, then each merge and each queued pair with its explanation. */
    public static com.fasterxml.jackson.databind.node.ObjectNode json(Report report) {
        var node = EntityJson.JSON.createObjectNode();
        node.put("parties", report.parties());
        node.put("pairs", report.pairs());
        node.put("merged", report.merged().size());
        node.put("queued", report.queued().size());
        node.put("already_judged", report.alreadyJudged());
        node.put("already_queued", report.alreadyQueued());
        node.put("dry_run", report.dryRun());
        node.put("passes", report.passes());
        pairs(node.putArray("merges"), report.merged());
        pairs(node.putArray("queue"), report.queued());
        return node;
    }

    private static void pairs(com.fasterxml.jackson.databind.node.ArrayNode array, List<Pair> pairs) {
        for (Pair p : pairs) {
            var o = array.addObject();
            o.put("left", p.left());
            o.put("left_name", p.leftName());
            o.put("right", p.right());
            o.put("right_name", p.rightName());
            o.put("score", p.score().value());
            o.put("scorer", p.score().scorer());
            o.put("shared_source", p.sharedSource());
            o.put("explanation", p.score().explanation());
        }
    }

    public Report resolve(ResolveOptions options, boolean dryRun, Listener listener) {
        long start = System.nanoTime();
        Clusters clusters = new Clusters();
        Set<List<String>> judgedPairs = resolutions.judgedPairs();
        Set<List<String>> queuedBefore = resolutions.queuedPairs();
        int alreadyQueued = 0;
        List<Pair> merges = new ArrayList<>();
        List<Pair> queued = new ArrayList<>();
        int parties = 0;
        int scored = 0;
        int alreadyJudged = 0;
        int pass = 0;
        boolean merging = true;
        while (merging && pass < MAX_PASSES) {
            pass++;
            NameIndex index = NameIndex.build(view, new NameAnalyzer(), clusters::root);
            Map<String, Set<String>> sources = new HashMap<>();
            view.forEachSource((id, source) -> sources.computeIfAbsent(clusters.root(id), k -> new LinkedHashSet<>()).add(source));
            Trace.log("pass " + pass + ": name index of " + index.size() + " parties built", start);
            parties = pass == 1 ? index.size() : parties;
            listener.started(pass, index.size());
            LongConsumer progress = listener::advanced;
            List<Pair> pairs = new Xref(index, sources, options).pairs(progress);
            Trace.log("pass " + pass + ": " + pairs.size() + " pairs scored", start);
            Set<String> judged = new HashSet<>();
            judgedPairs.forEach(p -> judged.add(Pair.key(clusters.root(p.get(0)), clusters.root(p.get(1)))));
            Planner.Plan plan = compatible(Planner.plan(pairs, sources, judged, options), clusters);
            scored += pass == 1 ? pairs.size() : (int) pairs.stream().filter(p -> !clusters.askedBefore(p)).count();
            alreadyJudged = pass == 1 ? plan.alreadyJudged() : alreadyJudged;
            merges.addAll(plan.merges());
            for (Pair p : plan.queued()) {
                if (clusters.askedBefore(p)) {
                    continue;
                }
                if (queuedBefore.contains(ordered(p))) {
                    alreadyQueued++;
                } else {
                    queued.add(p);
                }
            }
            plan.queued().forEach(clusters::ask);
            merging = !plan.merges().isEmpty();
        }
        // a queued pair whose two sides a later pass merged is decided; of several pairs between
        // the same two clusters, one question is asked, by the best-scored pair
        Set<String> asked = new HashSet<>();
        queued.sort(java.util.Comparator.comparingDouble((Pair p) -> -p.score().value()).thenComparing(Pair::left)
                .thenComparing(Pair::right));
        queued.removeIf(p -> {
            String l = clusters.root(p.left());
            String r = clusters.root(p.right());
            return l.equals(r) || !asked.add(Pair.key(l, r));
        });
        if (!dryRun) {
            String at = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
            // merges and proposals in one transaction: a run stopped part way leaves the workspace as it was
            resolutions.decideAndPropose(merges.stream().map(p -> new DecisionRequest(p.left(), p.right(), Verdict.SAME,
                    p.score().value(), p.score().explanation(), RESOLVER, at)).toList(),
                    queued.stream().map(p -> new Candidate(p.left(), p.right(), p.score().value(),
                            p.score().scorer(), p.score().explanation(), at)).toList());
        }
        return new Report(parties, scored, merges, queued, alreadyJudged, alreadyQueued, dryRun, pass);
    }

    /**
     * The clusters a run's plan makes, by union-find over party ids, with every schema their
     * members' id statements give and the cluster pairs already queued.
     */
    private final class Clusters {
        final Map<String, String> parent = new HashMap<>();
        final Map<String, Set<String>> schemata = new HashMap<>();
        final Set<String> asked = new HashSet<>();

        String root(String id) {
            String r = id;
            while (parent.containsKey(r)) {
                r = parent.get(r);
            }
            return r;
        }

        Set<String> schemata(String root) {
            return schemata.computeIfAbsent(root, ResolveService.this::schemaOf);
        }

        void join(String root, String other, Set<String> joined) {
            parent.put(other, root);
            schemata.put(root, joined);
        }

        boolean askedBefore(Pair p) {
            return asked.contains(Pair.key(root(p.left()), root(p.right())));
        }

        void ask(Pair p) {
            asked.add(Pair.key(root(p.left()), root(p.right())));
        }
    }

    /**
     * Planned merges whose two sides (with whatever earlier merges of the run joined to them) have
     * no schema in common, a vessel and a company say, go to the review queue instead: one party
     * cannot be both, and a list that changed a record's type between snapshots needs a person to
     * decide. The store refuses such a merge, which used to stop the whole run. Proposals whose
     * two sides the plan's merges put in one cluster are dropped.
     */
    private Planner.Plan compatible(Planner.Plan plan, Clusters clusters) {
        List<Pair> merges = new ArrayList<>();
        List<Pair> queued = new ArrayList<>(plan.queued());
        for (Pair p : plan.merges()) {
            String l = clusters.root(p.left());
            String r = clusters.root(p.right());
            if (l.equals(r)) {
                merges.add(p);
                continue;
            }
            Set<String> joined = new TreeSet<>(clusters.schemata(l));
            joined.addAll(clusters.schemata(r));
            if (registry.common(joined).isEmpty()) {
                queued.add(p);
                continue;
            }
            clusters.join(l, r, joined);
            merges.add(p);
        }
        queued.removeIf(p -> clusters.root(p.left()).equals(clusters.root(p.right())));
        return new Planner.Plan(merges, queued, plan.alreadyJudged());
    }

    /** The pair as the store keys its queue: both sides' ids (the clusters they are in now), in order. */
    private static List<String> ordered(Pair p) {
        return p.left().compareTo(p.right()) <= 0 ? List.of(p.left(), p.right()) : List.of(p.right(), p.left());
    }

    /** Every schema the party's id statements give: two sources may disagree, and the store checks them all. */
    private Set<String> schemaOf(String id) {
        return view.entity(id).map(e -> e.statements().stream().filter(s -> s.property().equals(Statement.ID))
                .map(Statement::schema).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))
                .orElse(new java.util.TreeSet<>());
    }
}
