package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.app.FileReport;
import org.corridor.app.CampaignSummary;
import org.corridor.app.QuickstartService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "quickstart", mixinStandardHelpOptions = true, description = {"The main job on the bundled example pack: ingest it, summarise the workspace, its ledger and its network's "
        + "brokers, preview resolution (nothing merged), compare strategies on the Andes scenario and write WORKSPACE/report.html.",
    "The pack (real OFAC extracts, UCDP GED events, the cited dataset of the 2025-26 strike campaign, designation and",
    "network files written from the public record)",
    "is unpacked into WORKSPACE/examples first."})
final class QuickstartCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        QuickstartService.Result result;
        try (Corridor corridor = root.open()) {
            result = new QuickstartService(corridor).run(new ProgressDisplay(spec.commandLine().getErr(), false));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ObjectNode node = EntityJson.JSON.valueToTree(result);
            node.put("examples", result.examples().toString());
            Output.json(out, node);
        } else {
            printTable(out, result);
        }
        return result.reports().stream().anyMatch(FileReport::failed) ? 1 : 0;
    }

    /** The strike campaign from the cited dataset: claims, not findings. */
    private static void campaign(PrintWriter out, CampaignSummary c) {
        if (c.strikes() == 0) {
            return;
        }
        out.printf(Locale.ROOT, "The 2025-26 strike campaign (cited dataset, claims as reported, not findings; newest strike %s): %d announced strikes on "
                + "vessels, deaths %d (range %d to %d), by month and sea:%n", c.newest(), c.strikes(), c.deaths().best(), c.deaths().low(),
                c.deaths().high());
        List<List<String>> rows = new ArrayList<>();
        for (CampaignSummary.MonthRow r : c.byMonth()) {
            rows.add(List.of(r.month(), r.region(), String.valueOf(r.strikes()), String.valueOf(r.deaths().low()),
                    String.valueOf(r.deaths().best()), String.valueOf(r.deaths().high())));
        }
        Output.table(out, List.of("month", "region", "strikes", "deaths_low", "deaths_best", "deaths_high"), rows);
        List<String> grades = new ArrayList<>();
        c.bySourcing().forEach((g, n) -> grades.add(n + " " + g));
        out.println("Sourcing: " + String.join(", ", grades) + " (single-claim: only the official announcement, relayed; see docs/campaign.md).");
        c.latestLines().forEach(out::println);
        out.println("Where the totals and the strikes disagree: corridor ledger reconcile");
        out.println();
    }

    private static String interval(org.corridor.simulate.run.Interval i) {
        return String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", i.mean(), i.low(), i.high());
    }

    private static void printTable(PrintWriter out, QuickstartService.Result result) {
        out.println("Corridor quickstart: example pack unpacked into " + result.examples());
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (FileReport r : result.reports()) {
            rows.add(List.of(r.file().substring(r.file().indexOf("examples")), String.valueOf(r.format()),
                    String.valueOf(r.records()), String.valueOf(r.entities()), String.valueOf(r.statementsAdded()),
                    String.valueOf(r.skipped()),
                    r.failed() ? "failed: " + r.error() : "ok"));
        }
        Output.table(out, List.of("file", "format", "records", "entities", "added", "skipped", "status"), rows);
        out.println();
        out.printf(Locale.ROOT, "Workspace now holds %,d entities and %,d statements.%n", result.summary().entities(),
                result.summary().statements());
        List<List<String>> schemata = new ArrayList<>();
        result.summary().entitiesBySchema().forEach((s, n) -> schemata.add(List.of(s, String.valueOf(n))));
        Output.table(out, List.of("schema", "entities"), schemata);
        out.println();
        out.println("Groups under a US terrorist designation, joined to their OFAC records:");
        List<List<String>> designated = new ArrayList<>();
        for (QuickstartService.Designated d : result.designated()) {
            designated.add(List.of(d.id(), d.name(), String.join("; ", d.programs()), String.valueOf(d.sources().size())));
        }
        Output.table(out, List.of("id", "name", "programs", "sources"), designated);
        out.println();
        QuickstartService.LedgerSummary ledger = result.ledger();
        out.printf(Locale.ROOT, "Operations ledger: %,d operations and events, deaths %,d (range %,d to %,d), by year:%n",
                ledger.operations(), ledger.deaths().best(), ledger.deaths().low(), ledger.deaths().high());
        List<List<String>> years = new ArrayList<>();
        for (QuickstartService.Year g : ledger.byYear()) {
            years.add(List.of(g.year(), String.valueOf(g.events()), String.valueOf(g.deaths().low()),
                    String.valueOf(g.deaths().best()), String.valueOf(g.deaths().high())));
        }
        Output.table(out, List.of("year", "events", "deaths_low", "deaths_best", "deaths_high"), years);
        out.println();
        campaign(out, result.campaign());
        QuickstartService.BrokerSummary brokers = result.brokers();
        out.printf(Locale.ROOT, "Network of parties and ties: %,d nodes, %,d edges; the parties most paths run through (exact betweenness):%n",
                brokers.nodes(), brokers.edges());
        List<List<String>> top = new ArrayList<>();
        for (QuickstartService.Ranked r : brokers.top()) {
            top.add(List.of(r.id(), r.name(), String.format(Locale.ROOT, "%,.0f", r.betweenness())));
        }
        Output.table(out, List.of("id", "name", "betweenness"), top);
        out.println();
        QuickstartService.ResolutionSummary res = result.resolution();
        out.printf(Locale.ROOT, "Resolution preview (nothing merged): %,d parties, %,d pairs scored; `corridor resolve` would merge %,d and queue %,d for review%s%n",
                res.parties(), res.pairs(), res.wouldMerge(), res.wouldQueue(), res.examples().isEmpty() ? "." : ", e.g.:");
        res.examples().forEach(e -> out.println("  " + e));
        out.println();
        QuickstartService.StrategySummary sim = result.strategies();
        out.printf(Locale.ROOT, "Strategies compared on the %s scenario (%d seeded runs each, seed %d; monthly means from the start, 95%% "
                + "intervals; a model's answer, not a forecast):%n", sim.scenario(), sim.runs(), sim.seed());
        List<List<String>> strategies = new ArrayList<>();
        for (QuickstartService.StrategyRow r : sim.rows()) {
            strategies.add(List.of(r.name(), interval(r.delivered()), interval(r.seizures()), interval(r.violence()),
                    String.format(Locale.ROOT, "%.2f", r.victory())));
        }
        Output.table(out, List.of("strategy", "delivered_kg", "seized_kg", "violence", "victory"), strategies);
        out.println("Report with time series: " + sim.report());
        out.println();
        out.println("Next: corridor ledger --group-by actor --since 2010   |   corridor ledger trend --actor \"Sinaloa Cartel\" --at 2010-01 --months 12");
        out.println("      corridor ledger show campaign-strike-2025-10-16   |   corridor ledger --type strike --grade single-claim   |   corridor ledger reconcile");
        out.println("      corridor simulate andes --runs 500 --seed 1 --format html -o andes.html   |   corridor resolve   |   corridor review");
        out.println("      corridor show ofac-11440   |   corridor entities --query \"tren de aragua\"   |   corridor analyze metrics --limit 10   |   corridor export --format gexf -o network.gexf");
        out.println("      corridor serve   (the web workbench and the JSON API at http://127.0.0.1:8080/)");
        out.flush();
    }
}
