package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corridor.simulate.run.Interval;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.RunSummary;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 7: per-region displacement. Every run says which share of the flow after the
 * start passed each region (the shares of a run add up to one), and under an interdiction surge
 * the paired differences show flow leaving some regions for others: the balloon effect as a map.
 */
class RegionShareTest {
    @Test
    void eachRunsRegionSharesAddUpAndASurgeMovesFlowBetweenRegions() {
        var s = ScenarioReader.read("andes");
        List<StrategyResult> r = MonteCarlo.run(s, new MonteCarlo.Request(List.of("baseline", "interdiction_surge"), 40, 11L, 0.5, 12),
                n -> {
                });
        List<String> regions = r.get(0).runs().get(0).outcomes().keySet().stream().filter(k -> k.startsWith(RunSummary.REGION_SHARE))
                .toList();
        assertThat(regions).hasSizeGreaterThan(5);
        for (RunSummary run : r.get(1).runs()) {
            assertThat(regions.stream().mapToDouble(k -> run.outcomes().get(k)).sum()).isCloseTo(1.0, within(1e-9));
        }
        boolean gains = false;
        boolean losses = false;
        for (String region : regions) {
            Interval d = r.get(1).difference(r.get(0), region);
            gains |= d.low() > 0;
            losses |= d.high() < 0;
        }
        assertThat(gains).as("some region's share rises under the surge").isTrue();
        assertThat(losses).as("some region's share falls under the surge").isTrue();
    }
}
