package org.corridor.simulate.run;

import java.util.List;

/**
 * The result of {@code corridor simulate}: the master seed, the runs per strategy, victory's
 * definition, each strategy, and the baseline beside the public figures the scenario states.
 */
public record Comparison(String scenario, long seed, int runs, double cut, int victoryMonths, int start, int horizon,
        boolean sampledParameters, List<StrategyResult> strategies, List<Calibration.Check> calibration) {
}
