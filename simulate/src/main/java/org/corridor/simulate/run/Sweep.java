package org.corridor.simulate.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.corridor.simulate.model.World;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.Strategy;

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
            new Direction("leader removal splinters the organisation", "Calderón et al. 2015", "leader_removal", "organisations", 1, null),
            new Direction("a crackdown raises violence where it strikes", "Dell 2015", "crackdown_chiapas", "violence_targets", 1, null),
            new Direction("supply answers a surge with more production", "issue 22 (NarcoLogic-style supply)", "interdiction_surge",
                    "production", 1, null));

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
        List<Direction> directions = DIRECTIONS.stream().filter(d -> scenario.strategies().containsKey(d.strategy())).toList();
        List<String> arms = new ArrayList<>(List.of("baseline"));
        directions.stream().map(Direction::strategy).distinct().forEach(arms::add);
        double[][] parameters = ParameterSample.latinHypercube(sets, seed);
        SplittableRandom master = new SplittableRandom(seed);
        long[][] seeds = new long[sets][runsPerSet];
        for (long[] row : seeds) {
            for (int i = 0; i < runsPerSet; i++) {
                row[i] = master.nextLong();
            }
        }
        // summaries[set][arm][run]
        RunSummary[][][] summaries = new RunSummary[sets][arms.size()][runsPerSet];
        AtomicLong done = new AtomicLong();
        IntStream.range(0, sets * arms.size() * runsPerSet).parallel().forEach(k -> {
            int set = k / (arms.size() * runsPerSet);
            int arm = (k / runsPerSet) % arms.size();
            int run = k % runsPerSet;
            Scenario s = ParameterSample.apply(scenario, parameters[set]);
            Strategy strategy = s.strategies().get(arms.get(arm));
            World world = new World(s, strategy, seeds[set][run]);
            world.run();
            summaries[set][arm][run] = RunSummary.of(world, s, 0.5, 12);
            progress.accept(done.incrementAndGet());
        });
        List<Share> shares = new ArrayList<>();
        for (Direction d : directions) {
            int arm = arms.indexOf(d.strategy());
            boolean[] held = new boolean[sets];
            int holds = 0;
            int reverses = 0;
            for (int set = 0; set < sets; set++) {
                Interval diff = Interval.of(differences(summaries[set][arm], summaries[set][0], d.outcome()));
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

    private static double[] differences(RunSummary[] arm, RunSummary[] base, String outcome) {
        double[] d = new double[arm.length];
        for (int i = 0; i < arm.length; i++) {
            d[i] = value(arm[i].outcomes(), outcome) - value(base[i].outcomes(), outcome);
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
