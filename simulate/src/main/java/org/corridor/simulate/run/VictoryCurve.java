package org.corridor.simulate.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Victory against the counterfactual (issue 22, item 3): for a strategy, the share of runs in
 * which delivered volume stays at least {@code cut} below the same run under the baseline (same
 * seed: the paired counterfactual) for at least {@code months} months in a row after the start,
 * with a 95% Wilson score interval over runs, for a grid of cuts and run lengths. A deeper cut
 * can only be met in fewer runs, so each curve falls as the cut grows.
 */
public final class VictoryCurve {
    /** The cuts (10% to 90%) and months in a row every curve is given for. */
    public static final double[] CUTS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    public static final int[] MONTHS = {1, 3, 6, 12, 24};

    /** The share of runs that reached it, and its interval. */
    public record Point(double cut, int months, int runs, int reached, double probability, double low, double high) {
    }

    private VictoryCurve() {
    }

    /** Every point of the grid for a strategy against the baseline, run i against baseline run i. */
    public static List<Point> of(StrategyResult strategy, StrategyResult baseline, int start) {
        List<Point> points = new ArrayList<>();
        int n = Math.min(strategy.runs().size(), baseline.runs().size());
        for (int months : MONTHS) {
            for (double cut : CUTS) {
                int reached = 0;
                for (int i = 0; i < n; i++) {
                    if (longestBelow(strategy.runs().get(i).deliveredSeries(), baseline.runs().get(i).deliveredSeries(), start, cut)
                            >= months) {
                        reached++;
                    }
                }
                double[] wilson = wilson(reached, n);
                points.add(new Point(cut, months, n, reached, n == 0 ? 0 : reached / (double) n, wilson[0], wilson[1]));
            }
        }
        return points;
    }

    /** The longest run of months from {@code start} in which the strategy delivered at most (1 - cut) of the baseline. */
    static int longestBelow(double[] strategy, double[] baseline, int start, double cut) {
        int streak = 0;
        int longest = 0;
        for (int t = start; t < Math.min(strategy.length, baseline.length); t++) {
            streak = strategy[t] <= (1 - cut) * baseline[t] ? streak + 1 : 0;
            longest = Math.max(longest, streak);
        }
        return longest;
    }

    /** The 95% Wilson score interval of a proportion: sound at 0 and at 1, where the normal one collapses. */
    static double[] wilson(int successes, int n) {
        if (n == 0) {
            return new double[] {0, 1};
        }
        double z = 1.959963984540054;
        double p = successes / (double) n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
