package org.corridor.ledger.effect;

import java.time.YearMonth;
import org.corridor.ledger.Range;

/**
 * One month of a subject's indicators.
 *
 * @param operations  enforcement operations against the subject
 * @param violence    violent events involving the subject
 * @param deaths      fatalities in those violent events (summed ranges)
 * @param seizedKg    kilograms seized from the subject (summed ranges)
 */
public record Period(YearMonth month, long operations, long violence, Range deaths, Range seizedKg) {
    static Period empty(YearMonth month) {
        return new Period(month, 0, 0, Range.ZERO, Range.ZERO);
    }
}
