package org.corridor.simulate.scenario;

/**
 * The high-cost way round (direct flights, semi-submersibles): from any production place to any
 * market, at this cost per kg, up to this many kg a month, with this chance of seizure. Traffickers
 * use it when the cheapest ordinary route costs more (Caulkins 1993's floor under supply).
 */
public record Backstop(double costPerKg, double capacityKg, double detection) {
}
