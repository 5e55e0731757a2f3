package org.corridor.resolve.names;

import java.util.List;

/**
 * A name after analysis: its tokens in order, and the acronyms it may be known by (initials of
 * its words with and without particles, "CJNG" for Cartel de Jalisco Nueva Generación).
 */
public record NameForm(String original, List<Token> tokens, List<String> acronyms) {
    /** The name as one lower-case word when it is one ("cjng", "ms13"), else null. */
    public String asSingleWord() {
        StringBuilder s = new StringBuilder();
        for (Token t : tokens) {
            s.append(t.text());
        }
        return tokens.size() <= 2 && !s.isEmpty() ? s.toString() : null;
    }
}
