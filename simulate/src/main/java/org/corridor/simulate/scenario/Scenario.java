package org.corridor.simulate.scenario;

import java.util.List;
import java.util.Map;

/**
 * Everything a simulation needs, validated: the network of places and legs, organisations,
 * markets, production, enforcement, the backstop, the violence model, the horizon in months,
 * the month from which strategies act and outcomes are measured, and the strategies the file
 * defines besides the built-in ones.
 *
 * @param shipments    how many shipments each organisation splits its monthly supply into
 * @param behaviour    how traffickers weigh routes
 * @param economics    how production, money and laundering respond
 * @param costs        what the levers other than interdiction cost
 * @param calibration  the public figures the baseline should fall within (empty when the file states none)
 */
public record Scenario(String name, int horizon, int start, int shipments, List<Place> places, List<Leg> legs,
        List<Organisation> organisations, List<Market> markets, List<Production> production, Enforcement enforcement,
        Backstop backstop, ViolenceModel violence, Behaviour behaviour, Economics economics, LeverCosts costs, Map<String, Strategy> strategies,
        List<CalibrationTarget> calibration) {
    /** The same scenario with other route behaviour (the congested and uncongested variants of one network). */
    public Scenario withBehaviour(Behaviour other) {
        return new Scenario(name, horizon, start, shipments, places, legs, organisations, markets, production, enforcement, backstop,
                violence, other, economics, costs, strategies, calibration);
    }

    /** The same scenario with these organisations (members seeded from a workspace). */
    public Scenario withOrganisations(List<Organisation> other) {
        return new Scenario(name, horizon, start, shipments, places, legs, List.copyOf(other), markets, production, enforcement, backstop,
                violence, behaviour, economics, costs, strategies, calibration);
    }

    /** The same scenario with other economics. */
    public Scenario withEconomics(Economics other) {
        return new Scenario(name, horizon, start, shipments, places, legs, organisations, markets, production, enforcement, backstop,
                violence, behaviour, other, costs, strategies, calibration);
    }

    /** The same scenario with other enforcement. */
    public Scenario withEnforcement(Enforcement other) {
        return new Scenario(name, horizon, start, shipments, places, legs, organisations, markets, production, other, backstop,
                violence, behaviour, economics, costs, strategies, calibration);
    }

    /** The same scenario with another backstop (null for none). */
    public Scenario withBackstop(Backstop other) {
        return new Scenario(name, horizon, start, shipments, places, legs, organisations, markets, production, enforcement, other,
                violence, behaviour, economics, costs, strategies, calibration);
    }
}
