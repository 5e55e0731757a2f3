package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.simulate.run.Comparison;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.run.VictoryCurve;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, acceptance 3: victory against the paired baseline as curves over the cut X and the
 * months M, with intervals; a curve never rises as X grows, and some built-in strategy has a
 * non-zero probability somewhere on the grid.
 */
class VictoryCurveTest {
    @Test
    void curvesAgainstThePairedBaselineFallWithTheCutAndSomeStrategyReachesOne() {
        Scenario s = ScenarioReader.read("andes");
        Comparison c = MonteCarlo.compare(s, new MonteCarlo.Request(List.of("baseline", "interdiction_surge", "demand_reduction",
                "financial_disruption", "combined"), 40, 20261203L, 0.5, 12), n -> { });
        StrategyResult baseline = c.strategies().get(0);
        boolean someReached = false;
        for (StrategyResult r : c.strategies().subList(1, c.strategies().size())) {
            List<VictoryCurve.Point> points = VictoryCurve.of(r, baseline, s.start());
            assertThat(points).hasSize(VictoryCurve.CUTS.length * VictoryCurve.MONTHS.length);
            for (int m : VictoryCurve.MONTHS) {
                List<VictoryCurve.Point> curve = points.stream().filter(p -> p.months() == m).toList();
                for (int k = 1; k < curve.size(); k++) {
                    assertThat(curve.get(k).probability()).as(r.name() + " M=" + m).isLessThanOrEqualTo(curve.get(k - 1).probability());
                }
                for (VictoryCurve.Point p : curve) {
                    assertThat(p.low()).isBetween(0.0, p.probability());
                    assertThat(p.high()).isBetween(p.probability(), 1.0);
                    someReached |= p.probability() > 0;
                }
            }
            // months in a row: a longer streak is met in no more runs
            for (double cut : VictoryCurve.CUTS) {
                List<VictoryCurve.Point> byMonths = points.stream().filter(p -> p.cut() == cut).toList();
                for (int k = 1; k < byMonths.size(); k++) {
                    assertThat(byMonths.get(k).probability()).isLessThanOrEqualTo(byMonths.get(k - 1).probability());
                }
            }
        }
        assertThat(someReached).as("some built-in strategy beats its paired baseline somewhere on the grid").isTrue();
    }

    @Test
    void theWilsonIntervalIsSoundAtTheEnds() {
        List<VictoryCurve.Point> none = VictoryCurve.of(new StrategyResult("a", List.of()), new StrategyResult("b", List.of()), 0);
        assertThat(none.get(0).low()).isZero();
        assertThat(none.get(0).high()).isEqualTo(1.0);
    }
}
