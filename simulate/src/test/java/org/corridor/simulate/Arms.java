package org.corridor.simulate;

import java.util.List;
import java.util.stream.IntStream;
import org.corridor.simulate.model.World;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.RunSummary;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.Strategy;

/** One arm of a test comparison: {@code runs} seeded runs of a strategy, run i on the i-th seed of {@code seed}, as MonteCarlo seeds them. */
final class Arms {
    private Arms() {
    }

    static StrategyResult arm(Scenario s, Strategy strategy, int runs, long seed) {
        long[] seeds = MonteCarlo.seeds(seed, runs);
        List<RunSummary> summaries = IntStream.range(0, runs).mapToObj(i -> {
            World w = new World(s, strategy, seeds[i]);
            w.run();
            return RunSummary.of(w, s, 0.5, 12);
        }).toList();
        return new StrategyResult(strategy.name(), summaries);
    }
}
