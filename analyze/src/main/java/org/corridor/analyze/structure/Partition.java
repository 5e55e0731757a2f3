package org.corridor.analyze.structure;

import java.util.Arrays;

/**
 * A division of the nodes into numbered groups (components, communities). Group numbers run from
 * 0 in order of each group's lowest node index, so equal partitions compare equal.
 */
public final class Partition {
    private final int[] membership;
    private final int groups;

    public Partition(int[] membership) {
        this.membership = canonical(membership);
        this.groups = Arrays.stream(this.membership).max().orElse(-1) + 1;
    }

    public int group(int node) {
        return membership[node];
    }

    public int groupCount() {
        return groups;
    }

    public int size() {
        return membership.length;
    }

    public int[] membership() {
        return membership.clone();
    }

    public int[] groupSizes() {
        int[] sizes = new int[groups];
        for (int g : membership) {
            sizes[g]++;
        }
        return sizes;
    }

    public int largestGroupSize() {
        return Arrays.stream(groupSizes()).max().orElse(0);
    }

    private static int[] canonical(int[] raw) {
        int[] out = new int[raw.length];
        java.util.Map<Integer, Integer> renumber = new java.util.HashMap<>();
        for (int i = 0; i < raw.length; i++) {
            out[i] = renumber.computeIfAbsent(raw[i], k -> renumber.size());
        }
        return out;
    }
}
