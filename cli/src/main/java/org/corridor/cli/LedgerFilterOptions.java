package org.corridor.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The ledger's filter options, as the query app checks and applies. */
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

    org.corridor.app.LedgerQuery query() {
        return new org.corridor.app.LedgerQuery(types, actor, country, region, since, until, grades);
    }
}
