package org.corridor.ledger.effect;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.Range;

/**
 * A subject's monthly indicators, every month from the first to the last with any activity
 * (months with nothing reported are zeros, not gaps). Operations count by the month they start.
 */
public final class Series {
    private Series() {
    }

    public static List<Period> monthly(Ledger ledger, Subject subject) {
        TreeMap<YearMonth, Period> months = new TreeMap<>();
        for (LedgerEntry e : ledger.entries()) {
            if (e.start() == null) {
                continue;
            }
            YearMonth m = YearMonth.from(e.start());
            boolean against = subject.isOperationAgainst(e);
            boolean violent = subject.isViolenceInvolving(e);
            if (!against && !violent) {
                continue;
            }
            Period p = months.getOrDefault(m, Period.empty(m));
            months.put(m, new Period(m, p.operations() + (against ? 1 : 0), p.violence() + (violent ? 1 : 0),
                    violent ? p.deaths().plus(e.deathsOrZero()) : p.deaths(),
                    subject.isSeizure(e) ? p.seizedKg().plus(e.seizedKg()) : p.seizedKg()));
        }
        List<Period> out = new ArrayList<>();
        if (months.isEmpty()) {
            return out;
        }
        for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
            out.add(months.getOrDefault(m, Period.empty(m)));
        }
        return out;
    }

    /** The same series summed by calendar year. */
    public static List<Period> yearly(List<Period> months) {
        TreeMap<Integer, Period> years = new TreeMap<>();
        for (Period p : months) {
            YearMonth key = YearMonth.of(p.month().getYear(), 1);
            Period y = years.getOrDefault(key.getYear(), Period.empty(key));
            years.put(key.getYear(), new Period(key, y.operations() + p.operations(), y.violence() + p.violence(),
                    y.deaths().plus(p.deaths()), y.seizedKg().plus(p.seizedKg())));
        }
        return List.copyOf(years.values());
    }

    static Range sum(List<Period> periods, java.util.function.Function<Period, Range> f) {
        return periods.stream().map(f).reduce(Range.ZERO, Range::plus);
    }
}
