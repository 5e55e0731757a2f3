package org.corridor.simulate.scenario;

/**
 * What each lever costs the governments that pull it (issue 22, item 2), in US dollars, so that
 * strategies compare per dollar. Interdiction is costed by the enforcement assets it keeps at
 * sea and in the air ({@link Enforcement#costPerAsset()}); the others here. Each default is
 * derived from a published budget or study named in docs/simulation.md ("Costs per lever"), which
 * shows the arithmetic, the year of the dollars and the part that remains an assumption:
 *
 * @param leaderRemoval        one operation that captures or removes a leader (investigation, surveillance, the raid)
 * @param brokerRemoval        one operation against a broker
 * @param freezePerMonth       investigators, prosecutors and compliance work a freeze and designation keep busy, a month while it lasts
 * @param demandReductionPerMonth treatment and prevention programmes, a month, for cutting demand by a quarter (scaled by the share cut)
 * @param crackdownPerMonth    troops and police sent to one place, a month
 */
public record LeverCosts(double leaderRemoval, double brokerRemoval, double freezePerMonth, double demandReductionPerMonth,
        double crackdownPerMonth) {
    public static final LeverCosts DEFAULTS = new LeverCosts(20_000_000, 5_000_000, 2_600_000, 323_000_000, 10_000_000);
}
