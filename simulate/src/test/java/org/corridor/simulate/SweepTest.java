package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.simulate.run.Sweep;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, acceptance 2: published directions are reported as the share of sampled parameter
 * sets in which they hold. The shares must be stable across seeds (they are not asserted to be
 * high): two sweeps on different seeds agree on each share within what sampling 60 sets allows.
 */
class SweepTest {
    private static final int SETS = 60;
    private static final int RUNS = 6;

    @Test
    void theShareOfSetsInWhichEachDirectionHoldsIsStableAcrossSeeds() {
        Scenario s = ScenarioReader.read("test");
        Sweep.Result a = Sweep.run(s, SETS, RUNS, 11L, n -> { });
        Sweep.Result b = Sweep.run(s, SETS, RUNS, 12L, n -> { });
        assertThat(a.shares()).hasSameSizeAs(b.shares()).isNotEmpty();
        for (int i = 0; i < a.shares().size(); i++) {
            Sweep.Share x = a.shares().get(i);
            Sweep.Share y = b.shares().get(i);
            System.out.printf("%s: holds %.2f / %.2f, reverses %.2f / %.2f; %s%n", x.direction().name(), x.holdShare(), y.holdShare(),
                    x.reverseShare(), y.reverseShare(), x.condition());
            assertThat(x.holdShare() + x.reverseShare()).isLessThanOrEqualTo(1.0);
            // two binomial shares of 60 differ by more than 0.25 with chance well under one in a thousand
            assertThat(Math.abs(x.holdShare() - y.holdShare())).as(x.direction().name()).isLessThanOrEqualTo(0.25);
        }
        // the same seed gives the same sweep
        Sweep.Result again = Sweep.run(s, SETS, RUNS, 11L, n -> { });
        for (int i = 0; i < a.shares().size(); i++) {
            assertThat(again.shares().get(i).holds()).isEqualTo(a.shares().get(i).holds());
        }
    }
}
