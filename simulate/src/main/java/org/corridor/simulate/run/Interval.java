package org.corridor.simulate.run;

import org.hipparchus.distribution.continuous.TDistribution;

/** A mean with its 95% confidence interval (Student's t over runs). */
public record Interval(double mean, double low, double high) {
    public static Interval of(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        if (n < 2) {
            return new Interval(mean, mean, mean);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return new Interval(mean, mean - t * se, mean + t * se);
    }
}
