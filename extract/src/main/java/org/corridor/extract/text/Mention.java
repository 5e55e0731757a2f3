package org.corridor.extract.text;

/**
 * A name found in a document.
 *
 * @param origin     which stage found it: {@code ner}, {@code gazetteer}, {@code acronym}, {@code pattern}
 * @param confidence 0 to 1
 * @param listed     the workspace entity the name is listed under (gazetteer hits), or null
 * @param code       a country's ISO code when the kind is COUNTRY, else null
 */
public record Mention(Span span, String text, EntityKind kind, String origin, double confidence, Listed listed, String code) {
    public Mention withKind(EntityKind newKind, String newCode) {
        return new Mention(span, text, newKind, origin, confidence, listed, newCode);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** A workspace entity that a gazetteer name belongs to, and the name as listed. */
    public record Listed(String entityId, String schema, String name, String caption) {
    }
}
