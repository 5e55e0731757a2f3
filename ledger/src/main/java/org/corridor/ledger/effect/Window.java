package org.corridor.ledger.effect;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.corridor.ledger.Dates;
import org.corridor.model.UsageException;

/** A span of whole months to compare, written {@code FROM..TO} ({@code 2009-01..2009-12}, {@code 2010..2011}). */
public record Window(YearMonth from, YearMonth to) {
    public Window {
        if (to.isBefore(from)) {
            throw new UsageException("window " + from + ".." + to + " ends before it starts; write FROM..TO with FROM first");
        }
    }

    public static Window parse(String option, String text) {
        String[] parts = text.split("\\.\\.", -1);
        LocalDate from = parts.length == 2 ? Dates.first(parts[0]) : null;
        LocalDate to = parts.length == 2 ? Dates.last(parts[1]) : null;
        if (from == null || to == null) {
            throw new UsageException(option + " '" + text + "' is not a window; write FROM..TO with dates such as 2009-01..2009-12");
        }
        return new Window(YearMonth.from(from), YearMonth.from(to));
    }

    /** The window of {@code months} months ending just before (or starting at) a date. */
    public static Window before(LocalDate at, int months) {
        YearMonth m = YearMonth.from(at);
        return new Window(m.minusMonths(months), m.minusMonths(1));
    }

    public static Window after(LocalDate at, int months) {
        YearMonth m = YearMonth.from(at);
        return new Window(m, m.plusMonths(months - 1));
    }

    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
