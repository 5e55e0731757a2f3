package org.corridor.simulate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corridor.simulate.scenario.Behaviour;
import org.corridor.simulate.scenario.Organisation;
import org.corridor.simulate.scenario.Scenario;

/**
 * The removal experiments of Duijn et al. (2014) and Bright et al. (2017), run on the member
 * networks of the simulation's own organisations (generated, given in the scenario or seeded from
 * the workspace, exactly as a run builds them), so that the network checks and {@code corridor
 * simulate} are one model.
 *
 * <p>Recovery (Duijn): the most central living member (betweenness) is removed, again and again,
 * and each time a recruit of the same role takes its place with the ties that the removed
 * member's contacts grant it ({@code behaviour.recruit_ties}); the network's global efficiency is
 * compared with its start and with the same removals without replacement. Dismantling (Bright):
 * members are removed one at a time by betweenness, by degree or at random until the largest
 * connected group is at most half its starting size.
 */
public final class MemberNetworks {
    /** How to pick the next member to remove. */
    public enum Rule {
        BETWEENNESS, DEGREE, RANDOM
    }

    /**
     * One organisation's checks: efficiency at the start, after the removals with replacement and
     * after them without; removals needed to halve the largest group under each rule.
     */
    public record Checks(String organisation, int members, int rounds, double efficiencyStart, double efficiencyReplaced,
            double efficiencyRemoved, int byBetweenness, int byDegree, int byRandom) {
    }

    /** A member network generated as a run generates one, for benchmarks and exports. */
    public static final class Network {
        private final Members members;

        private Network(Members members) {
            this.members = members;
        }

        /** The ties between living members, each once as "a,b" with a below b. */
        public List<String> edges() {
            List<String> out = new ArrayList<>();
            for (int a = 0; a < members.size(); a++) {
                for (int b : members.ties.get(a)) {
                    if (a < b && !members.removed[a] && !members.removed[b]) {
                        out.add(a + "," + b);
                    }
                }
            }
            return out;
        }

        /** Removals by the rule until the largest connected group is at most half its starting size (the network is left as it was). */
        public int dismantle(Rule rule, long seed) {
            return MemberNetworks.dismantle(members, rule, new SplittableRandom(seed));
        }
    }

    /** A generated member network with these role counts and the behaviour's tie chances. */
    public static Network generate(java.util.Map<String, Integer> roles, boolean centralised, Behaviour behaviour, long seed) {
        return new Network(Members.generate(roles, centralised, behaviour.lieutenantTies(), behaviour.cellTies(),
                new SplittableRandom(seed)));
    }

    /** Organisations with fewer members than this are left out: removal experiments on a handful of people say nothing. */
    static final int SMALLEST = 6;

    private MemberNetworks() {
    }

    /** An organisation's member network as a run builds it. */
    static Members of(Organisation o, Behaviour behaviour, SplittableRandom random) {
        return o.hasMembers() ? Members.given(o.members(), o.ties())
                : Members.generate(o.roles(), o.centralised(), behaviour.lieutenantTies(), behaviour.cellTies(), random);
    }

    /** The checks for every organisation of the scenario with at least {@value #SMALLEST} members, on networks drawn with the seed. */
    public static List<Checks> check(Scenario scenario, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Checks> out = new ArrayList<>();
        for (Organisation o : scenario.organisations()) {
            Members start = of(o, scenario.behaviour(), random);
            if (start.living() < SMALLEST) {
                continue;
            }
            out.add(check(o.id(), start, scenario.behaviour().recruitTies(), random));
        }
        return out;
    }

    static Checks check(String id, Members start, double recruitTies, SplittableRandom random) {
        int rounds = Math.max(1, start.living() / 6);
        Members replaced = start.copy();
        Members removed = start.copy();
        for (int r = 0; r < rounds; r++) {
            int target = mostCentral(replaced);
            replaced.remove(target);
            replaced.replace(target, recruitTies, random);
            removed.remove(mostCentral(removed));
        }
        return new Checks(id, start.living(), rounds, start.efficiency(), replaced.efficiency(), removed.efficiency(),
                dismantle(start, Rule.BETWEENNESS, random), dismantle(start, Rule.DEGREE, random), dismantle(start, Rule.RANDOM, random));
    }

    /** Removals needed until the largest connected group is at most half its starting size. */
    static int dismantle(Members start, Rule rule, SplittableRandom random) {
        Members m = start.copy();
        int goal = largest(m) / 2;
        int count = 0;
        while (largest(m) > goal) {
            int target = switch (rule) {
                case BETWEENNESS -> argmax(m, m.betweenness());
                case DEGREE -> argmax(m, degrees(m));
                case RANDOM -> randomLiving(m, random);
            };
            m.remove(target);
            count++;
        }
        return count;
    }

    private static int mostCentral(Members m) {
        return argmax(m, m.betweenness());
    }

    private static double[] degrees(Members m) {
        double[] d = new double[m.size()];
        for (int v = 0; v < m.size(); v++) {
            d[v] = m.removed[v] ? 0 : m.degree(v);
        }
        return d;
    }

    /** The living member with the highest score, the first on ties (so the same network gives the same choice). */
    private static int argmax(Members m, double[] score) {
        int best = -1;
        for (int v = 0; v < m.size(); v++) {
            if (!m.removed[v] && (best < 0 || score[v] > score[best])) {
                best = v;
            }
        }
        return best;
    }

    private static int randomLiving(Members m, SplittableRandom random) {
        List<Integer> living = new ArrayList<>();
        for (int v = 0; v < m.size(); v++) {
            if (!m.removed[v]) {
                living.add(v);
            }
        }
        return living.get(random.nextInt(living.size()));
    }

    private static int largest(Members m) {
        return m.components().stream().mapToInt(List::size).max().orElse(0);
    }
}
