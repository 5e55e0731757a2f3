package org.corridor.simulate.scenario;

/**
 * How violence is counted per place and month: a base level where any organisation is present,
 * a share more for each further organisation contesting the place, and, after a leader is
 * removed, a shock at the organisation's home and a smaller one across its other places, each for
 * some months (calibrated on Calderón et al. 2015 and Lindo and Padilla-Romo 2018; see docs).
 */
public record ViolenceModel(double base, double contest, double shock, int shockMonths, double spillover, int spilloverMonths) {
    public static final ViolenceModel DEFAULTS = new ViolenceModel(10, 0.25, 0.40, 12, 0.30, 6);
}
