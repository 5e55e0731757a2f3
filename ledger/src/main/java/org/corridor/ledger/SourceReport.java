package org.corridor.ledger;

import java.util.List;
import java.util.Map;

/** What one source says about an operation: each field it gives, with its values. */
public record SourceReport(String source, Map<String, List<String>> said) {
}
