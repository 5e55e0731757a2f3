package org.corridor.simulate.model;

/**
 * What happened in one month of one run.
 *
 * @param delivered     kg that reached a market
 * @param seizedKg      kg seized
 * @param seizures      number of shipments seized
 * @param seizedValue   value of what was seized, at its value where it was taken
 * @param price         mean market price per kg
 * @param activeNodes   places some shipment passed through
 * @param regions       regions of those places
 * @param organisations organisations active
 * @param violence      violence summed over places
 * @param cost          what enforcement spent
 * @param paths         distinct routes used
 * @param shipped       kg the organisations bought at the production places and sent on
 * @param capacity      kg the production places could supply
 * @param revenue       what the organisations earned, after laundering losses
 * @param capital       working capital the active organisations held at the month's end
 */
public record Month(double delivered, double seizedKg, int seizures, double seizedValue, double price, int activeNodes, int regions,
        int organisations, double violence, double cost, int paths, double shipped, double capacity, double revenue, double capital) {
}
