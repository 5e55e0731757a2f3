package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.ParameterSample;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Issue 22, item 4: parameters drawn per run by Latin hypercube, seeded, paired across strategies, reaching the outcomes. */
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
    void sampledParametersReachTheOutcomesRunByRun() {
        // the model's own chance moves production a lot from run to run (its spread over 40 runs
        // ranges from about 1,400 to 2,700 kg a month with the seed), so a wider spread is no test
        // (the earlier form of this test passed on one seed by luck); what sampling must do is carry
        // each run's parameters into its outcomes: the capital traffickers hold follows the sampled
        // working-capital buffer, run by run, on every seed tried. (Baseline production follows no
        // sampled parameter by more than chance: its spread is the model's own.)
        Scenario s = ScenarioReader.read("andes");
        int runs = 40;
        for (long seed = 1; seed <= 3; seed++) {
            StrategyResult sampled = MonteCarlo.run(s, new MonteCarlo.Request(List.of("baseline"), runs, seed, 0.5, 12, true), n -> { })
                    .get(0);
            double[][] parameters = ParameterSample.latinHypercube(runs, seed);
            int buffer = ParameterSample.RANGES.indexOf(ParameterSample.RANGES.stream()
                    .filter(x -> x.name().equals("economics.buffer_months")).findFirst().orElseThrow());
            double[] months = new double[runs];
            for (int i = 0; i < runs; i++) {
                months[i] = parameters[i][buffer];
            }
            double r = org.corridor.simulate.run.Sensitivity.pearson(months, sampled.values("trafficker_capital"));
            System.out.printf("seed %d: correlation of trafficker capital with the sampled buffer over %d runs: %.2f%n", seed, runs, r);
            // above 0.31, a correlation over 40 pairs is unlikely by chance (p < 0.05, two-sided)
            assertThat(r).isGreaterThan(0.31);
        }
    }
}
