package org.corridor.resolve.names;

import java.util.List;

/**
 * A name after analysis: its tokens in order, and the acronyms it may be known by (initials of
 * its words with and without particles, "CJNG" for Cartel de Jalisco Nueva Generación).
 */
public record NameForm(String original, List<Token> tokens, List<String> acronyms, String singleWord) {
    public NameForm(String original, List<Token> tokens, List<String> acronyms) {
        this(original, tokens, acronyms, singleWord(tokens));
    }

    /** The name as one lower-case word when it is one or two tokens ("cjng", "ms13"), else null. */
    public String asSingleWord() {
        return singleWord;
    }

    private static String singleWord(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > 2) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (Token t : tokens) {
            s.append(t.text());
        }
        return s.toString();
    }
}
