package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.simulate.run.Comparison;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.Sensitivity;
import org.corridor.simulate.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 4: the tornado names the parameters that drive an outcome. Two drivers the model
 * is built to have: the capital traffickers hold follows the working-capital buffer, and the rise
 * in violence after a leader's removal falls as lieutenants work together more (a cohesive
 * organisation promotes one of them instead of splintering). Both are checked on the run-by-run
 * association the tornado reports, and the same seed gives the same tornado.
 */
class SensitivityTest {
    @Test
    void theTornadoFindsTheDriversTheModelHasAndRepeatsWithItsSeed() {
        var s = ScenarioReader.read("andes");
        Comparison c = MonteCarlo.compare(s, new MonteCarlo.Request(List.of("baseline", "leader_removal"), 60, 7L, 0.5, 12, true), n -> {
        });
        List<Sensitivity.Driver> drivers = Sensitivity.of(c);
        Sensitivity.Driver capital = top(drivers, "baseline", "trafficker_capital", false);
        assertThat(capital.parameter()).isEqualTo("economics.buffer_months");
        assertThat(capital.rho()).isGreaterThan(0.8);
        assertThat(capital.significant()).isTrue();
        Sensitivity.Driver violence = drivers.stream().filter(d -> d.strategy().equals("leader_removal") && d.outcome().equals("violence_home")
                && d.difference() && d.parameter().equals("behaviour.lieutenant_ties")).findFirst().orElseThrow();
        System.out.printf("leader removal, violence at home minus baseline ~ lieutenant_ties: rho %.2f%n", violence.rho());
        assertThat(violence.rho()).isNegative();
        assertThat(violence.significant()).isTrue();

        Comparison again = MonteCarlo.compare(s, new MonteCarlo.Request(List.of("baseline", "leader_removal"), 60, 7L, 0.5, 12, true), n -> {
        });
        assertThat(Sensitivity.of(again)).isEqualTo(drivers);
    }

    private static Sensitivity.Driver top(List<Sensitivity.Driver> drivers, String strategy, String outcome, boolean difference) {
        return drivers.stream().filter(d -> d.strategy().equals(strategy) && d.outcome().equals(outcome) && d.difference() == difference)
                .findFirst().orElseThrow();
    }
}
