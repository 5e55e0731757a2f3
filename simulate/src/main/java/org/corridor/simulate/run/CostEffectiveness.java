package org.corridor.simulate.run;

/**
 * A strategy per dollar against the baseline, run i against run i (issue 22, item 2): what it
 * costs a month more than the baseline, the kilograms a month it keeps from market, and the cost
 * of each kilogram kept, the ratio of the two means. The ratio is given only when the kilograms
 * kept are above zero with 95% confidence; otherwise the strategy is not shown to keep drugs from
 * market at all, and a cost per kilogram would mislead.
 */
public record CostEffectiveness(Interval extraCost, Interval kgKept, Double costPerKgKept) {
    public static CostEffectiveness of(StrategyResult strategy, StrategyResult baseline) {
        Interval extra = strategy.difference(baseline, "cost");
        Interval kept = baseline.difference(strategy, "delivered");
        Double perKg = kept.low() > 0 ? extra.mean() / kept.mean() : null;
        return new CostEffectiveness(extra, kept, perKg);
    }
}
