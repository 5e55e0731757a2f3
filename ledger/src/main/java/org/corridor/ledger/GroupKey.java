package org.corridor.ledger;

import java.util.List;
import java.util.Locale;
import org.corridor.model.UsageException;

/**
 * What to group operations by. Dates group by the operation's start; an operation with several
 * actors is counted once under each of them (so actor groups overlap and do not add up to the total).
 */
public enum GroupKey {
    MONTH, YEAR, ACTOR, COUNTRY, TYPE;

    public static final String UNKNOWN = "unknown";

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GroupKey named(String raw) {
        for (GroupKey k : values()) {
            if (k.column().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new UsageException("--group-by '" + raw + "' is not one of month, year, actor, country, type");
    }

    /** The groups one operation falls in under this key. */
    List<String> keys(LedgerEntry e) {
        return switch (this) {
            case MONTH -> List.of(e.start() == null ? UNKNOWN : e.start().toString().substring(0, 7));
            case YEAR -> List.of(e.start() == null ? UNKNOWN : Integer.toString(e.start().getYear()));
            case COUNTRY -> List.of(e.country() == null ? UNKNOWN : e.country());
            case TYPE -> List.of(e.type());
            case ACTOR -> e.actors().isEmpty() ? List.of(UNKNOWN)
                    : e.actors().stream().map(Actor::name).distinct().toList();
        };
    }
}
