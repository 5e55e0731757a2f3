package org.corridor.ledger.effect;

import org.corridor.ledger.Range;

/**
 * How one indicator differs between two windows: totals (as ranges where sources disagree), the
 * best estimate per month in each, and the ratio of the monthly rates (after / before) with a 95%
 * interval. NaN and infinity are honest answers when a window has nothing.
 */
public record Change(String indicator, Range before, Range after, double beforePerMonth, double afterPerMonth,
        double ratio, double ratioLow, double ratioHigh, String method) {
}
