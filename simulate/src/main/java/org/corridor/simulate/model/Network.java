package org.corridor.simulate.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.simulate.scenario.Leg;
import org.corridor.simulate.scenario.Place;
import org.corridor.simulate.scenario.Scenario;

/** The scenario's places and legs as arrays, indexed once per scenario and shared by every run. */
final class Network {
    final int places;
    final int legs;
    final String[] placeIds;
    final Place.Kind[] kinds;
    final String[] regions;
    final int[] from;
    final int[] to;
    final double[] cost;
    final double[] capacity;
    final double[] detection;
    /** Outgoing legs of each place. */
    final int[][] out;
    /** Market index of a place, or -1. */
    final int[] market;
    /** Distance in legs from each place to the nearest market: value grows along the route with it. */
    final int[] hopsToMarket;
    /** The places in an order where every leg goes forward, or null when legs form a cycle. */
    final int[] topological;
    /** Each place's position in {@link #topological}. */
    final int[] rank;
    private final Map<String, Integer> index = new HashMap<>();

    Network(Scenario s) {
        places = s.places().size();
        placeIds = new String[places];
        kinds = new Place.Kind[places];
        regions = new String[places];
        for (int i = 0; i < places; i++) {
            Place p = s.places().get(i);
            placeIds[i] = p.id();
            kinds[i] = p.kind();
            regions[i] = p.region();
            index.put(p.id(), i);
        }
        legs = s.legs().size();
        from = new int[legs];
        to = new int[legs];
        cost = new double[legs];
        capacity = new double[legs];
        detection = new double[legs];
        List<List<Integer>> outs = new ArrayList<>();
        for (int i = 0; i < places; i++) {
            outs.add(new ArrayList<>());
        }
        for (int e = 0; e < legs; e++) {
            Leg l = s.legs().get(e);
            from[e] = place(l.from());
            to[e] = place(l.to());
            cost[e] = l.costPerKg();
            capacity[e] = l.capacityKg();
            detection[e] = l.detection();
            outs.get(from[e]).add(e);
        }
        out = new int[places][];
        for (int i = 0; i < places; i++) {
            out[i] = outs.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        market = new int[places];
        java.util.Arrays.fill(market, -1);
        for (int m = 0; m < s.markets().size(); m++) {
            market[place(s.markets().get(m).place())] = m;
        }
        hopsToMarket = hops();
        topological = topological();
        rank = new int[places];
        if (topological != null) {
            for (int i = 0; i < places; i++) {
                rank[topological[i]] = i;
            }
        }
    }

    /** Kahn's algorithm; null when some legs form a cycle (a road grid with two-way streets). */
    private int[] topological() {
        int[] indegree = new int[places];
        for (int e = 0; e < legs; e++) {
            indegree[to[e]]++;
        }
        int[] order = new int[places];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < places; i++) {
            if (indegree[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int v = order[head++];
            for (int e : out[v]) {
                if (--indegree[to[e]] == 0) {
                    order[tail++] = to[e];
                }
            }
        }
        return tail == places ? order : null;
    }

    int place(String id) {
        return index.get(id);
    }

    private int[] hops() {
        int[] h = new int[places];
        java.util.Arrays.fill(h, Integer.MAX_VALUE);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int i = 0; i < places; i++) {
            if (market[i] >= 0) {
                h[i] = 0;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = 0; e < legs; e++) {
                if (to[e] == v && h[from[e]] == Integer.MAX_VALUE) {
                    h[from[e]] = h[v] + 1;
                    queue.add(from[e]);
                }
            }
        }
        return h;
    }
}
