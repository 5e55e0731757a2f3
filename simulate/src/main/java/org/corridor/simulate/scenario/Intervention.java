package org.corridor.simulate.scenario;

/**
 * One timed action of a strategy. Which fields apply depends on the type:
 * leader_removal (organisation), broker_removal (organisation: its most central member below the
 * leaders is arrested), interdiction_surge (factor on assets), enforcement_policy
 * (policy), asset_freeze (organisation or all, share of capital), demand_reduction (market or all,
 * share of demand), crackdown (place: legs into and out of it cost factor times more and gain
 * detection).
 */
public record Intervention(int month, Type type, String organisation, String place, String market, double factor, double share,
        Enforcement.Policy policy, double detection) {
    public enum Type {
        LEADER_REMOVAL, BROKER_REMOVAL, INTERDICTION_SURGE, ENFORCEMENT_POLICY, ASSET_FREEZE, DEMAND_REDUCTION, CRACKDOWN
    }
}
