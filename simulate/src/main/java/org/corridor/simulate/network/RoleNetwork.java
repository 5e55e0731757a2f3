package org.corridor.simulate.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A criminal value chain as Duijn, Kashirin and Sloot (2014) model it: actors with roles in
 * stages of production and trade, tied within their role and to the next stage, with a few
 * coordinators spanning stages. Mutable: disruption removes actors and recruitment adds them.
 */
public final class RoleNetwork {
    final List<String> role = new ArrayList<>();
    final List<Set<Integer>> ties = new ArrayList<>();
    final List<Boolean> alive = new ArrayList<>();

    /**
     * Generates a chain: {@code stages} in order with their sizes; each pair within a stage tied
     * with probability {@code within}, each pair of consecutive stages with {@code between}; and
     * {@code coordinators} tied to a few members of every stage.
     */
    public static RoleNetwork valueChain(Map<String, Integer> stages, int coordinators, double within, double between,
            SplittableRandom random) {
        RoleNetwork n = new RoleNetwork();
        List<List<Integer>> byStage = new ArrayList<>();
        for (Map.Entry<String, Integer> s : stages.entrySet()) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < s.getValue(); i++) {
                members.add(n.add(s.getKey()));
            }
            byStage.add(members);
        }
        for (int s = 0; s < byStage.size(); s++) {
            List<Integer> a = byStage.get(s);
            for (int i = 0; i < a.size(); i++) {
                for (int j = i + 1; j < a.size(); j++) {
                    if (random.nextDouble() < within) {
                        n.tie(a.get(i), a.get(j));
                    }
                }
            }
            if (s + 1 < byStage.size()) {
                for (int x : a) {
                    for (int y : byStage.get(s + 1)) {
                        if (random.nextDouble() < between) {
                            n.tie(x, y);
                        }
                    }
                }
            }
        }
        for (int c = 0; c < coordinators; c++) {
            int id = n.add("coordinator");
            for (List<Integer> stage : byStage) {
                n.tie(id, stage.get(random.nextInt(stage.size())));
                n.tie(id, stage.get(random.nextInt(stage.size())));
            }
        }
        // a chain whose stages do not all connect is not one organisation: join each stray part to the main one
        n.connect(random);
        return n;
    }

    /** A generated chain with the stage sizes used in the tests and docs (about 70 actors). */
    public static RoleNetwork standard(SplittableRandom random) {
        Map<String, Integer> stages = new LinkedHashMap<>();
        stages.put("supplier", 8);
        stages.put("producer", 14);
        stages.put("transporter", 14);
        stages.put("wholesaler", 12);
        stages.put("retailer", 16);
        stages.put("financier", 4);
        return valueChain(stages, 3, 0.25, 0.08, random);
    }

    int add(String r) {
        role.add(r);
        ties.add(new TreeSet<>());
        alive.add(true);
        return role.size() - 1;
    }

    void tie(int a, int b) {
        if (a != b) {
            ties.get(a).add(b);
            ties.get(b).add(a);
        }
    }

    void remove(int v) {
        alive.set(v, false);
        for (int w : ties.get(v)) {
            ties.get(w).remove(v);
        }
        ties.get(v).clear();
    }

    public int size() {
        return role.size();
    }

    /** The ties between living actors, each once as "a,b" with a below b: for exports and peers. */
    public java.util.List<String> edges() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int a = 0; a < size(); a++) {
            for (int b : ties.get(a)) {
                if (a < b && alive.get(a) && alive.get(b)) {
                    out.add(a + "," + b);
                }
            }
        }
        return out;
    }

    public int alive() {
        return (int) alive.stream().filter(b -> b).count();
    }

    public RoleNetwork copy() {
        RoleNetwork c = new RoleNetwork();
        c.role.addAll(role);
        ties.forEach(t -> c.ties.add(new TreeSet<>(t)));
        c.alive.addAll(alive);
        return c;
    }

    private void connect(SplittableRandom random) {
        List<List<Integer>> parts = Graphs.components(this);
        parts.sort((a, b) -> b.size() - a.size());
        for (int i = 1; i < parts.size(); i++) {
            List<Integer> main = parts.get(0);
            List<Integer> stray = parts.get(i);
            tie(stray.get(random.nextInt(stray.size())), main.get(random.nextInt(main.size())));
        }
    }
}
