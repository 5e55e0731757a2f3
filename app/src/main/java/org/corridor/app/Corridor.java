package org.corridor.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.corridor.analyze.workspace.Projection;
import org.corridor.analyze.workspace.WorkspaceNetwork;
import org.corridor.ingest.Readers;
import org.corridor.ledger.Ledger;
import org.corridor.model.Entity;
import org.corridor.model.Trace;
import org.corridor.model.UsageException;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.EntityFilter;
import org.corridor.store.Store;
import org.corridor.store.StoreView;
import org.corridor.store.Workspace;

/**
 * The use cases shared by the CLI and the server, over one open workspace. Reads always go
 * through a view limited to the configured authorisations.
 */
public final class Corridor implements AutoCloseable {
    private final CorridorConfig config;
    private final Store store;
    private final SchemaRegistry registry;
    private final Clock clock;

    private Corridor(CorridorConfig config, Store store, SchemaRegistry registry, Clock clock) {
        this.config = config;
        this.store = store;
        this.registry = registry;
        this.clock = clock;
    }

    public static Corridor open(CorridorConfig config) {
        return open(config, Clock.systemUTC());
    }

    public static Corridor open(CorridorConfig config, Clock clock) {
        long start = System.nanoTime();
        SchemaRegistry registry = SchemaRegistry.standard();
        Corridor corridor = new Corridor(config, Workspace.open(config.workspace(), registry, clock, workspace -> System.err.println(
                "corridor: another corridor command is writing workspace " + workspace + "; waiting for it to finish")),
                registry, clock);
        Trace.log("workspace opened", start);
        return corridor;
    }

    /** Opens a workspace that must exist, read-only when it cannot be written; for commands that only read. */
    public static Corridor openExisting(CorridorConfig config) {
        long start = System.nanoTime();
        SchemaRegistry registry = SchemaRegistry.standard();
        Clock clock = Clock.systemUTC();
        Corridor corridor = new Corridor(config, Workspace.openExisting(config.workspace(), registry, clock), registry, clock);
        Trace.log("workspace opened to read", start);
        return corridor;
    }

    public CorridorConfig config() {
        return config;
    }

    public SchemaRegistry registry() {
        return registry;
    }

    /**
     * A reader's view of the workspace as it is now; make one per task and reuse it, since making
     * it reads which labels and origins exist.
     */
    public StoreView view() {
        return store.view(config.authorizations());
    }

    public IngestService ingest() {
        return new IngestService(store, new Readers(), registry, clock, config.authorizations());
    }

    /** Scores extraction against gold annotations; stores nothing. */
    public ExtractionEvalService extractionEval() {
        return new ExtractionEvalService(view());
    }

    public ExportService export() {
        return new ExportService(view());
    }

    /** The network of parties and their ties that this reader may see, projected for analysis. */
    public WorkspaceNetwork network(Projection projection) {
        long start = System.nanoTime();
        WorkspaceNetwork network = WorkspaceNetwork.of(view(), projection);
        Trace.log("network projected", start);
        return network;
    }

    /** The operations this reader may see, each with its sources, ranges and disagreements. */
    /** The running totals sources give, each beside the ledger's count and death sum of operations of {@code type} up to its date. */
    public org.corridor.ledger.CampaignTotals.Reconciliation campaignTotals(String type) {
        return campaignTotals(ledger(), type);
    }

    /** The same over a ledger already read, so a caller holding one does not read it again. */
    public org.corridor.ledger.CampaignTotals.Reconciliation campaignTotals(Ledger ledger, String type) {
        return org.corridor.ledger.CampaignTotals.reconcile(view(), ledger, type);
    }

    /**
     * Pairs of operations that may be one, reported by different sources; with {@code propose}
     * they go to the review queue, where `review same` merges them and `review undo` parts them.
     */
    public java.util.List<org.corridor.ledger.SameOperations.Pair> sameOperations(int windowDays, boolean propose) {
        java.util.List<org.corridor.ledger.SameOperations.Pair> pairs = org.corridor.ledger.SameOperations.candidates(ledger(), windowDays);
        if (propose && !pairs.isEmpty()) {
            String now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            java.util.List<org.corridor.store.resolution.Candidate> candidates = new java.util.ArrayList<>();
            for (org.corridor.ledger.SameOperations.Pair p : pairs) {
                candidates.add(new org.corridor.store.resolution.Candidate(p.left().id(), p.right().id(), p.score(), "same-operation",
                        p.explanation(), now));
            }
            store.resolutions().propose(candidates);
        }
        return pairs;
    }

    public Ledger ledger() {
        return ReadCache.get(config, "ledger", () -> {
            long start = System.nanoTime();
            Ledger ledger = Ledger.read(view());
            Trace.log("ledger read", start);
            return ledger;
        });
    }

    /** A screen over every party this reader may see; building it indexes their names. */
    public ScreenService screening(org.corridor.resolve.score.ScoreOptions options) {
        StoreView view = view();
        return new ScreenService(view, options, ReadCache.get(config, "screening-index", () -> ScreenService.index(view)));
    }

    /** Entity resolution: cross-reference, merges and the review queue. */
    public ResolveService resolution() {
        return new ResolveService(view(), store, registry, clock);
    }

    /** The review queue, decisions and undo. */
    public ReviewService review() {
        return new ReviewService(view(), store.view(org.corridor.model.label.Authorizations.ALL), store.resolutions(), clock);
    }

    /** Entities matching the filter; a schema name is checked first so a typo gets a clear error. */
    public List<Entity> entities(EntityFilter filter) {
        if (filter.schema() != null) {
            registry.get(filter.schema());
        }
        if (filter.query() == null || filter.query().isBlank()) {
            return view().entities(filter);
        }
        StoreView view = view();
        NameSearch names = ReadCache.get(config, "names", () -> NameSearch.build(view));
        List<Entity> out = new java.util.ArrayList<>();
        for (String id : names.ids(filter.query())) {
            view.entity(id).filter(e -> filter.schema() == null || e.schema().isA(filter.schema())).ifPresent(out::add);
            if (filter.limit() > 0 && out.size() >= filter.limit()) {
                break;
            }
        }
        return out;
    }

    /** An entity by id, or else by name (the best name match). */
    public Optional<Entity> find(String idOrName) {
        StoreView view = view();
        Optional<Entity> byId = view.entity(idOrName);
        if (byId.isPresent()) {
            return byId;
        }
        if (idOrName.isBlank()) {
            throw new UsageException("give an entity id or a name to show");
        }
        return view.entities(new EntityFilter(null, idOrName, 1)).stream().findFirst();
    }

    @Override
    public void close() {
        long start = System.nanoTime();
        store.close();
        Trace.log("workspace closed", start);
    }
}
