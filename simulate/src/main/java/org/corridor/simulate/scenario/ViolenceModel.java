package org.corridor.simulate.scenario;

/**
 * How violence is counted per place and month: a base level where any organisation is present
 * and a share more for each further organisation contesting the place. A leader's removal raises
 * violence only through that contest: when the organisation splinters, its factions all claim its
 * home (docs/simulation.md). {@code shock} and {@code spillover} are an optional exogenous rise at
 * the home and across the other places after a removal, each for some months; they are zero by
 * default, and a scenario that sets them states an assumption, not a finding. {@code deathsPerUnit}
 * reads a violence unit as killings (default 1, an assumption with the range 0.5 to 3), so that
 * strategies can be compared per death averted or caused.
 */
public record ViolenceModel(double base, double contest, double shock, int shockMonths, double spillover, int spilloverMonths,
        double deathsPerUnit) {
    public static final ViolenceModel DEFAULTS = new ViolenceModel(10, 0.25, 0, 12, 0, 6, 1.0);
}
