package org.corridor.simulate.scenario;

import java.util.List;

/**
 * A public figure a scenario's baseline should fall within, as the scenario file states it under
 * {@code calibration:}: which outcome, the range, the unit the range is in, the factor that turns
 * the model's monthly figure into that unit (a scenario scaled to a tenth and counted a month
 * needs 120 for tonnes-equivalent kilograms a year), and the source with its year.
 */
public record CalibrationTarget(String quantity, double low, double high, double scale, String unit, String source) {
    /** The quantities a target may name: a baseline outcome, or the seized share of production (seizures over production). */
    public static final List<String> QUANTITIES = List.of("price", "production", "delivered", "seizures", "seizure_share");

    /**
     * Prefix of a route share, {@code route_share:REGION:MARKET}: the share of what reached the
     * market (a place id) after the start whose route passed a place of the region.
     */
    public static final String ROUTE_SHARE = "route_share:";
}
