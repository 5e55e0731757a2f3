package org.corridor.simulate.scenario;

/**
 * Interdiction forces: how many legs they can watch in a month, how much a watched leg adds to
 * the chance of a seizure, how they choose (fixed: the busiest legs at the start; learning: legs
 * with recent seizures, with some exploration; optimised: the top legs by the value that moved
 * on them last month, as intelligence would show), and what an asset costs a month.
 */
public record Enforcement(int assets, double effect, Policy policy, double costPerAsset) {
    public enum Policy {
        FIXED, LEARNING, OPTIMISED
    }
}
