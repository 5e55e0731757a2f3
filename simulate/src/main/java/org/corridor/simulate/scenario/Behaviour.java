package org.corridor.simulate.scenario;

/**
 * How traffickers choose routes. A leg's perceived cost per kg is its cost, plus the value at
 * risk times the seizure chance they have learnt for it ({@code riskAversion}), plus a congestion
 * charge growing with the square of its load over capacity ({@code congestion}; 0 routes every
 * shipment on the single cheapest path, as in Dell's uncongested model), each shipment's view
 * blurred by log-normal noise ({@code noise}). Risk memory fades by {@code memory} a month.
 * {@code lieutenantTies} is the chance that two lieutenants of a generated centralised
 * organisation also work with each other directly (an assumption, sampled over 0 to 1): it
 * decides whether the organisation holds together under a promoted lieutenant or splinters when
 * its leader goes. {@code rivalEntry} is the monthly chance that an organisation working next to a
 * place under a crackdown moves into it, the incumbent's hold being weakened (after Dell 2015; an
 * assumption, sampled over 0 to 0.5): crackdowns then raise violence only where rivals come to
 * contest the place. {@code cellTies} is the chance that two members of one lieutenant's cell work
 * with each other directly, not only through their lieutenant (default 0: cells are stars; an
 * assumption, sampled over 0 to 0.5). {@code recruitTies} is the chance that each contact of a
 * removed member accepts the same-role recruit who replaces it (Duijn et al. 2014's replacement;
 * an assumption, sampled over 0.3 to 1): at 1 the recruit is the removed member again and the
 * network's recovery is an identity, not a finding.
 */
public record Behaviour(double riskAversion, double congestion, double noise, double memory, double lieutenantTies,
        double rivalEntry, double cellTies, double recruitTies) {
    public static final Behaviour DEFAULTS = new Behaviour(1.0, 1.0, 0.10, 0.85, 0.3, 0.2, 0.0, 0.7);

    public Behaviour(double riskAversion, double congestion, double noise, double memory, double lieutenantTies,
            double rivalEntry) {
        this(riskAversion, congestion, noise, memory, lieutenantTies, rivalEntry, DEFAULTS.cellTies(), DEFAULTS.recruitTies());
    }

    public Behaviour(double riskAversion, double congestion, double noise, double memory) {
        this(riskAversion, congestion, noise, memory, DEFAULTS.lieutenantTies(), DEFAULTS.rivalEntry());
    }

    public Behaviour(double riskAversion, double congestion, double noise, double memory, double lieutenantTies) {
        this(riskAversion, congestion, noise, memory, lieutenantTies, DEFAULTS.rivalEntry());
    }
}
