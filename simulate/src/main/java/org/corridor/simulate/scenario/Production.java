package org.corridor.simulate.scenario;

/** Where the drug is made: monthly output and cost per kg at the source. */
public record Production(String place, double kgPerMonth, double costPerKg) {
}
