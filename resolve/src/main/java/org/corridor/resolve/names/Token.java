package org.corridor.resolve.names;

/**
 * One word of a name, folded to lower-case ASCII, with its phonetic key, its spelling with each
 * sound written one way ({@link Phonetic#normalise}), and what kind of word it is. Kinds decide weight, not presence: organisation words and particles still count, for less.
 */
public record Token(String text, String phonetic, String spelling, Kind kind) {
    public enum Kind {
        /** A word that carries identity: a surname, a given name, the distinctive part of a group's name. */
        WORD,
        /** Digits: "13" in MS-13 must match exactly. */
        NUMBER,
        /** A word many organisations share: cartel, clan, group, company, S.A. */
        ORG_WORD,
        /** A joining word: de, del, la, los, y, of, the. */
        PARTICLE
    }
}
