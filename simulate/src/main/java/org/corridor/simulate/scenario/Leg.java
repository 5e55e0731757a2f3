package org.corridor.simulate.scenario;

/**
 * A directed link between two places by one mode, with what moving a kilogram along it costs,
 * how long it takes, how much it carries in a month before congestion, and the chance a shipment
 * on it is seized when no enforcement asset watches it.
 */
public record Leg(String from, String to, String mode, double costPerKg, double days, double capacityKg, double detection) {
    public String id() {
        return from + ">" + to;
    }
}
