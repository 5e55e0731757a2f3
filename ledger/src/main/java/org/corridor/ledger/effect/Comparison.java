package org.corridor.ledger.effect;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.corridor.ledger.Range;
import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * Before/after comparison of a subject's indicators over two windows. Counts of operations and
 * violent events get an exact Poisson rate-ratio interval (the binomial split of the two counts,
 * Clopper–Pearson); fatalities, which come in bursts, get a percentile bootstrap over months with
 * a seed. Either way the result describes an association in time, not what an operation caused.
 */
public final class Comparison {
    public static final int RESAMPLES = 2000;

    private Comparison() {
    }

    public static List<Change> of(List<Period> series, Window before, Window after, long seed) {
        Map<YearMonth, Period> byMonth = new HashMap<>();
        series.forEach(p -> byMonth.put(p.month(), p));
        List<Period> b = before.months().stream().map(m -> byMonth.getOrDefault(m, Period.empty(m))).toList();
        List<Period> a = after.months().stream().map(m -> byMonth.getOrDefault(m, Period.empty(m))).toList();
        return List.of(
                counted("operations against", b, a, Period::operations),
                counted("violent events", b, a, Period::violence),
                bootstrapped("fatalities", b, a, Period::deaths, seed),
                bootstrapped("seized kg", b, a, Period::seizedKg, seed));
    }

    private static Change counted(String name, List<Period> b, List<Period> a, Function<Period, Long> f) {
        long kb = b.stream().mapToLong(f::apply).sum();
        long ka = a.stream().mapToLong(f::apply).sum();
        double[] ci = poissonRatio(kb, b.size(), ka, a.size());
        return new Change(name, new Range(kb, kb, kb), new Range(ka, ka, ka), (double) kb / b.size(),
                (double) ka / a.size(), ratio(ka, a.size(), kb, b.size()), ci[0], ci[1], "exact Poisson");
    }

    private static Change bootstrapped(String name, List<Period> b, List<Period> a, Function<Period, Range> f, long seed) {
        Range tb = Series.sum(b, f);
        Range ta = Series.sum(a, f);
        long[] xb = b.stream().mapToLong(p -> f.apply(p).best()).toArray();
        long[] xa = a.stream().mapToLong(p -> f.apply(p).best()).toArray();
        double[] ci = bootstrap(xb, xa, seed);
        return new Change(name, tb, ta, (double) tb.best() / b.size(), (double) ta.best() / a.size(),
                ratio(ta.best(), a.size(), tb.best(), b.size()), ci[0], ci[1], "bootstrap over months, seed " + seed);
    }

    private static double ratio(long after, int afterMonths, long before, int beforeMonths) {
        if (before == 0) {
            return after == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        return ((double) after / afterMonths) / ((double) before / beforeMonths);
    }

    /**
     * Exact 95% interval for the ratio of two Poisson rates: given n = kb + ka events, ka is
     * binomial with p = rate_a T_a / (rate_b T_b + rate_a T_a); the Clopper–Pearson bounds on p
     * map to bounds on the rate ratio.
     */
    static double[] poissonRatio(long kb, int tb, long ka, int ta) {
        long n = kb + ka;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double pLow = ka == 0 ? 0 : new BetaDistribution(ka, n - ka + 1).inverseCumulativeProbability(0.025);
        double pHigh = ka == n ? 1 : new BetaDistribution(ka + 1, n - ka).inverseCumulativeProbability(0.975);
        double scale = (double) tb / ta;
        return new double[] {pLow / (1 - pLow) * scale, pHigh >= 1 ? Double.POSITIVE_INFINITY : pHigh / (1 - pHigh) * scale};
    }

    /** Percentile interval of the ratio of monthly means, resampling months within each window. */
    static double[] bootstrap(long[] before, long[] after, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double mb = resampledMean(before, random);
            double ma = resampledMean(after, random);
            ratios[r] = mb == 0 ? (ma == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : ma / mb;
        }
        double[] finite = java.util.Arrays.stream(ratios).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {finite[(int) Math.floor(0.025 * (finite.length - 1))],
            finite[(int) Math.ceil(0.975 * (finite.length - 1))]};
    }

    private static double resampledMean(long[] x, SplittableRandom random) {
        long sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[random.nextInt(x.length)];
        }
        return (double) sum / x.length;
    }
}
