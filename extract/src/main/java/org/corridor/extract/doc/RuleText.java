package org.corridor.extract.doc;

/**
 * The text the rules read, made from a document's text without moving any character: page
 * furniture blanked ({@link PageFurniture}), and punctuation that scraped pages write in many ways
 * brought to one form so that names match however they were typed: non-breaking and other
 * hyphens, and en dashes set between two letters, become '-', no-break and thin spaces become ' ', curly quotes and guillemets become
 * straight ones, zero-width characters become spaces, and the Spanish "EE. UU." becomes
 * "EE.UU. " (so no sentence ends inside it). Every offset still points into the stored text,
 * so spans reproduce the original characters.
 */
public final class RuleText {
    private RuleText() {
    }

    public static String of(String text) {
        String mapped = punctuation(PageFurniture.mask(text));
        int at = mapped.indexOf("EE. UU.");
        if (at < 0) {
            return mapped;
        }
        StringBuilder out = new StringBuilder(mapped);
        while (at >= 0) {
            out.replace(at, at + 7, "EE.UU. ");
            at = mapped.indexOf("EE. UU.", at + 7);
        }
        return out.toString();
    }

    /** The text with its punctuation brought to one form, character for character (no furniture blanked): names compare so. */
    public static String punctuation(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2010', '\u2011', '\u2012', '\u2212', '\uFE63', '\uFF0D' -> '-';
                case '\u00A0', '\u2007', '\u2009', '\u202F', '\u200A', '\u2002', '\u2003' -> ' ';
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> ' ';
                default -> chars[i];
            };
        }
        for (int i = 1; i + 1 < chars.length; i++) {
            if (chars[i] == '\u2013' && Character.isLetter(chars[i - 1]) && Character.isLetter(chars[i + 1])) {
                chars[i] = '-'; // "Operations Centre–Narcotics": an en dash between two words' letters joins them, as a hyphen does
            }
        }
        return new String(chars);
    }
}
