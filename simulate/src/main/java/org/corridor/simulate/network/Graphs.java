package org.corridor.simulate.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The few graph measures the disruption experiments need, on small networks: Brandes'
 * betweenness, Latora and Marchiori's global efficiency, components. The analytics module has
 * the fast parallel kernels for large graphs; these stay here so the simulator needs no store.
 */
final class Graphs {
    private Graphs() {
    }

    /** Brandes (2001) betweenness of every living actor (0 for removed ones), unweighted, undirected. */
    static double[] betweenness(RoleNetwork n) {
        int size = n.size();
        double[] cb = new double[size];
        int[] dist = new int[size];
        double[] sigma = new double[size];
        double[] delta = new double[size];
        int[] stack = new int[size];
        List<List<Integer>> pred = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pred.add(new ArrayList<>());
        }
        for (int s = 0; s < size; s++) {
            if (!n.alive.get(s)) {
                continue;
            }
            Arrays.fill(dist, -1);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            pred.forEach(List::clear);
            int top = 0;
            dist[s] = 0;
            sigma[s] = 1;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack[top++] = v;
                for (int w : n.ties.get(v)) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.add(w);
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                        pred.get(w).add(v);
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int v : pred.get(w)) {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    cb[w] += delta[w];
                }
            }
        }
        for (int i = 0; i < size; i++) {
            cb[i] /= 2;
        }
        return cb;
    }

    /** Global efficiency: the mean over ordered pairs of living actors of 1 / shortest distance (0 when unreachable). */
    static double efficiency(RoleNetwork n) {
        int size = n.size();
        int living = n.alive();
        if (living < 2) {
            return 0;
        }
        int[] dist = new int[size];
        double sum = 0;
        for (int s = 0; s < size; s++) {
            if (!n.alive.get(s)) {
                continue;
            }
            Arrays.fill(dist, -1);
            dist[s] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int w : n.ties.get(v)) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        sum += 1.0 / dist[w];
                        queue.add(w);
                    }
                }
            }
        }
        return sum / ((double) living * (living - 1));
    }

    static List<List<Integer>> components(RoleNetwork n) {
        boolean[] seen = new boolean[n.size()];
        List<List<Integer>> out = new ArrayList<>();
        for (int s = 0; s < n.size(); s++) {
            if (!n.alive.get(s) || seen[s]) {
                continue;
            }
            List<Integer> comp = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
            seen[s] = true;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                comp.add(v);
                for (int w : n.ties.get(v)) {
                    if (!seen[w]) {
                        seen[w] = true;
                        queue.add(w);
                    }
                }
            }
            out.add(comp);
        }
        return out;
    }

    static int largestComponent(RoleNetwork n) {
        return components(n).stream().mapToInt(List::size).max().orElse(0);
    }
}
