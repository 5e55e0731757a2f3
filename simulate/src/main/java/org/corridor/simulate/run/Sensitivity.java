package org.corridor.simulate.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which sampled parameters drive each outcome (issue 22, item 4: the tornado). Over the runs of
 * a comparison made with sampled parameters, for each strategy and outcome, the Spearman rank
 * correlation between each parameter's value in a run and that run's outcome; for a strategy other
 * than the baseline, also with its paired difference from the baseline run on the same seed and
 * parameter set (what drives the strategy's effect, not its level). Ranked by size. A correlation
 * is marked significant when its size exceeds 1.96 / sqrt(runs - 1), the 5% two-sided bound under
 * no association; with many parameters and outcomes some will pass that bound by chance.
 */
public final class Sensitivity {
    /** One parameter's association with one outcome of one strategy. */
    public record Driver(String strategy, String outcome, boolean difference, String parameter, double rho, boolean significant) {
    }

    /** The outcomes a tornado is drawn for; the others follow from these. */
    public static final List<String> OUTCOMES = List.of("delivered", "seizures", "production", "price", "violence", "violence_home",
            "organisations", "trafficker_revenue", "trafficker_capital", "cost");

    private Sensitivity() {
    }

    /** Every driver, largest association first within each strategy and outcome; needs sampled parameters. */
    public static List<Driver> of(Comparison c) {
        if (!c.sampledParameters()) {
            throw new IllegalArgumentException("a sensitivity analysis needs runs with sampled parameters");
        }
        double[][] parameters = ParameterSample.latinHypercube(c.runs(), c.seed());
        StrategyResult baseline = c.strategies().stream().filter(s -> s.name().equals("baseline")).findFirst().orElse(null);
        double bound = 1.96 / Math.sqrt(Math.max(1, c.runs() - 1));
        List<Driver> out = new ArrayList<>();
        for (StrategyResult s : c.strategies()) {
            for (String outcome : OUTCOMES) {
                double[] y = s.values(outcome);
                add(out, s.name(), outcome, false, parameters, y, bound);
                if (baseline != null && s != baseline) {
                    double[] base = baseline.values(outcome);
                    double[] d = new double[y.length];
                    for (int i = 0; i < y.length; i++) {
                        d[i] = y[i] - base[i];
                    }
                    add(out, s.name(), outcome, true, parameters, d, bound);
                }
            }
        }
        return out;
    }

    private static void add(List<Driver> out, String strategy, String outcome, boolean difference, double[][] parameters, double[] y,
            double bound) {
        if (Arrays.stream(y).distinct().count() < 2) {
            return; // an outcome that does not vary over the runs has no drivers
        }
        List<Driver> here = new ArrayList<>();
        double[] ry = ranks(y);
        for (int p = 0; p < ParameterSample.RANGES.size(); p++) {
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                x[i] = parameters[i][p];
            }
            double rho = pearson(ranks(x), ry);
            here.add(new Driver(strategy, outcome, difference, ParameterSample.RANGES.get(p).name(), rho, Math.abs(rho) > bound));
        }
        here.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.rho())).thenComparing(Driver::parameter));
        out.addAll(here);
    }

    /** Ranks from 1, ties given their mean rank. */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mean;
            }
            i = j + 1;
        }
        return r;
    }

    /** Pearson's correlation of two series of the same length (NaN when one does not vary). */
    public static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
