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
 * @param payrollPerMember      what each member of the organisation's network costs a month, with
 *                              the crew it runs ($), paid whatever the month's shipments did
 * @param bribesPerPlace        protection paid a month for each place the organisation works ($)
 * @param borrowMonths          how far into debt it may go, in months of its spending, before it
 *                              must sell a place (its plaza, to a rival, for six months of its bribes);
 *                              with none left to sell it folds
 * @param borrowInterest        monthly interest on that debt
 * @param bankingExposure       share of its money that passes through banks and businesses a freeze
 *                              or designation can reach; the rest moves in cash and informal transfer
 */
public record Economics(double supplyResponse, double launderingCost, double bufferMonths, double creditShare,
        double designationLaundering, int designationMonths, int launderingMonths, double scaleToCapital, double payrollPerMember,
        double bribesPerPlace, double borrowMonths, double borrowInterest, double bankingExposure) {
    public static final Economics DEFAULTS = new Economics(0.05, 0.15, 3, 0.25, 0.10, 24, 2, 0.5, 50_000, 1_000_000, 2, 0.03, 0.5);
}
