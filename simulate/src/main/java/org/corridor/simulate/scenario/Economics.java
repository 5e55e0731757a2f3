package org.corridor.simulate.scenario;

/**
 * How trafficking pays and responds (issue 22, item 1; docs/simulation.md, "Economics"). Every
 * value is an assumption with the range docs give, not a measurement:
 *
 * @param supplyResponse        how fast production capacity follows the market: each month capacity
 *                              changes by this share of the price's distance from its reference
 *                              ({@code 0.05}: a price 20% above reference grows capacity 1% a month)
 * @param launderingCost        share of revenue lost turning it into usable money (launderers' fees,
 *                              front-business losses)
 * @param bufferMonths          working capital an organisation keeps, in months of its spending; what
 *                              it earns above that leaves the trade (paid out, spent, invested)
 * @param creditShare           share of a shipment's product suppliers front on credit, to be paid
 *                              from the revenue, when the organisation's own money runs short
 * @param designationLaundering added to the laundering cost of an organisation whose assets are
 *                              frozen, for {@code designationMonths}: banks and fronts shut to it
 * @param designationMonths     how long that lasts
 * @param launderingMonths      months revenue takes to come back usable; a freeze reaches what is on
 *                              its way as well as what is held
 * @param scaleToCapital        how steeply an organisation short of working capital scales its
 *                              buying down: it buys (capital / what it keeps)^this of its plan
 */
public record Economics(double supplyResponse, double launderingCost, double bufferMonths, double creditShare,
        double designationLaundering, int designationMonths, int launderingMonths, double scaleToCapital) {
    public static final Economics DEFAULTS = new Economics(0.05, 0.15, 3, 0.25, 0.10, 24, 2, 0.5);
}
