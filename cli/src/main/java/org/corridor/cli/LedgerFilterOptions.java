package org.corridor.cli;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.ledger.Codes;
import org.corridor.ledger.Dates;
import org.corridor.ledger.LedgerFilter;
import org.corridor.model.UsageException;
import org.corridor.model.schema.Countries;
import picocli.CommandLine.Option;

/** The ledger's filter options, checked and turned into a {@link LedgerFilter}. */
final class LedgerFilterOptions {
    @Option(names = "--type", paramLabel = "TYPE[,TYPE]", split = ",", description = "Operation types: strike, interdiction, seizure, "
            + "arrest, extradition, designation, sanction, reward, raid, clash, other.")
    List<String> types = List.of();

    @Option(names = "--actor", paramLabel = "NAME|ID", description = "An actor in any role: words of its name, or its entity id.")
    String actor;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "Country name or ISO code (mx, co, ...).")
    String country;

    @Option(names = "--region", paramLabel = "TEXT", description = "Words of the region (state, province) or place.")
    String region;

    @Option(names = "--since", paramLabel = "DATE", description = "Operations starting on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Operations starting on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    String until;

    @Option(names = "--grade", paramLabel = "GRADE[,GRADE]", split = ",", description = "Verification grades: confirmed, fair, weak, "
            + "contested, discounted, ungraded (as a source graded it), or sourcing grades: corroborated, single-claim, contested, "
            + "contradicted, unassessed (worked out from what each source is; docs/campaign.md). An operation matching either is kept.")
    List<String> grades = List.of();

    LedgerFilter filter() {
        Set<String> t = new LinkedHashSet<>();
        types.forEach(x -> t.add(Codes.choose("--type", x, Codes.TYPES)));
        Set<String> g = new LinkedHashSet<>();
        List<String> known = new java.util.ArrayList<>(Codes.GRADES);
        org.corridor.ledger.Sourcing.GRADES.stream().filter(x -> !known.contains(x)).forEach(known::add);
        grades.forEach(x -> g.add(Codes.choose("--grade", x, known)));
        LocalDate from = date("--since", since, true);
        LocalDate to = date("--until", until, false);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--until " + until + " is before --since " + since + "; swap them");
        }
        return new LedgerFilter(t, blankToNull(actor), countryCode(country), blankToNull(region), from, to, g);
    }

    static String countryCode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = Countries.instance().toCode(raw);
        if (code == null) {
            throw new UsageException("--country '" + raw + "' is not a known country; use a name or ISO code such as mx or co");
        }
        return code;
    }

    static LocalDate date(String option, String raw, boolean first) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate d = first ? Dates.first(raw) : Dates.last(raw);
        if (d == null) {
            throw new UsageException(option + " '" + raw + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return d;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
