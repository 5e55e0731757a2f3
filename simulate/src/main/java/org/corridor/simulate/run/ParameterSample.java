package org.corridor.simulate.run;

import java.util.List;
import java.util.SplittableRandom;
import org.corridor.simulate.scenario.Behaviour;
import org.corridor.simulate.scenario.Economics;
import org.corridor.simulate.scenario.Scenario;

/**
 * Parameter uncertainty (issue 22, item 4): the assumed parameters drawn per run from their ranges
 * by Latin hypercube sampling, so that intervals over runs carry what is not known about the
 * parameters as well as the model's own chance. Each range is split into as many equal strata as
 * there are runs; each parameter visits every stratum once, in an order shuffled by the seed, at a
 * seeded point inside it. Run i of every strategy uses parameter set i, so comparisons stay paired.
 * The ranges are those docs/simulation.md gives for each assumption.
 */
public final class ParameterSample {
    /** A sampled parameter and its range. */
    public record Range(String name, double low, double high) {
    }

    public static final List<Range> RANGES = List.of(new Range("economics.supply_response", 0.02, 0.15),
            new Range("economics.laundering_cost", 0.05, 0.30), new Range("economics.buffer_months", 1, 6),
            new Range("economics.scale_to_capital", 0, 1), new Range("economics.credit_share", 0, 0.5),
            new Range("economics.designation_laundering", 0, 0.3), new Range("behaviour.risk_aversion", 0.5, 2),
            new Range("behaviour.noise", 0.05, 0.3), new Range("behaviour.memory", 0.7, 0.95),
            new Range("behaviour.lieutenant_ties", 0, 1), new Range("behaviour.rival_entry", 0, 0.5),
            new Range("behaviour.cell_ties", 0, 0.5), new Range("behaviour.recruit_ties", 0.3, 1),
            new Range("economics.payroll_per_member", 20_000, 300_000), new Range("economics.bribes_per_place", 500_000, 5_000_000),
            new Range("economics.borrow_months", 0, 6), new Range("economics.borrow_interest", 0.01, 0.1),
            new Range("economics.banking_exposure", 0.1, 0.9));

    private ParameterSample() {
    }

    /** Every range as {@code name: [low, high]} under {@code key} of a JSON report. */
    static void putRanges(com.fasterxml.jackson.databind.node.ObjectNode parent, String key) {
        com.fasterxml.jackson.databind.node.ObjectNode ranges = parent.putObject(key);
        for (Range r : RANGES) {
            ranges.putArray(r.name()).add(r.low()).add(r.high());
        }
    }

    /** The values of every range for each run: {@code values[run][range]}. */
    public static double[][] latinHypercube(int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[][] values = new double[runs][RANGES.size()];
        int[] strata = new int[runs];
        for (int p = 0; p < RANGES.size(); p++) {
            for (int i = 0; i < runs; i++) {
                strata[i] = i;
            }
            for (int i = runs - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            Range r = RANGES.get(p);
            for (int i = 0; i < runs; i++) {
                values[i][p] = r.low() + (strata[i] + random.nextDouble()) / runs * (r.high() - r.low());
            }
        }
        return values;
    }

    /** The scenario with one sampled parameter set in place of its assumed values (looked up by name, not by position). */
    public static Scenario apply(Scenario base, double[] v) {
        Economics e = base.economics();
        Behaviour b = base.behaviour();
        Economics economics = new Economics(value(v, "economics.supply_response"), value(v, "economics.laundering_cost"),
                value(v, "economics.buffer_months"), value(v, "economics.credit_share"), value(v, "economics.designation_laundering"),
                e.designationMonths(), e.launderingMonths(), value(v, "economics.scale_to_capital"), value(v, "economics.payroll_per_member"),
                value(v, "economics.bribes_per_place"), value(v, "economics.borrow_months"), value(v, "economics.borrow_interest"),
                value(v, "economics.banking_exposure"));
        Behaviour behaviour = new Behaviour(value(v, "behaviour.risk_aversion"), b.congestion(), value(v, "behaviour.noise"),
                value(v, "behaviour.memory"), value(v, "behaviour.lieutenant_ties"), value(v, "behaviour.rival_entry"),
                value(v, "behaviour.cell_ties"), value(v, "behaviour.recruit_ties"));
        return base.withEconomics(economics).withBehaviour(behaviour);
    }

    private static final java.util.Map<String, Integer> INDEX = index();

    private static java.util.Map<String, Integer> index() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < RANGES.size(); i++) {
            m.put(RANGES.get(i).name(), i);
        }
        return m;
    }

    private static double value(double[] v, String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalStateException("no sampled range named " + name);
        }
        return v[i];
    }
}
