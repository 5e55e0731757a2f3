package org.corridor.ledger;

import java.util.List;
import java.util.stream.Collectors;

/** A field on which the sources of one operation give different values; every value is kept. */
public record Disagreement(String field, List<Claim> claims) {
    @Override
    public String toString() {
        return field + ": " + claims.stream().map(c -> c.value() + " (" + String.join(", ", c.sources()) + ")")
                .collect(Collectors.joining(" vs "));
    }
}
