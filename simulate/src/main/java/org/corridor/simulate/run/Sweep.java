package org.corridor.simulate.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.corridor.simulate.model.MemberNetworks;
import org.corridor.simulate.model.World;
import org.corridor.simulate.scenario.Scenario;

/**
 * Published directions as ensemble claims (issue 22, item 4): over many parameter sets drawn by
 * Latin hypercube from the assumed ranges, each with its own seeded runs of the baseline and the
 * strategies a direction needs (run i of every arm on the same seed), the share of sets in which
 * each direction holds (the paired difference's 95% interval on the stated side), reverses (on
 * the other side) or is unclear; and, for each direction, the parameter whose values differ most
 * between the sets where it holds and those where it does not, as the condition under which it
 * fails. A share is a property of the model over its assumed ranges, not a finding about the world.
 */
public final class Sweep {
    /**
     * A direction a published study reports, as a paired difference against the baseline.
     *
     * @param sign      +1 when the study finds the outcome rises under the strategy, -1 when it falls
     * @param setByInput why the direction may follow from an input rather than emerge, or null
     */
    public record Direction(String name, String source, String strategy, String outcome, int sign, String setByInput) {
    }

    /** The composite outcome of the balloon direction: rise in seizures plus change in delivered volume. */
    public static final String BALLOON = "seizure_rise_plus_delivered_change";

    /**
     * The pseudo-strategy of the network directions: removal experiments on the member networks
     * of the scenario's own organisations ({@link MemberNetworks}), drawn with each set's
     * parameters and each run's seed; their outcomes are already differences within one run.
     */
    public static final String MEMBER_NETWORKS = "member networks";

    /** The directions checked when a scenario has the strategies they need. */
    public static final List<Direction> DIRECTIONS = List.of(
            new Direction("an interdiction surge spreads routes over more places", "Magliocca et al. 2019", "interdiction_surge",
                    "active_nodes", 1, null),
            new Direction("an interdiction surge spreads routes over more regions", "Magliocca et al. 2019", "interdiction_surge",
                    "regions", 1, null),
            new Direction("under a surge delivered volume falls less than seizures rise (the balloon effect)", "Magliocca et al. 2019",
                    "interdiction_surge", BALLOON, 1, null),
            new Direction("optimised interdiction makes each seizure worth less", "Magliocca et al. 2019", "optimised_interdiction",
                    "value_per_seizure", -1, null),
            new Direction("leader removal raises violence at the leader's home", "Calderón et al. 2015; Lindo and Padilla-Romo 2018",
                    "leader_removal", "violence_home", 1, null),
            new Direction("leader removal splinters the organisation", "Calderón et al. 2015", "leader_removal", "factions", 1, null),
            new Direction("leader removal leaves more organisations at the horizon", "Calderón et al. 2015", "leader_removal",
                    "organisations", 1, null),
            new Direction("a crackdown raises violence where it strikes", "Dell 2015", "crackdown_chiapas", "violence_targets", 1, null),
            new Direction("a crackdown diverts flow away from where it strikes", "Dell 2015", "crackdown_chiapas", "flow_targets", -1,
                    null),
            new Direction("supply answers a surge with more production", "issue 22 (NarcoLogic-style supply)", "interdiction_surge",
                    "production", 1, null),
            new Direction("after its central members are removed and replaced by same-role recruits, a network is more efficient than "
                    + "before", "Duijn et al. 2014", MEMBER_NETWORKS, "efficiency_replaced_minus_start", 1, null),
            new Direction("same-role replacement leaves a network more efficient than removal alone", "Duijn et al. 2014",
                    MEMBER_NETWORKS, "efficiency_replaced_minus_removed", 1,
                    "recruits are granted ties by construction: at recruit_ties 1 the recruit is the removed member again"),
            new Direction("removing members by betweenness halves a network in fewer removals than by degree", "Bright et al. 2017",
                    MEMBER_NETWORKS, "removals_betweenness_minus_degree", -1, null),
            new Direction("removing members by betweenness halves a network in fewer removals than at random", "Bright et al. 2017",
                    MEMBER_NETWORKS, "removals_betweenness_minus_random", -1, null));

    /** One direction over the sweep. */
    public record Share(Direction direction, int sets, int holds, int reverses, String condition) {
        public double holdShare() {
            return sets == 0 ? 0 : holds / (double) sets;
        }

        public double reverseShare() {
            return sets == 0 ? 0 : reverses / (double) sets;
        }
    }

    /** The whole sweep. */
    public record Result(String scenario, long seed, int sets, int runsPerSet, List<Share> shares) {
    }

    private Sweep() {
    }

    public static Result run(Scenario scenario, int sets, int runsPerSet, long seed, LongConsumer progress) {
        return run(scenario, sets, runsPerSet, seed, List.of(), progress);
    }

    /** The robustness rows each strategy asked for by name gets: does it lower delivered volume, does it raise violence. */
    static List<Direction> robustness(String strategy) {
        String source = "robustness check (not a published direction)";
        return List.of(new Direction(strategy + " lowers delivered volume", source, strategy, "delivered", -1, null),
                new Direction(strategy + " raises violence", source, strategy, "violence", 1, null));
    }

    /** The directions a sweep checks on this scenario: the published ones it has the strategies for, then each named strategy's robustness rows. */
    public static List<Direction> directions(Scenario scenario, List<String> strategies) {
        List<Direction> out = new ArrayList<>(DIRECTIONS.stream().filter(d -> applies(scenario, d)).toList());
        for (String name : strategies) {
            if (!scenario.strategies().containsKey(name)) {
                throw new org.corridor.model.UsageException("there is no strategy '" + name + "' in scenario " + scenario.name()
                        + "; use one of " + String.join(", ", scenario.strategies().keySet()));
            }
            if (!name.equals("baseline")) {
                out.addAll(robustness(name));
            }
        }
        return out;
    }

    /** The arms a sweep runs on every set: the baseline, then every strategy its directions need (the member networks count as one). */
    public static List<String> arms(Scenario scenario, List<String> strategies) {
        List<String> arms = new ArrayList<>(List.of("baseline"));
        directions(scenario, strategies).stream().map(Direction::strategy).filter(a -> !arms.contains(a)).forEach(arms::add);
        return arms;
    }

    /**
     * The sweep, with a robustness row pair for each of {@code strategies} (names of the
     * scenario's strategies) besides the published directions.
     */
    public static Result run(Scenario scenario, int sets, int runsPerSet, long seed, List<String> strategies, LongConsumer progress) {
        List<Direction> directions = directions(scenario, strategies);
        List<String> arms = arms(scenario, strategies);
        double[][] parameters = ParameterSample.latinHypercube(sets, seed);
        SplittableRandom master = new SplittableRandom(seed);
        long[][] seeds = new long[sets][runsPerSet];
        for (long[] row : seeds) {
            for (int i = 0; i < runsPerSet; i++) {
                row[i] = master.nextLong();
            }
        }
        // outcomes[set][arm][run]
        @SuppressWarnings("unchecked")
        Map<String, Double>[][][] outcomes = new Map[sets][arms.size()][runsPerSet];
        AtomicLong done = new AtomicLong();
        IntStream.range(0, sets * arms.size() * runsPerSet).parallel().forEach(k -> {
            int set = k / (arms.size() * runsPerSet);
            int arm = (k / runsPerSet) % arms.size();
            int run = k % runsPerSet;
            Scenario s = ParameterSample.apply(scenario, parameters[set]);
            if (arms.get(arm).equals(MEMBER_NETWORKS)) {
                outcomes[set][arm][run] = networkOutcomes(MemberNetworks.check(s, seeds[set][run]));
            } else {
                World world = new World(s, s.strategies().get(arms.get(arm)), seeds[set][run]);
                world.run();
                outcomes[set][arm][run] = RunSummary.of(world, s, 0.5, 12).outcomes();
            }
            progress.accept(done.incrementAndGet());
        });
        List<Share> shares = new ArrayList<>();
        for (Direction d : directions) {
            int arm = arms.indexOf(d.strategy());
            boolean[] held = new boolean[sets];
            int holds = 0;
            int reverses = 0;
            for (int set = 0; set < sets; set++) {
                Interval diff = Interval.of(d.strategy().equals(MEMBER_NETWORKS) ? values(outcomes[set][arm], d.outcome())
                        : differences(outcomes[set][arm], outcomes[set][0], d.outcome()));
                boolean up = diff.low() > 0;
                boolean down = diff.high() < 0;
                held[set] = d.sign() > 0 ? up : down;
                holds += held[set] ? 1 : 0;
                reverses += (d.sign() > 0 ? down : up) ? 1 : 0;
            }
            shares.add(new Share(d, sets, holds, reverses, condition(parameters, held)));
        }
        return new Result(scenario.name(), seed, sets, runsPerSet, shares);
    }

    private static boolean applies(Scenario scenario, Direction d) {
        if (d.strategy().equals(MEMBER_NETWORKS)) {
            return !MemberNetworks.check(scenario, 1).isEmpty();
        }
        return scenario.strategies().containsKey(d.strategy());
    }

    /** One run's network outcomes: each a difference within the run, averaged over the scenario's organisations. */
    static Map<String, Double> networkOutcomes(List<MemberNetworks.Checks> checks) {
        double replacedMinusStart = 0;
        double replacedMinusRemoved = 0;
        double vsDegree = 0;
        double vsRandom = 0;
        for (MemberNetworks.Checks c : checks) {
            replacedMinusStart += c.efficiencyReplaced() - c.efficiencyStart();
            replacedMinusRemoved += c.efficiencyReplaced() - c.efficiencyRemoved();
            vsDegree += c.byBetweenness() - c.byDegree();
            vsRandom += c.byBetweenness() - c.byRandom();
        }
        int n = Math.max(1, checks.size());
        return Map.of("efficiency_replaced_minus_start", replacedMinusStart / n, "efficiency_replaced_minus_removed",
                replacedMinusRemoved / n, "removals_betweenness_minus_degree", vsDegree / n, "removals_betweenness_minus_random",
                vsRandom / n);
    }

    private static double[] values(Map<String, Double>[] runs, String outcome) {
        double[] v = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            v[i] = runs[i].get(outcome);
        }
        return v;
    }

    private static double[] differences(Map<String, Double>[] arm, Map<String, Double>[] base, String outcome) {
        double[] d = new double[arm.length];
        for (int i = 0; i < arm.length; i++) {
            d[i] = value(arm[i], outcome) - value(base[i], outcome);
        }
        return d;
    }

    private static double value(Map<String, Double> outcomes, String outcome) {
        // the balloon: seizures rise by more than delivered volume falls, so their sum of changes is positive
        return outcome.equals(BALLOON) ? outcomes.get("seizures") + outcomes.get("delivered") : outcomes.get(outcome);
    }

    /**
     * The parameter whose mean, scaled to its range, differs most between the sets where the
     * direction held and those where it did not, in words; or "" when it held in all or none.
     */
    static String condition(double[][] parameters, boolean[] held) {
        int n = parameters.length;
        long holds = 0;
        for (boolean h : held) {
            holds += h ? 1 : 0;
        }
        if (holds == 0 || holds == n) {
            return "";
        }
        String best = "";
        double bestHeld = 0;
        double bestFailed = 0;
        for (int p = 0; p < ParameterSample.RANGES.size(); p++) {
            ParameterSample.Range r = ParameterSample.RANGES.get(p);
            double inHeld = 0;
            double inFailed = 0;
            for (int set = 0; set < n; set++) {
                double scaled = (parameters[set][p] - r.low()) / (r.high() - r.low());
                if (held[set]) {
                    inHeld += scaled;
                } else {
                    inFailed += scaled;
                }
            }
            inHeld /= holds;
            inFailed /= n - holds;
            if (Math.abs(inFailed - inHeld) > Math.abs(bestFailed - bestHeld)) {
                bestHeld = inHeld;
                bestFailed = inFailed;
                best = r.name();
            }
        }
        return String.format(java.util.Locale.ROOT, "fails more often with %s %s (mean %.0f%% of its range where it fails, %.0f%% where "
                + "it holds)", bestFailed > bestHeld ? "higher" : "lower", best, 100 * bestFailed, 100 * bestHeld);
    }
}
