package org.corridor.analyze.disruption;

import java.util.List;

/**
 * The network's state after each removal; step 0 is the intact network.
 *
 * @param baseline the size the largest-component fraction is divided by
 */
public record DisruptionCurve(String rule, int baseline, List<Step> steps) {
    public DisruptionCurve {
        steps = List.copyOf(steps);
    }

    /**
     * @param removed     id of the node removed at this step (empty at step 0)
     * @param lccSize     nodes in the largest connected component
     * @param lccFraction lccSize divided by the baseline
     * @param efficiency  global efficiency over the original node count's pairs
     * @param components  connected components among the remaining nodes (isolates count)
     */
    public record Step(int step, String removed, int lccSize, double lccFraction, double efficiency, int components) {
    }
}
