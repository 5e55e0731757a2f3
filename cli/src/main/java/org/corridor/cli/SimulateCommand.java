package org.corridor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.OutputFile;
import org.corridor.app.SimulationService;
import org.corridor.model.UsageException;
import org.corridor.simulate.run.Comparison;
import org.corridor.simulate.run.ComparisonHtml;
import org.corridor.simulate.run.ComparisonJson;
import org.corridor.simulate.run.Interval;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Compare strategies on a scenario: seeded runs of an agent model of trafficking routes, organisations and "
            + "enforcement, with every outcome's mean and 95%% interval and the probability of 'victory'.",
            "SCENARIO is a YAML file or a bundled scenario: test, andes, road-grid. Strategies: baseline, leader_removal, "
                + "interdiction_surge, optimised_interdiction, financial_disruption, demand_reduction, combined, and any the file defines."})
final class SimulateCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from-workspace", description = "Seed each organisation that names an `entity` with the members, ties and roles "
            + "of the mapped workspace around it; what the evidence lacks is defaulted and listed.")
    boolean fromWorkspace;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, or test, andes or road-grid.")
    String scenario;

    @Option(names = "--strategy", paramLabel = "NAME", split = ",", description = "Strategies to compare (default: all of the scenario's).")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100", description = "Seeded runs per strategy (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed; the same seed gives the same numbers (default: chosen and printed).")
    Long seed;

    @Option(names = "--victory-cut", paramLabel = "X", defaultValue = "0.5",
            description = "Victory: delivered volume at least this share below baseline... (default ${DEFAULT-VALUE})")
    double cut;

    @Option(names = "--victory-months", paramLabel = "M", defaultValue = "12", description = "...for this many months in a row (default ${DEFAULT-VALUE}).")
    int victoryMonths;

    @Option(names = "--sweep", paramLabel = "SETS", description = "Instead of comparing strategies, draw SETS parameter sets (Latin "
            + "hypercube over the assumed ranges), run --runs runs of each direction's strategies and the baseline on each, and report the "
            + "share of sets in which each published direction holds, reverses or is unclear (docs/simulation.md); with --strategy, "
            + "also whether each named strategy lowers delivered volume and raises violence.")
    Integer sweep;

    @Option(names = "--sample-parameters", description = "Draw the assumed parameters (economics, route behaviour) for each run from "
            + "their ranges by Latin hypercube sampling, so intervals carry parameter uncertainty too (docs/simulation.md).")
    boolean sampleParameters;

    @Option(names = "--sensitivity", description = "Instead of the comparison, the tornado: which sampled parameters drive each outcome and "
            + "each strategy's difference from the baseline (Spearman rank correlation over the runs; implies --sample-parameters).")
    boolean sensitivity;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json, csv or html (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write to this file instead of the terminal (html needs it).")
    Path output;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "csv", "html").contains(f)) {
            throw new UsageException("--format must be table, json, csv or html, got '" + format + "'");
        }
        if (f.equals("html") && output == null) {
            throw new UsageException("--format html writes a page; give it a file with --output report.html");
        }
        if (victoryMonths < 1) {
            throw new UsageException("--victory-months must be at least 1, got " + victoryMonths);
        }
        // every usage error before anything is printed, the seed included
        if (sweep != null && (sweep < 2 || sweep > 100_000)) {
            throw new UsageException("--sweep must be between 2 and 100000 parameter sets, got " + sweep);
        }
        if (sweep != null && f.equals("html")) {
            throw new UsageException("--sweep writes table, json or csv; --format html is for a comparison of strategies");
        }
        if (sensitivity && f.equals("html")) {
            throw new UsageException("--sensitivity writes table, json or csv; --format html is for a comparison of strategies");
        }
        Scenario s = SimulationService.scenario(scenario);
        PrintWriter notes = spec.commandLine().getErr();
        if (fromWorkspace) {
            try (org.corridor.app.Corridor corridor = root.openToRead()) {
                org.corridor.app.WorkspaceSeeding.Seeded seeded = org.corridor.app.WorkspaceSeeding.seed(s, corridor);
                s = seeded.scenario();
                seeded.notes().forEach(n -> notes.println("from workspace: " + n));
            }
        }
        if (sweep != null) {
            org.corridor.simulate.run.Sweep.arms(s, strategies); // an unknown strategy is a usage error, before a seed is printed
        }
        long master = seed != null ? seed : System.nanoTime() & 0xffffffffL;
        PrintWriter err = spec.commandLine().getErr();
        if (seed == null) {
            err.println("seed " + master + " (give --seed " + master + " to repeat these numbers)");
        }
        if (sweep != null) {
            return sweep(s, master, f, err);
        }
        int strategyCount = strategies.isEmpty() ? s.strategies().size() : strategies.size();
        BatchProgress progress = new BatchProgress(err, "runs", (long) runs * strategyCount);
        Comparison c = SimulationService.compare(s, strategies, runs, master, cut, victoryMonths, sampleParameters || sensitivity,
                progress::advance);
        progress.done();
        if (sensitivity) {
            return sensitivity(c, f);
        }
        String text = switch (f) {
            case "json" -> ComparisonJson.text(c);
            case "html" -> ComparisonHtml.of(c);
            case "csv" -> {
                java.io.StringWriter w = new java.io.StringWriter();
                Output.csv(new PrintWriter(w), ComparisonJson.csvHeader(), ComparisonJson.csvRows(c));
                yield w.toString();
            }
            default -> table(c);
        };
        return write(text, c.strategies().size() + " strategies, " + runs + " runs each, seed " + master);
    }

    /** The text to --output (saying what was written) or to the terminal. */
    private int write(String text, String what) throws IOException {
        if (output != null) {
            new OutputFile(root.config().workspace(), false).write(output, w -> {
                w.write(text);
                return null;
            });
            spec.commandLine().getOut().println("wrote " + output + " (" + what + ")");
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private int sensitivity(Comparison c, String f) throws IOException {
        List<org.corridor.simulate.run.Sensitivity.Driver> drivers = org.corridor.simulate.run.Sensitivity.of(c);
        String text = switch (f) {
            case "json" -> org.corridor.simulate.run.SensitivityReport.json(c, drivers);
            case "csv" -> {
                java.io.StringWriter w = new java.io.StringWriter();
                Output.csv(new PrintWriter(w), org.corridor.simulate.run.SensitivityReport.header(),
                        org.corridor.simulate.run.SensitivityReport.rows(drivers, 0));
                yield w.toString();
            }
            default -> {
                java.io.StringWriter w = new java.io.StringWriter();
                PrintWriter out = new PrintWriter(w);
                out.printf(Locale.ROOT, "%s: %d runs per strategy with sampled parameters, seed %d; the three parameters most associated "
                        + "with each outcome (Spearman rho over runs; significant: |rho| > %.2f, the 5%% bound under no association)%n",
                        c.scenario(), c.runs(), c.seed(), 1.96 / Math.sqrt(Math.max(1, c.runs() - 1)));
                Output.table(out, org.corridor.simulate.run.SensitivityReport.header(), org.corridor.simulate.run.SensitivityReport.rows(drivers, 3));
                out.flush();
                yield w.toString();
            }
        };
        return write(text, "sensitivity of " + c.strategies().size() + " strategies, " + runs + " runs each, seed " + c.seed());
    }

    private int sweep(Scenario s, long master, String f, PrintWriter err) throws IOException {
        long arms = org.corridor.simulate.run.Sweep.arms(s, strategies).size();
        BatchProgress progress = new BatchProgress(err, "runs", (long) sweep * runs * arms);
        org.corridor.simulate.run.Sweep.Result r = org.corridor.app.SimulationService.sweep(s, sweep, runs, master, strategies,
                progress::advance);
        progress.done();
        String text = switch (f) {
            case "json" -> org.corridor.simulate.run.SweepReport.json(r);
            case "csv" -> {
                java.io.StringWriter w = new java.io.StringWriter();
                Output.csv(new PrintWriter(w), org.corridor.simulate.run.SweepReport.header(), org.corridor.simulate.run.SweepReport.rows(r));
                yield w.toString();
            }
            default -> {
                java.io.StringWriter w = new java.io.StringWriter();
                PrintWriter out = new PrintWriter(w);
                out.printf(Locale.ROOT, "%s: %d parameter sets x %d runs, seed %d; a direction holds in a set when its paired 95%% interval "
                        + "lies on its side%n", r.scenario(), r.sets(), r.runsPerSet(), r.seed());
                Output.table(out, org.corridor.simulate.run.SweepReport.header(), org.corridor.simulate.run.SweepReport.rows(r));
                out.flush();
                yield w.toString();
            }
        };
        return write(text, r.sets() + " parameter sets, " + runs + " runs each, seed " + master);
    }

    private static String table(Comparison c) {
        java.io.StringWriter w = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(w);
        out.printf(Locale.ROOT, "%s: %d runs per strategy, seed %d; monthly means from month %d, 95%% intervals%n", c.scenario(), c.runs(),
                c.seed(), c.start());
        List<String> header = new ArrayList<>(List.of("outcome"));
        c.strategies().forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (String o : org.corridor.simulate.run.RunSummary.OUTCOMES) {
            List<String> row = new ArrayList<>(List.of(o));
            for (StrategyResult s : c.strategies()) {
                Interval i = s.outcomes().get(o);
                row.add(ComparisonJson.num(i.mean()) + " (" + ComparisonJson.num(i.low()) + "–" + ComparisonJson.num(i.high()) + ")");
            }
            rows.add(row);
        }
        List<String> victory = new ArrayList<>(List.of(String.format(Locale.ROOT, "victory (-%.0f%%, %d months)", c.cut() * 100,
                c.victoryMonths())));
        c.strategies().forEach(s -> victory.add(ComparisonJson.num(s.victory())));
        rows.add(victory);
        StrategyResult baseline = c.strategies().stream().filter(s -> s.name().equals("baseline")).findFirst().orElse(null);
        if (baseline != null) {
            List<String> kept = new ArrayList<>(List.of("kg kept from market (vs baseline)"));
            List<String> perKg = new ArrayList<>(List.of("cost per kg kept ($)"));
            List<String> deaths = new ArrayList<>(List.of("deaths a month (vs baseline)"));
            List<String> perDeath = new ArrayList<>(List.of("cost per death averted ($)"));
            for (StrategyResult s : c.strategies()) {
                if (s == baseline) {
                    List.of(kept, perKg, deaths, perDeath).forEach(r -> r.add(""));
                    continue;
                }
                org.corridor.simulate.run.CostEffectiveness ce = org.corridor.simulate.run.CostEffectiveness.of(s, baseline);
                kept.add(interval(ce.kgKept()));
                perKg.add(ce.costPerKgKept() == null ? "none kept" : ComparisonJson.num(ce.costPerKgKept()));
                deaths.add(interval(ce.deathsChange()));
                perDeath.add(ce.costPerDeathAverted() != null ? ComparisonJson.num(ce.costPerDeathAverted())
                        : ce.deathsCaused() != null ? "none: causes " + ComparisonJson.num(ce.deathsCaused()) + " a month" : "none averted");
            }
            rows.addAll(List.of(kept, perKg, deaths, perDeath));
        }
        Output.table(out, header, rows);
        if (!c.calibration().isEmpty()) {
            out.println();
            out.println("the baseline beside public figures (a figure met by calibrating an input is an input, not a finding):");
            List<List<String>> cal = new ArrayList<>();
            for (org.corridor.simulate.run.Calibration.Check k : c.calibration()) {
                cal.add(List.of(k.target().quantity(), ComparisonJson.num(k.model()) + " (" + ComparisonJson.num(k.low()) + "–"
                        + ComparisonJson.num(k.high()) + ")", ComparisonJson.num(k.target().low()) + "–" + ComparisonJson.num(k.target().high()),
                        k.target().unit(), k.inside() ? "inside" : "OUTSIDE", k.target().source()));
            }
            Output.table(out, List.of("quantity", "model", "published", "unit", "", "source"), cal);
        }
        out.flush();
        return w.toString();
    }

    private static String interval(Interval i) {
        return ComparisonJson.num(i.mean()) + " (" + ComparisonJson.num(i.low()) + "–" + ComparisonJson.num(i.high()) + ")";
    }
}
