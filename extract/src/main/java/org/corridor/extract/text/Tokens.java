package org.corridor.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of {@link Names#TOKEN}, found by hand: the gazetteer and the role rules tokenise
 * every document, and this loop does in one pass what the expression does with a Unicode
 * property test at each position. A property test checks the two agree on random text.
 *
 * <p>A token is an abbreviation with dots ("U.S.", "EE.UU.", "U. S."), or a run of letters and
 * digits joined by hyphens or by apostrophes that do not start a possessive "'s".
 */
final class Tokens {
    private Tokens() {
    }

    /** Token spans of {@code text} between {@code from} and {@code to}, which bound the search as the end of the text would. */
    static List<Span> of(String text, int from, int to) {
        List<Span> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = abbreviation(text, i, to);
            if (end < 0) {
                end = word(text, i, to);
            }
            if (end < 0) {
                i += Character.charCount(text.codePointAt(i));
            } else {
                tokens.add(new Span(i, end));
                i = end;
            }
        }
        return tokens;
    }

    /** {@code \p{L}{1,2}\.(?:\s?\p{L}{1,2}\.)+}: the end, or -1. */
    private static int abbreviation(String text, int i, int to) {
        int end = letterPair(text, i, to);
        if (end < 0) {
            return -1;
        }
        int groups = 0;
        while (true) {
            int at = end < to && isSpace(text.charAt(end)) ? end + 1 : end;
            int next = letterPair(text, at, to);
            if (next < 0) {
                break;
            }
            end = next;
            groups++;
        }
        return groups > 0 ? end : -1;
    }

    /** One or two letters and a dot, the letters not followed by a third: the end after the dot, or -1. */
    private static int letterPair(String text, int i, int to) {
        int j = i;
        int letters = 0;
        while (j < to && letters < 3 && Character.isLetter(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
            letters++;
        }
        return letters >= 1 && letters <= 2 && j < to && text.charAt(j) == '.' ? j + 1 : -1;
    }

    /** {@code [\p{L}\p{N}]+(?:['’](?![sS]\b)[\p{L}\p{N}]+|-[\p{L}\p{N}]+)*}: the end, or -1. */
    private static int word(String text, int i, int to) {
        int end = run(text, i, to);
        if (end == i) {
            return -1;
        }
        while (end < to) {
            char c = text.charAt(end);
            boolean apostrophe = c == '\'' || c == '’';
            if (!apostrophe && c != '-') {
                break;
            }
            if (apostrophe && possessive(text, end + 1, to)) {
                break;
            }
            int next = run(text, end + 1, to);
            if (next == end + 1) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** An "s" after the apostrophe that ends a word ({@code [sS]\b}). */
    private static boolean possessive(String text, int at, int to) {
        if (at >= to || (text.charAt(at) != 's' && text.charAt(at) != 'S')) {
            return false;
        }
        return at + 1 >= to || !isWordChar(text.codePointAt(at + 1));
    }

    private static int run(String text, int i, int to) {
        int j = i;
        while (j < to && isLetterOrNumber(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j;
    }

    static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A word character for {@code \b} in Java's default mode, ASCII only since Java 19. */
    private static boolean isWordChar(int cp) {
        return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }

    /** {@code \s} in Java's default mode. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
