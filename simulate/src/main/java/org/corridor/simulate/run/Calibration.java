package org.corridor.simulate.run;

import java.util.ArrayList;
import java.util.List;
import org.corridor.simulate.scenario.CalibrationTarget;
import org.corridor.simulate.scenario.Scenario;

/**
 * The baseline beside the public figures its scenario states (issue 22, item 6): for each target,
 * the model's monthly mean turned into the target's unit, with its 95% interval, and whether the
 * mean falls inside the published range. A target met by calibrating an input is still an input:
 * docs/simulation.md says which.
 */
public final class Calibration {
    /** One target and where the baseline stands against it. */
    public record Check(CalibrationTarget target, double model, double low, double high, boolean inside) {
    }

    private Calibration() {
    }

    /** The checks of every target of the scenario against the baseline's outcomes; empty without a baseline. */
    public static List<Check> of(Scenario scenario, StrategyResult baseline) {
        List<Check> out = new ArrayList<>();
        if (baseline == null) {
            return out;
        }
        for (CalibrationTarget t : scenario.calibration()) {
            Interval i = value(baseline, t.quantity());
            double m = i.mean() * t.scale();
            out.add(new Check(t, m, i.low() * t.scale(), i.high() * t.scale(), m >= t.low() && m <= t.high()));
        }
        return out;
    }

    private static Interval value(StrategyResult baseline, String quantity) {
        if (quantity.equals("seizure_share")) {
            // the ratio of the two means; the interval bounds each by the other's
            Interval seized = baseline.outcomes().get("seizures");
            Interval produced = baseline.outcomes().get("production");
            double mean = produced.mean() > 0 ? seized.mean() / produced.mean() : 0;
            double low = produced.high() > 0 ? seized.low() / produced.high() : 0;
            double high = produced.low() > 0 ? seized.high() / produced.low() : 0;
            return new Interval(mean, low, high);
        }
        if (quantity.startsWith(CalibrationTarget.ROUTE_SHARE)) {
            // runs in which nothing reached the market have no share
            double[] shares = java.util.Arrays.stream(baseline.values(quantity)).filter(v -> !Double.isNaN(v)).toArray();
            return shares.length == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN) : Interval.of(shares);
        }
        return baseline.outcomes().get(quantity);
    }
}
