package org.corridor.analyze.graph;

import java.util.SplittableRandom;

/** Node orders: the identity, and seeded Fisher–Yates shuffles. */
public final class Permutations {
    private Permutations() {
    }

    public static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Shuffles the array in place. */
    public static int[] shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    public static int[] shuffled(int n, SplittableRandom random) {
        return shuffle(identity(n), random);
    }
}
