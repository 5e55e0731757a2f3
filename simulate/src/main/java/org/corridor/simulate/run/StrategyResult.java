package org.corridor.simulate.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One strategy over all runs: each run's summary (run i used the same seed under every strategy), and the aggregates. */
public record StrategyResult(String name, List<RunSummary> runs) {
    public Map<String, Interval> outcomes() {
        Map<String, Interval> out = new LinkedHashMap<>();
        for (String o : RunSummary.OUTCOMES) {
            out.put(o, Interval.of(values(o)));
        }
        return out;
    }

    public double[] values(String outcome) {
        return runs.stream().mapToDouble(r -> r.outcomes().get(outcome)).toArray();
    }

    /** Per month, the mean over runs of a series (delivered, seizures or violence) with its 95% interval. */
    public java.util.List<Interval> series(String which) {
        int months = runs.get(0).deliveredSeries().length;
        java.util.List<Interval> out = new java.util.ArrayList<>(months);
        for (int t = 0; t < months; t++) {
            double[] v = new double[runs.size()];
            for (int i = 0; i < v.length; i++) {
                RunSummary r = runs.get(i);
                v[i] = switch (which) {
                    case "delivered" -> r.deliveredSeries()[t];
                    case "seizures" -> r.seizuresSeries()[t];
                    case "violence" -> r.violenceSeries()[t];
                    default -> throw new IllegalArgumentException(which);
                };
            }
            out.add(Interval.of(v));
        }
        return out;
    }

    /** Share of runs that reached victory. */
    public double victory() {
        return runs.stream().filter(RunSummary::victory).count() / (double) runs.size();
    }

    /** The interval of the mean paired difference (this minus other) of an outcome, run by run. */
    public Interval difference(StrategyResult other, String outcome) {
        double[] a = values(outcome);
        double[] b = other.values(outcome);
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return Interval.of(d);
    }
}
