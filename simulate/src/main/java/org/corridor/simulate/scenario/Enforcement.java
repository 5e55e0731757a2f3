package org.corridor.simulate.scenario;

/**
 * Interdiction forces: how many legs they can watch in a month, how much a watched leg adds to
 * the chance of a seizure, how they choose (fixed: the busiest legs at the start; learning: legs
 * with recent seizures, with some exploration; optimised: the top legs by the value that moved
 * on them last month, as intelligence would show), and what an asset costs a month.
 */
public record Enforcement(int assets, double effect, Policy policy, double costPerAsset) {
    /**
     * One cutter on station in the transit zone for a month, all in: the Coast Guard's drug
     * interdiction budget (1,269.0 M$ requested for FY2017, ONDCP) over the cutter-days it spent
     * there (1,947 in FY2012, GAO-14-527), about 5.3 cutters on station. docs/simulation.md.
     */
    public static final double DEFAULT_COST_PER_ASSET = 19_800_000;

    public enum Policy {
        FIXED, LEARNING, OPTIMISED
    }
}
