package org.corridor.ledger;

import java.util.List;
import java.util.Locale;
import org.corridor.model.UsageException;

/** The ledger's code lists: operation types and verification grades (legal-basis codes are listed in docs/ledger.md). */
public final class Codes {
    public static final List<String> TYPES = List.of("strike", "interdiction", "seizure", "arrest", "extradition",
            "designation", "sanction", "reward", "raid", "clash", "other");
    /** Grades in the style of Airwars, strongest first; an operation no one has graded is "ungraded". */
    public static final List<String> GRADES = List.of("confirmed", "fair", "weak", "contested", "discounted", "ungraded");
    /** Types that are actions of the state against a group (the "operations" of a campaign). */
    public static final List<String> ENFORCEMENT = List.of("strike", "interdiction", "seizure", "arrest", "extradition",
            "designation", "sanction", "reward", "raid");

    private Codes() {
    }

    /** A type as stored, in the code list; anything else reads as "other". */
    public static String type(String raw) {
        String code = raw == null ? "other" : raw.strip().toLowerCase(Locale.ROOT);
        return TYPES.contains(code) ? code : "other";
    }

    /** A user's choice from a code list, or an error listing the codes. */
    public static String choose(String option, String raw, List<String> codes) {
        String code = raw.strip().toLowerCase(Locale.ROOT);
        if (!codes.contains(code)) {
            throw new UsageException(option + " '" + raw + "' is not one of " + String.join(", ", codes));
        }
        return code;
    }
}
