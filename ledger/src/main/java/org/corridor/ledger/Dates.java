package org.corridor.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import org.corridor.model.schema.DateValue;

/** Dates of any precision as the days they cover ("2025" runs from 1 January to 31 December). */
public final class Dates {
    private Dates() {
    }

    /** The first day the date covers, or null when it is not a date. */
    public static LocalDate first(String iso) {
        return bound(iso, true);
    }

    /** The last day the date covers, or null when it is not a date. */
    public static LocalDate last(String iso) {
        return bound(iso, false);
    }

    private static LocalDate bound(String iso, boolean first) {
        DateValue d;
        try {
            d = DateValue.parse(iso.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
        if (d == null) {
            return null;
        }
        return switch (d.precision()) {
            case YEAR -> first ? LocalDate.of(Integer.parseInt(d.iso()), 1, 1) : LocalDate.of(Integer.parseInt(d.iso()), 12, 31);
            case MONTH -> first ? YearMonth.parse(d.iso()).atDay(1) : YearMonth.parse(d.iso()).atEndOfMonth();
            case DAY -> LocalDate.parse(d.iso());
            case SECOND -> LocalDate.parse(d.iso().substring(0, 10));
        };
    }
}
