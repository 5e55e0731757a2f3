package org.corridor.simulate.model;

import java.util.HashMap;
import java.util.Map;

/** One organisation's state during a run (a faction after a split is an organisation of its own). */
final class Org {
    final String id;
    final String parent;
    final boolean[] footprint;
    int home;
    double capital;
    final double lossTolerance;
    final boolean centralised;
    Members members;
    /** The places each lieutenant's cell holds, by lieutenant. */
    final Map<Integer, java.util.Set<Integer>> cells = new HashMap<>();
    /** Learnt seizures and safe passages per leg (a fading Beta–Bernoulli memory). */
    final double[] seized;
    final double[] passed;
    boolean active = true;
    /** No route was open this month. */
    boolean blocked;
    double shippedValue;
    double seizedValue;
    /** What the organisation spends a month on product and transport, smoothed: the measure of the working capital it keeps. */
    double spending;
    /** Spent this month so far. */
    double spentNow;
    /** Revenue on its way through laundering, oldest first: usable when it comes out. */
    double[] laundering = new double[0];
    /** Kilograms it moved through each place, all months: which place it can best do without. */
    final double[] flowThrough;
    /** Members on the payroll (a faction takes its cells' members with it). */
    int headcount;
    /** This month's buying power, 0 to 1: the share of a full purchase its working capital allows. */
    double claim;
    /** Month until which a designation raises its laundering cost. */
    int designatedUntil = -1;

    Org(String id, String parent, int places, int legs, int home, double capital, double lossTolerance, boolean centralised) {
        this.id = id;
        this.parent = parent;
        this.footprint = new boolean[places];
        this.flowThrough = new double[places];
        this.seized = new double[legs];
        this.passed = new double[legs];
        this.home = home;
        this.capital = capital;
        this.lossTolerance = lossTolerance;
        this.centralised = centralised;
    }

    /** Perceived chance of a seizure on a leg: the mean of a Beta(1 + seized, 19 + passed) prior of 5%. */
    double risk(int leg) {
        return (1 + seized[leg]) / (20 + seized[leg] + passed[leg]);
    }
}
