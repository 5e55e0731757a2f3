package org.corridor.analyze.disruption;

import java.util.List;

/**
 * How the next node to remove is chosen: by a centrality (degree or betweenness), computed once on
 * the intact network or again after every removal; at random from a seeded stream; or from a
 * list the analyst gives (for example, the people actually arrested, in order).
 */
public sealed interface RemovalRule {
    record ByDegree(boolean recompute) implements RemovalRule {
    }

    record ByBetweenness(boolean recompute) implements RemovalRule {
    }

    record Random(long seed) implements RemovalRule {
    }

    record Listed(List<String> ids) implements RemovalRule {
    }
}
