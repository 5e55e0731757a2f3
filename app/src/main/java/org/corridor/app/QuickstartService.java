package org.corridor.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.corridor.model.CorridorException;
import org.corridor.ledger.GroupKey;
import org.corridor.ledger.Grouping;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.Range;
import org.corridor.model.Entity;
import org.corridor.model.Trace;
import org.corridor.analyze.centrality.BrandesBetweenness;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.workspace.Projection;
import org.corridor.resolve.xref.ResolveOptions;
import org.corridor.simulate.run.Comparison;
import org.corridor.simulate.run.ComparisonHtml;
import org.corridor.simulate.run.Interval;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;
import org.corridor.store.EntityFilter;
import org.corridor.store.StoreView;
import org.corridor.store.WorkspaceSummary;

/**
 * The main job on the bundled example pack: unpack it into the workspace's {@code examples/}
 * folder, ingest it, and summarise what the workspace now holds: the designated groups and their
 * list records, the operations ledger, the network's brokers, a preview of what resolution would
 * merge (nothing is merged), and the built-in strategies compared on the Andes scenario.
 */
public final class QuickstartService {
    private static final String PACK = "/org/corridor/app/examples/";

    /** What quickstart did: the per-file reports, the workspace totals, and the designated groups. */
    public record Result(Path examples, List<FileReport> reports, WorkspaceSummary summary, List<Designated> designated,
            LedgerSummary ledger, CampaignSummary campaign, BrokerSummary brokers, ResolutionSummary resolution,
            StrategySummary strategies) {
    }

    /** The operations ledger in brief: how many operations, their deaths as a range, and both by year. */
    public record LedgerSummary(long operations, Deaths deaths, List<Year> byYear) {
    }

    /** Deaths as the sources count them: the lowest, the best and the highest. */
    public record Deaths(long low, long best, long high) {
        static Deaths of(Range r) {
            return new Deaths(r.low(), r.best(), r.high());
        }
    }

    /** One year of the ledger: its events and their deaths. */
    public record Year(String year, long events, Deaths deaths) {
    }

    /** A group on the example designation list, with the programs that now name it. */
    public record Designated(String id, String name, List<String> programs, List<String> sources) {
    }

    /** The parties most shortest paths of the mapped network pass through (exact betweenness). */
    public record BrokerSummary(int nodes, int edges, List<Ranked> top) {
    }

    public record Ranked(String id, String name, double betweenness) {
    }

    /** What {@code corridor resolve} would do on the example workspace (a dry run: nothing is merged). */
    public record ResolutionSummary(int parties, int pairs, int wouldMerge, int wouldQueue, List<String> examples) {
    }

    /** The bundled Andes scenario's built-in strategies compared, and where the HTML report went. */
    public record StrategySummary(String scenario, int runs, long seed, Path report, List<StrategyRow> rows) {
    }

    /** One strategy: delivered kg, seizures and violence a month (mean and 95% interval) and the victory probability. */
    public record StrategyRow(String name, Interval delivered, Interval seizures, Interval violence, double victory) {
    }

    /** Runs and seed of the quickstart's comparison: fixed, so every quickstart prints the same figures. */
    static final int RUNS = 40;
    static final long SEED = 42;

    private final Corridor corridor;

    public QuickstartService(Corridor corridor) {
        this.corridor = corridor;
    }

    public Result run(IngestListener listener) {
        Path examples = corridor.config().workspace().resolve("examples");
        unpack(examples);
        List<FileReport> reports = corridor.ingest().ingest(List.of(examples), IngestOptions.defaults(), listener);
        StoreView view = corridor.view();
        long start = System.nanoTime();
        List<Designated> designated = new ArrayList<>();
        for (Entity org : view.entities(new EntityFilter("LegalEntity", null, 0))) {
            List<Entity> sanctions = view.sanctionsOf(org.id());
            List<String> programs = sanctions.stream().flatMap(s -> s.values("program").stream()).distinct().toList();
            if (programs.stream().anyMatch(p -> p.startsWith("FTO"))) {
                designated.add(new Designated(org.id(), org.caption(), programs, List.copyOf(org.sources())));
            }
        }
        Trace.log("designated groups found", start);
        start = System.nanoTime();
        Ledger ledger = Ledger.read(view);
        Trace.log("ledger read", start);
        LedgerSummary summary = new LedgerSummary(ledger.entries().size(), Deaths.of(ledger.totalDeaths()),
                Grouping.of(ledger, List.of(GroupKey.YEAR)).stream().map(g -> new Year(g.key().get(0), g.events(), Deaths.of(g.deaths())))
                        .toList());
        CampaignSummary campaign = CampaignSummary.of(ledger, org.corridor.ledger.CampaignTotals.reconcile(view, ledger, "strike"),
                CampaignSummary.VESSEL_STRIKES);
        start = System.nanoTime();
        BrokerSummary brokers = brokers();
        Trace.log("brokers ranked", start);
        start = System.nanoTime();
        ResolveService.Report preview = corridor.resolution().resolve(ResolveOptions.DEFAULTS, true, ResolveService.Listener.QUIET);
        ResolutionSummary resolution = new ResolutionSummary(preview.parties(), preview.pairs(), preview.merged().size(),
                preview.queued().size(), preview.merged().stream().limit(3)
                        .map(p -> p.leftName() + " = " + p.rightName() + String.format(java.util.Locale.ROOT, " (%.2f)", p.score().value()))
                        .toList());
        Trace.log("resolution previewed", start);
        start = System.nanoTime();
        StrategySummary strategies = compareStrategies(corridor.config().workspace().resolve("report.html"), CampaignHtml.section(campaign));
        Trace.log("strategies compared", start);
        return new Result(examples, reports, view.summary(), designated, summary, campaign, brokers, resolution, strategies);
    }

    private BrokerSummary brokers() {
        Graph g = corridor.network(Projection.all()).graph();
        double[] b = new BrandesBetweenness(false, false).compute(g).toArray();
        String[] names = g.attribute("name").orElse(null);
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < g.nodeCount(); v++) {
            order.add(v);
        }
        order.sort(java.util.Comparator.comparingDouble((Integer v) -> -b[v]).thenComparing(g::id));
        List<Ranked> top = order.stream().limit(5).filter(v -> b[v] > 0)
                .map(v -> new Ranked(g.id(v), names == null ? "" : names[v], b[v])).toList();
        return new BrokerSummary(g.nodeCount(), g.edgeCount(), top);
    }

    /**
     * The built-in strategies on the bundled Andes scenario, with a self-contained HTML report beside
     * the workspace's data, opening with {@code campaignSection} (HTML, may be empty).
     */
    static StrategySummary compareStrategies(Path report, String campaignSection) {
        Scenario andes = ScenarioReader.read("andes");
        List<String> builtIn = List.of("baseline", "leader_removal", "interdiction_surge", "optimised_interdiction", "financial_disruption",
                "demand_reduction", "combined");
        Comparison c = MonteCarlo.compare(andes, new MonteCarlo.Request(builtIn, RUNS, SEED, 0.5, 12), n -> {
        });
        try {
            Path temp = Files.createTempFile(report.toAbsolutePath().getParent(), ".report-", ".tmp");
            String html = ComparisonHtml.of(c);
            int body = html.indexOf("<body>");
            if (!campaignSection.isEmpty() && body >= 0) {
                // the campaign first: it is the evidence; the strategies after it are a model's answers
                int after = html.indexOf('>', body) + 1;
                html = html.substring(0, after) + "\n" + campaignSection + html.substring(after);
            }
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            Files.move(temp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CorridorException("the report could not be written to " + report + " (" + e.getMessage()
                    + "); check the workspace folder is writable");
        }
        List<StrategyRow> rows = new ArrayList<>();
        for (StrategyResult r : c.strategies()) {
            var o = r.outcomes();
            rows.add(new StrategyRow(r.name(), o.get("delivered"), o.get("seizures"), o.get("violence"), r.victory()));
        }
        return new StrategySummary(andes.name(), RUNS, SEED, report, rows);
    }

    static List<String> packFiles() {
        try (InputStream in = QuickstartService.class.getResourceAsStream(PACK + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the example pack index is missing from the app jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("the example pack index cannot be read", e);
        }
    }

    private static void unpack(Path examples) {
        try {
            for (String name : packFiles()) {
                Path target = examples.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = QuickstartService.class.getResourceAsStream(PACK + name)) {
                    if (in == null) {
                        throw new IllegalStateException("example file " + name + " is missing from the app jar");
                    }
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new CorridorException("the example pack could not be written to " + examples + " (" + e.getMessage()
                    + "); check the workspace folder is writable");
        }
    }
}
