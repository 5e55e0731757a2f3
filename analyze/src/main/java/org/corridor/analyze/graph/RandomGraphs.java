package org.corridor.analyze.graph;

import java.util.SplittableRandom;

/**
 * Seeded random graphs for benchmarks and property tests. The same seed gives the same graph.
 */
public final class RandomGraphs {
    private RandomGraphs() {
    }

    /**
     * Preferential attachment (Barabási and Albert, Science 286, 1999): each new node links to
     * {@code m} distinct earlier nodes chosen with probability proportional to degree, starting
     * from a clique of m + 1 nodes. About n·m edges.
     */
    public static Graph barabasiAlbert(int n, int m, long seed, boolean directed) {
        SplittableRandom random = new SplittableRandom(seed);
        GraphBuilder b = builder(n, directed);
        int[] ends = new int[2 * n * m + 2 * m * m];
        int size = 0;
        for (int u = 0; u <= m; u++) {
            for (int v = 0; v < u; v++) {
                b.edge(u, v, 1);
                ends[size++] = u;
                ends[size++] = v;
            }
        }
        int[] chosen = new int[m];
        for (int u = m + 1; u < n; u++) {
            int k = 0;
            while (k < m) {
                int v = ends[random.nextInt(size)];
                boolean dup = false;
                for (int i = 0; i < k; i++) {
                    dup |= chosen[i] == v;
                }
                if (!dup) {
                    chosen[k++] = v;
                }
            }
            for (int i = 0; i < m; i++) {
                b.edge(u, chosen[i], 1);
                ends[size++] = u;
                ends[size++] = chosen[i];
            }
        }
        return b.build();
    }

    /**
     * Small world (Watts and Strogatz, Nature 393, 1998): a ring where each node links to its
     * {@code k/2} nearest neighbours on each side, each edge rewired to a random target with
     * probability {@code p}. n·k/2 edges before merging the rare duplicates.
     */
    public static Graph wattsStrogatz(int n, int k, double p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        GraphBuilder b = builder(n, false);
        for (int u = 0; u < n; u++) {
            for (int j = 1; j <= k / 2; j++) {
                int v = (u + j) % n;
                if (random.nextDouble() < p) {
                    int w;
                    do {
                        w = random.nextInt(n);
                    } while (w == u);
                    v = w;
                }
                b.edge(u, v, 1);
            }
        }
        return b.build();
    }

    /** Uniform random graph with m edge draws (Erdős–Rényi G(n, m)), weights 1..maxWeight. */
    public static Graph gnm(int n, int m, boolean directed, int maxWeight, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        GraphBuilder b = new GraphBuilder(directed, maxWeight > 1);
        for (int i = 0; i < n; i++) {
            b.node("n" + i);
        }
        for (int i = 0; i < m; i++) {
            b.edge(random.nextInt(n), random.nextInt(n), 1 + random.nextInt(maxWeight));
        }
        return b.build();
    }

    private static GraphBuilder builder(int n, boolean directed) {
        GraphBuilder b = new GraphBuilder(directed, false);
        for (int i = 0; i < n; i++) {
            b.node("n" + i);
        }
        return b;
    }
}
