package org.corridor.simulate.scenario;

/** A consumer market: price per kg when supply meets demand, monthly demand, and the price elasticity of demand (negative). */
public record Market(String place, double pricePerKg, double demandKg, double elasticity) {
}
