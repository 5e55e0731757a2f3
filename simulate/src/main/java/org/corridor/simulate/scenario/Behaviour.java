package org.corridor.simulate.scenario;

/**
 * How traffickers choose routes. A leg's perceived cost per kg is its cost, plus the value at
 * risk times the seizure chance they have learnt for it ({@code riskAversion}), plus a congestion
 * charge growing with the square of its load over capacity ({@code congestion}; 0 routes every
 * shipment on the single cheapest path, as in Dell's uncongested model), each shipment's view
 * blurred by log-normal noise ({@code noise}). Risk memory fades by {@code memory} a month.
 */
public record Behaviour(double riskAversion, double congestion, double noise, double memory) {
    public static final Behaviour DEFAULTS = new Behaviour(1.0, 1.0, 0.10, 0.85);
}
