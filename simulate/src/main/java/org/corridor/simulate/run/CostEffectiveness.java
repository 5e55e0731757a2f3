package org.corridor.simulate.run;

/**
 * A strategy per dollar against the baseline, run i against run i (issue 22, item 2): what it
 * costs a month more than the baseline, the kilograms a month it keeps from market, the cost of
 * each kilogram kept (the ratio of the two means), the change in deaths a month, and the cost of
 * each death averted. A ratio is given only when its denominator is above zero with 95%
 * confidence (kilograms kept; deaths averted); otherwise the strategy is not shown to do it at all,
 * and a cost per unit would mislead. A strategy that raises deaths with 95% confidence shows that
 * as deaths caused a month instead.
 */
public record CostEffectiveness(Interval extraCost, Interval kgKept, Double costPerKgKept, Interval deathsChange, Double costPerDeathAverted) {
    public static CostEffectiveness of(StrategyResult strategy, StrategyResult baseline) {
        Interval extra = strategy.difference(baseline, "cost");
        Interval kept = baseline.difference(strategy, "delivered");
        Double perKg = kept.low() > 0 ? extra.mean() / kept.mean() : null;
        Interval deaths = strategy.difference(baseline, "deaths");
        Double perDeath = deaths.high() < 0 ? extra.mean() / -deaths.mean() : null;
        return new CostEffectiveness(extra, kept, perKg, deaths, perDeath);
    }

    /** Deaths a month the strategy causes, when it raises them with 95% confidence; else null. */
    public Double deathsCaused() {
        return deathsChange.low() > 0 ? deathsChange.mean() : null;
    }
}
