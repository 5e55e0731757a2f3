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

    /**
     * A workspace entity that a gazetteer name belongs to, and the name as listed.
     *
     * @param weak whether the match alone is too little to link on (a single given name or
     *             ordinary word, or a name several listed parties share): it links only if the
     *             document corroborates it, else it is proposed for review
     * @param why  why the match passes or is held, in words, for the link's explanation (may be null)
     */
    public record Listed(String entityId, String schema, String name, String caption, boolean weak, String why) {
        public Listed(String entityId, String schema, String name, String caption) {
            this(entityId, schema, name, caption, false, null);
        }

        public Listed judged(boolean weakMatch, String reason) {
            return new Listed(entityId, schema, name, caption, weakMatch, reason);
        }
    }
}
