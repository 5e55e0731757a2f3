package org.corridor.app;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.ledger.Codes;
import org.corridor.ledger.Dates;
import org.corridor.ledger.LedgerFilter;
import org.corridor.model.UsageException;
import org.corridor.model.schema.Countries;

/**
 * The ledger's filters as a user gives them (the command line's options, the API's parameters),
 * checked and turned into a {@link LedgerFilter}. Errors name the option as the face spells it:
 * {@code prefix} is "--" on the command line and "" on the web.
 */
public record LedgerQuery(List<String> types, String actor, String country, String region, String since, String until,
        List<String> grades) {
    public LedgerQuery {
        types = types == null ? List.of() : List.copyOf(types);
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    public LedgerFilter filter(String prefix) {
        Set<String> t = new LinkedHashSet<>();
        types.forEach(x -> t.add(Codes.choose(prefix + "type", x, Codes.TYPES)));
        Set<String> g = new LinkedHashSet<>();
        List<String> known = new java.util.ArrayList<>(Codes.GRADES);
        org.corridor.ledger.Sourcing.GRADES.stream().filter(x -> !known.contains(x)).forEach(known::add);
        grades.forEach(x -> g.add(Codes.choose(prefix + "grade", x, known)));
        LocalDate from = date(prefix + "since", since, true);
        LocalDate to = date(prefix + "until", until, false);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException(prefix + "until " + until + " is before " + prefix + "since " + since + "; swap them");
        }
        return new LedgerFilter(t, blankToNull(actor), countryCode(prefix + "country", country), blankToNull(region), from, to, g);
    }

    public static String countryCode(String option, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = Countries.instance().toCode(raw);
        if (code == null) {
            throw new UsageException(option + " '" + raw + "' is not a known country; use a name or ISO code such as mx or co");
        }
        return code;
    }

    public static LocalDate date(String option, String raw, boolean first) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate d = first ? Dates.first(raw) : Dates.last(raw);
        if (d == null) {
            throw new UsageException(option + " '" + raw + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return d;
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
