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
        stableAcrossSeeds(ScenarioReader.read("test"));
    }

    /** Andes has the crackdown the Dell rows need; fewer sets, so a wider allowance. */
    @Test
    void onAndesTooWithDellsDiversionAndViolence() {
        Scenario andes = ScenarioReader.read("andes");
        Sweep.Result a = Sweep.run(andes, 40, 4, 21L, n -> { });
        Sweep.Result b = Sweep.run(andes, 40, 4, 22L, n -> { });
        assertThat(a.shares()).extracting(x -> x.direction().source()).contains("Dell 2015", "Duijn et al. 2014", "Bright et al. 2017",
                "Calderón et al. 2015", "Magliocca et al. 2019");
        for (int i = 0; i < a.shares().size(); i++) {
            Sweep.Share x = a.shares().get(i);
            Sweep.Share y = b.shares().get(i);
            System.out.printf("andes: %s: holds %.2f / %.2f%n", x.direction().name(), x.holdShare(), y.holdShare());
            // two independent binomial shares of 40 differ by more than 0.4 with chance under one in a thousand
            // (at p = 0.5, 3.6 standard deviations); Latin hypercube sets vary less than independent ones
            assertThat(Math.abs(x.holdShare() - y.holdShare())).as(x.direction().name()).isLessThanOrEqualTo(0.4);
        }
    }

    private static void stableAcrossSeeds(Scenario s) {
        Sweep.Result a = Sweep.run(s, SETS, RUNS, 11L, n -> { });
        Sweep.Result b = Sweep.run(s, SETS, RUNS, 12L, n -> { });
        assertThat(a.shares()).hasSameSizeAs(b.shares()).isNotEmpty();
        for (int i = 0; i < a.shares().size(); i++) {
            Sweep.Share x = a.shares().get(i);
            Sweep.Share y = b.shares().get(i);
            System.out.printf("%s: holds %.2f / %.2f, reverses %.2f / %.2f; %s%n", x.direction().name(), x.holdShare(), y.holdShare(),
                    x.reverseShare(), y.reverseShare(), x.condition());
            assertThat(x.holdShare() + x.reverseShare()).isLessThanOrEqualTo(1.0);
            // two independent binomial shares of 60 differ by more than 0.25 with chance about six in a thousand at
            // p = 0.5 (2.7 standard deviations) and less elsewhere; the seeds are fixed, so the check does not flicker
            assertThat(Math.abs(x.holdShare() - y.holdShare())).as(x.direction().name()).isLessThanOrEqualTo(0.25);
        }
        // the same seed gives the same sweep
        Sweep.Result again = Sweep.run(s, SETS, RUNS, 11L, n -> { });
        for (int i = 0; i < a.shares().size(); i++) {
            assertThat(again.shares().get(i).holds()).isEqualTo(a.shares().get(i).holds());
        }
    }
}
