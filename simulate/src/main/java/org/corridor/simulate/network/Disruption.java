package org.corridor.simulate.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Removal experiments on a role network. {@link #recovery}: Duijn et al. (2014) — the most
 * central actor (betweenness) is removed again and again; with same-role replacement a recruit of
 * the removed actor's role takes over part of its ties and meets its role's peers, and the
 * network's efficiency is measured after each round. {@link #dismantle}: Bright et al. (2017) —
 * actors are removed one at a time by a rule until the largest connected group is half its
 * starting size.
 */
public final class Disruption {
    /** How to pick the next actor to remove. */
    public enum Rule {
        BETWEENNESS, DEGREE, RANDOM
    }

    /**
     * @param inherit share of the removed actor's ties a recruit takes over
     * @param peers   ties a recruit makes with actors of its role
     */
    public record Recruitment(double inherit, int peers) {
        public static final Recruitment DEFAULTS = new Recruitment(0.95, 3);
    }

    private Disruption() {
    }

    /** Efficiency at the start and after each of {@code rounds} removals (rounds + 1 values). */
    public static double[] recovery(RoleNetwork start, int rounds, Recruitment recruitment, SplittableRandom random) {
        RoleNetwork n = start.copy();
        double[] out = new double[rounds + 1];
        out[0] = Graphs.efficiency(n);
        for (int r = 1; r <= rounds; r++) {
            int target = argmax(Graphs.betweenness(n), n);
            String role = n.role.get(target);
            List<Integer> contacts = new ArrayList<>(n.ties.get(target));
            n.remove(target);
            if (recruitment != null) {
                int recruit = n.add(role);
                for (int c : contacts) {
                    if (random.nextDouble() < recruitment.inherit()) {
                        n.tie(recruit, c);
                    }
                }
                List<Integer> sameRole = new ArrayList<>();
                for (int v = 0; v < n.size(); v++) {
                    if (v != recruit && n.alive.get(v) && n.role.get(v).equals(role)) {
                        sameRole.add(v);
                    }
                }
                for (int k = 0; k < recruitment.peers() && !sameRole.isEmpty(); k++) {
                    n.tie(recruit, sameRole.remove(random.nextInt(sameRole.size())));
                }
            }
            out[r] = Graphs.efficiency(n);
        }
        return out;
    }

    /** Removals needed until the largest connected group is at most half its starting size. */
    public static int dismantle(RoleNetwork start, Rule rule, SplittableRandom random) {
        RoleNetwork n = start.copy();
        int goal = Graphs.largestComponent(n) / 2;
        int removed = 0;
        while (Graphs.largestComponent(n) > goal) {
            int target = switch (rule) {
                case BETWEENNESS -> argmax(Graphs.betweenness(n), n);
                case DEGREE -> argmax(degrees(n), n);
                case RANDOM -> randomAlive(n, random);
            };
            n.remove(target);
            removed++;
        }
        return removed;
    }

    private static double[] degrees(RoleNetwork n) {
        double[] d = new double[n.size()];
        for (int v = 0; v < n.size(); v++) {
            d[v] = n.ties.get(v).size();
        }
        return d;
    }

    private static int argmax(double[] score, RoleNetwork n) {
        int best = -1;
        for (int v = 0; v < score.length; v++) {
            if (n.alive.get(v) && (best < 0 || score[v] > score[best])) {
                best = v;
            }
        }
        return best;
    }

    private static int randomAlive(RoleNetwork n, SplittableRandom random) {
        List<Integer> living = new ArrayList<>();
        for (int v = 0; v < n.size(); v++) {
            if (n.alive.get(v)) {
                living.add(v);
            }
        }
        return living.get(random.nextInt(living.size()));
    }

    /** Global efficiency of a network, exposed for reports and tests. */
    public static double efficiency(RoleNetwork n) {
        return Graphs.efficiency(n);
    }
}
