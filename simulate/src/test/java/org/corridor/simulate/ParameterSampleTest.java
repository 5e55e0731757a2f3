package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.ParameterSample;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Issue 22, item 4: parameters drawn per run by Latin hypercube, seeded, paired across strategies, widening the spread. */
class ParameterSampleTest {
    @Test
    void eachParameterVisitsEveryStratumOnceAndTheSameSeedGivesTheSameSets() {
        int runs = 50;
        double[][] v = ParameterSample.latinHypercube(runs, 99L);
        for (int p = 0; p < ParameterSample.RANGES.size(); p++) {
            ParameterSample.Range r = ParameterSample.RANGES.get(p);
            boolean[] seen = new boolean[runs];
            for (double[] set : v) {
                assertThat(set[p]).isBetween(r.low(), r.high());
                int stratum = (int) Math.floor((set[p] - r.low()) / (r.high() - r.low()) * runs);
                assertThat(seen[Math.min(stratum, runs - 1)]).as(r.name() + " stratum " + stratum).isFalse();
                seen[Math.min(stratum, runs - 1)] = true;
            }
        }
        assertThat(ParameterSample.latinHypercube(runs, 99L)).isDeepEqualTo(v);
        assertThat(ParameterSample.latinHypercube(runs, 100L)[0]).isNotEqualTo(v[0]);
    }

    @Test
    void sampledParametersWidenTheSpreadOfOutcomesOverRuns() {
        Scenario s = ScenarioReader.read("andes");
        List<String> arms = List.of("baseline");
        StrategyResult fixed = MonteCarlo.run(s, new MonteCarlo.Request(arms, 40, 5L, 0.5, 12, false), n -> { }).get(0);
        StrategyResult sampled = MonteCarlo.run(s, new MonteCarlo.Request(arms, 40, 5L, 0.5, 12, true), n -> { }).get(0);
        double fixedSpread = spread(fixed.values("production"));
        double sampledSpread = spread(sampled.values("production"));
        System.out.printf("production spread over runs: fixed %.1f kg/month, sampled %.1f kg/month%n", fixedSpread, sampledSpread);
        assertThat(sampledSpread).isGreaterThan(fixedSpread);
    }

    private static double spread(double[] x) {
        double mean = Arrays.stream(x).average().orElse(0);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
    }
}
