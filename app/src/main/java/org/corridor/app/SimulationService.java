package org.corridor.app;

import java.util.List;
import java.util.function.LongConsumer;
import org.corridor.simulate.run.Comparison;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;

/** Strategy comparison on a scenario file (or a bundled scenario); needs no workspace. */
public final class SimulationService {
    private SimulationService() {
    }

    public static Scenario scenario(String pathOrName) {
        return ScenarioReader.read(pathOrName);
    }

    /** A bundled scenario by name only (test, andes, road-grid): what a web request may ask for. */
    public static Scenario bundled(String name) {
        return ScenarioReader.bundled(name);
    }

    /** The same comparison as {@code corridor simulate --format json} prints. */
    /** The comparison as {@code corridor simulate --format csv} writes it. */
    public static String csv(Comparison c) {
        return CsvText.of(org.corridor.simulate.run.ComparisonJson.csvHeader(), org.corridor.simulate.run.ComparisonJson.csvRows(c));
    }

    public static com.fasterxml.jackson.databind.node.ObjectNode json(Comparison c) {
        return org.corridor.simulate.run.ComparisonJson.of(c);
    }

    /** Every strategy of the scenario when none is named. */
    public static Comparison compare(Scenario scenario, List<String> strategies, int runs, long seed, double cut, int victoryMonths,
            LongConsumer progress) {
        return compare(scenario, strategies, runs, seed, cut, victoryMonths, false, progress);
    }

    /** As above; with {@code sampleParameters} each run draws the assumed parameters from their ranges (Latin hypercube). */
    public static Comparison compare(Scenario scenario, List<String> strategies, int runs, long seed, double cut, int victoryMonths,
            boolean sampleParameters, LongConsumer progress) {
        List<String> names = strategies.isEmpty() ? List.copyOf(scenario.strategies().keySet()) : strategies;
        return MonteCarlo.compare(scenario, new MonteCarlo.Request(names, runs, seed, cut, victoryMonths, sampleParameters), progress);
    }

    /** Published directions as ensemble claims over {@code sets} parameter sets of {@code runs} runs each. */
    public static org.corridor.simulate.run.Sweep.Result sweep(Scenario scenario, int sets, int runs, long seed,
            java.util.List<String> strategies, LongConsumer progress) {
        return org.corridor.simulate.run.Sweep.run(scenario, sets, runs, seed, strategies, progress);
    }
}
