package org.corridor.analyze.community;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.structure.ConnectedComponents;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.analyze.graph.Permutations;
import org.corridor.analyze.structure.Partition;

/**
 * Louvain modularity optimisation (Blondel, Guillaume, Lambiotte and Lefebvre, J. Stat. Mech.
 * P10008, 2008): move single nodes to the neighbouring community with the best modularity gain,
 * in a seeded random order, until no move helps; merge each community into one node; repeat.
 * Additions from the Leiden paper's critique (Traag, Waltman and van Eck, Sci. Rep. 9, 2019): a
 * last round of single-node moves on the original graph; every community that ended up
 * disconnected is split into its connected parts, which never lowers modularity; and the whole
 * procedure is rerun from its own result, and from perturbed copies of it, while modularity rises. Weighted,
 * undirected (a directed graph is read undirected). Roughly O(m) per pass.
 */
public final class Louvain implements CommunityDetection {
    private final double resolution;

    public Louvain(double resolution) {
        this.resolution = resolution;
    }

    @Override
    public String name() {
        return "louvain";
    }

    @Override
    public Partition detect(Graph graph, long seed) {
        Graph g = graph.undirected();
        SplittableRandom random = new SplittableRandom(seed);
        Partition best = new Partition(Permutations.identity(g.nodeCount()));
        double bestQ = Modularity.of(g, best, resolution);
        // Rerun from the last partition until modularity stops rising: each round can undo a
        // poor early merge that a single pass is stuck with. Then perturb: dissolve a random
        // tenth of the communities into single nodes and rerun, keeping the result only if it
        // is better (an iterated local search; the number of tries shrinks on large graphs).
        int tries = g.edgeCount() > 200_000 ? 2 : g.edgeCount() > 20_000 ? 8 : 40;
        int failures = 0;
        for (int round = 0; round < 200 && failures <= tries; round++) {
            int[] start = round == 0 || failures == 0 ? best.membership() : dissolve(best, random);
            Partition next = onePass(g, start, random);
            double q = Modularity.of(g, next, resolution);
            if (q > bestQ + 1e-12) {
                best = next;
                bestQ = q;
                failures = 0;
            } else {
                failures++;
            }
        }
        return best;
    }

    /** The partition with a random tenth (at least one) of its communities split into single nodes. */
    private static int[] dissolve(Partition p, SplittableRandom random) {
        int[] m = p.membership();
        int groups = p.groupCount();
        boolean[] dissolved = new boolean[groups];
        int k = Math.max(1, groups / 10);
        for (int i = 0; i < k; i++) {
            dissolved[random.nextInt(groups)] = true;
        }
        int next = groups;
        for (int v = 0; v < m.length; v++) {
            if (dissolved[m[v]]) {
                m[v] = next++;
            }
        }
        return new Partition(m).membership();
    }

    private Partition onePass(Graph g, int[] start, SplittableRandom random) {
        int n = g.nodeCount();
        int[] membership = Permutations.identity(n);
        Level level = Level.of(g);
        int[] initial = start;
        while (true) {
            int[] community = level.moveNodes(initial, random, resolution);
            int count = renumber(community);
            for (int i = 0; i < n; i++) {
                membership[i] = community[membership[i]];
            }
            if (count == level.n) {
                break;
            }
            level = level.aggregate(community, count);
            initial = Permutations.identity(count);
        }
        int[] refined = Level.of(g).moveNodes(membership, random, resolution);
        renumber(refined);
        return splitDisconnected(g, refined);
    }

    /** Renumbers community labels to 0..k-1 in place and returns k. */
    private static int renumber(int[] community) {
        int[] map = new int[community.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < community.length; i++) {
            int c = community[i];
            if (map[c] < 0) {
                map[c] = next++;
            }
            community[i] = map[c];
        }
        return next;
    }

    private static Partition splitDisconnected(Graph g, int[] community) {
        GraphBuilder inside = new GraphBuilder(false, false);
        for (int v = 0; v < g.nodeCount(); v++) {
            inside.node(g.id(v));
        }
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int e = g.outStart()[u]; e < g.outStart()[u + 1]; e++) {
                int v = g.outTargets()[e];
                if (u < v && community[u] == community[v]) {
                    inside.edge(u, v, 1);
                }
            }
        }
        return ConnectedComponents.of(inside.build());
    }

    /** One level of the hierarchy: a weighted undirected graph with self-loop weights. */
    private static final class Level {
        final int n;
        final int[] start;
        final int[] adj;
        final double[] w;
        final double[] loop;
        final double[] strength;
        final double total;

        Level(int n, int[] start, int[] adj, double[] w, double[] loop) {
            this.n = n;
            this.start = start;
            this.adj = adj;
            this.w = w;
            this.loop = loop;
            this.strength = new double[n];
            double t = 0;
            for (int v = 0; v < n; v++) {
                double s = loop[v];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    s += w[e];
                }
                strength[v] = s;
                t += s;
            }
            this.total = t;
        }

        static Level of(Graph g) {
            return new Level(g.nodeCount(), g.outStart(), g.outTargets(), g.outWeights(), new double[g.nodeCount()]);
        }

        /** Local moving from the given start; returns each node's community. */
        int[] moveNodes(int[] initial, SplittableRandom random, double resolution) {
            int[] com = initial.clone();
            double[] tot = new double[n];
            for (int v = 0; v < n; v++) {
                tot[com[v]] += strength[v];
            }
            double[] link = new double[n];
            int[] touched = new int[n];
            int[] order = Permutations.identity(n);
            if (total == 0) {
                return com;
            }
            boolean moved = true;
            int passes = 0;
            while (moved && passes++ < 1000) {
                moved = false;
                Permutations.shuffle(order, random);
                for (int v : order) {
                    int own = com[v];
                    int count = 0;
                    for (int e = start[v]; e < start[v + 1]; e++) {
                        int c = com[adj[e]];
                        if (link[c] == 0) {
                            touched[count++] = c;
                        }
                        link[c] += w[e];
                    }
                    double kv = strength[v];
                    tot[own] -= kv;
                    double bestGain = link[own] - resolution * tot[own] * kv / total;
                    int best = own;
                    for (int i = 0; i < count; i++) {
                        int c = touched[i];
                        double gain = link[c] - resolution * tot[c] * kv / total;
                        if (gain > bestGain + 1e-12) {
                            bestGain = gain;
                            best = c;
                        }
                    }
                    tot[best] += kv;
                    if (best != own) {
                        com[v] = best;
                        moved = true;
                    }
                    for (int i = 0; i < count; i++) {
                        link[touched[i]] = 0;
                    }
                    link[own] = 0;
                }
            }
            return com;
        }

        Level aggregate(int[] community, int k) {
            double[] newLoop = new double[k];
            java.util.Map<Long, Double> between = new java.util.HashMap<>();
            for (int v = 0; v < n; v++) {
                int cv = community[v];
                newLoop[cv] += loop[v];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int cu = community[adj[e]];
                    if (cu == cv) {
                        newLoop[cv] += w[e];
                    } else {
                        between.merge((long) cv * k + cu, w[e], Double::sum);
                    }
                }
            }
            long[] keys = between.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            int[] newStart = new int[k + 1];
            int[] newAdj = new int[keys.length];
            double[] newW = new double[keys.length];
            for (int i = 0; i < keys.length; i++) {
                int from = (int) (keys[i] / k);
                newStart[from + 1]++;
                newAdj[i] = (int) (keys[i] % k);
                newW[i] = between.get(keys[i]);
            }
            for (int c = 0; c < k; c++) {
                newStart[c + 1] += newStart[c];
            }
            return new Level(k, newStart, newAdj, newW, newLoop);
        }
    }
}
