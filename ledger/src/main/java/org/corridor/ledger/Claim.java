package org.corridor.ledger;

import java.util.List;

/** One value of a field and the sources that give it. */
public record Claim(String value, List<String> sources) {
}
