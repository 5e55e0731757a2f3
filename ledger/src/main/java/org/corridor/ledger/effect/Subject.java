package org.corridor.ledger.effect;

import org.corridor.ledger.Codes;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.LedgerFilter;

/**
 * Whose indicators a trend follows: an actor, a country, a region, or a combination. An operation
 * is "against" the subject when it is an enforcement action that targets the actor (or, without
 * an actor, happens in the place); a violent event "involves" the subject when the actor takes
 * part in any role (or it happens in the place).
 */
public record Subject(String actor, String country, String region) {
    public Subject {
        if (actor == null && country == null && region == null) {
            throw new org.corridor.model.UsageException("choose what to follow with --actor, --country or --region");
        }
    }

    private LedgerFilter place() {
        return new LedgerFilter(null, null, country, region, null, null, null);
    }

    boolean isOperationAgainst(LedgerEntry e) {
        if (!Codes.ENFORCEMENT.contains(e.type()) || !place().test(e)) {
            return false;
        }
        return actor == null || e.targeted().stream().anyMatch(a -> a.id().equals(actor) || LedgerFilter.matches(actor, a.name()));
    }

    boolean isViolenceInvolving(LedgerEntry e) {
        if (Codes.ENFORCEMENT.contains(e.type())) {
            return false;
        }
        return new LedgerFilter(null, actor, country, region, null, null, null).test(e);
    }

    boolean isSeizure(LedgerEntry e) {
        return isOperationAgainst(e) && e.seizedKg() != null;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (actor != null) {
            s.append("actor '").append(actor).append("'");
        }
        if (country != null) {
            s.append(s.isEmpty() ? "" : ", ").append("country ").append(country);
        }
        if (region != null) {
            s.append(s.isEmpty() ? "" : ", ").append("region '").append(region).append("'");
        }
        return s.toString();
    }
}
