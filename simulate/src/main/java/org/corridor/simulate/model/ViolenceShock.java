package org.corridor.simulate.model;

import org.corridor.simulate.scenario.ViolenceModel;

/**
 * The rise in violence after a leader is removed: {@code shock} at the home place for
 * {@code shockMonths}, {@code spillover} at the organisation's other places for
 * {@code spilloverMonths} (Lindo and Padilla-Romo 2018: about +80% where the capture happened for a
 * year or more, about +30% for six months in the organisation's other areas; the defaults sit
 * inside that band). A larger shock already running at a place is not lowered.
 */
final class ViolenceShock {
    private ViolenceShock() {
    }

    static void apply(ViolenceModel model, int home, boolean[] footprint, int month, double[] shock, int[] until) {
        for (int p = 0; p < footprint.length; p++) {
            boolean isHome = p == home;
            if (!isHome && !footprint[p]) {
                continue;
            }
            double size = isHome ? model.shock() : model.spillover();
            int end = month + (isHome ? model.shockMonths() : model.spilloverMonths());
            if (month >= until[p] || size >= shock[p]) {
                shock[p] = size;
                until[p] = Math.max(end, month < until[p] ? until[p] : 0);
            }
        }
    }
}
