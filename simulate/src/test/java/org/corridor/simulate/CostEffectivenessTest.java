package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corridor.simulate.run.Comparison;
import org.corridor.simulate.run.CostEffectiveness;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.scenario.LeverCosts;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Issue 22, item 2: every lever is costed, and strategies compare per kilogram kept from market against the paired baseline. */
class CostEffectivenessTest {
    @Test
    void leversAreCostedAndComparedPerKilogramKeptFromMarket() {
        Scenario s = ScenarioReader.read("andes");
        Comparison c = MonteCarlo.compare(s, new MonteCarlo.Request(List.of("baseline", "leader_removal", "interdiction_surge",
                "demand_reduction"), 30, 20261203L, 0.5, 12), n -> { });
        StrategyResult baseline = c.strategies().get(0);
        int months = s.horizon() - s.start();
        LeverCosts costs = s.costs();

        CostEffectiveness removal = CostEffectiveness.of(c.strategies().get(1), baseline);
        assertThat(removal.extraCost().mean()).isCloseTo(costs.leaderRemoval() / months, within(1.0));

        CostEffectiveness demand = CostEffectiveness.of(c.strategies().get(3), baseline);
        assertThat(demand.extraCost().mean()).isCloseTo(costs.demandReductionPerMonth(), within(1.0));

        CostEffectiveness surge = CostEffectiveness.of(c.strategies().get(2), baseline);
        assertThat(surge.extraCost().mean()).isCloseTo(2 * s.enforcement().assets() * s.enforcement().costPerAsset(), within(1.0));
        assertThat(surge.kgKept().low()).isGreaterThan(0);
        assertThat(surge.costPerKgKept()).isCloseTo(surge.extraCost().mean() / surge.kgKept().mean(), within(1e-6));

        // a strategy not shown to keep anything from market gets no cost per kilogram
        CostEffectiveness none = CostEffectiveness.of(baseline, baseline);
        assertThat(none.costPerKgKept()).isNull();
    }
}
