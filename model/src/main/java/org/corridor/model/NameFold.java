package org.corridor.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names folded for search: accents and case dropped, every run of characters that are not
 * letters or digits made one space, trimmed. ASCII text (most names) takes a loop that gives the
 * same answer without the normaliser and the regular expressions, which dominated name search.
 */
public final class NameFold {
    private NameFold() {
    }

    public static String fold(String text) {
        int n = text.length();
        StringBuilder b = null;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return slow(text);
            }
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            if (b == null) {
                b = new StringBuilder(n);
            }
            if (alnum) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else {
                space = true;
            }
        }
        return b == null ? "" : b.toString();
    }

    private static String slow(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
