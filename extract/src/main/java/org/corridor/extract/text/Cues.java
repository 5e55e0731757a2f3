package org.corridor.extract.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap tests run before a rule's regular expression: most sentences contain none of the words a
 * rule needs, and a substring search on the lower-cased sentence rules them out far faster than
 * the expression's own scan. The cue words must be ones every match of the expression contains.
 */
public final class Cues {
    private Cues() {
    }

    /**
     * The text lower-cased character by character, so positions stay those of the text; each
     * character is upper-cased first, as case-insensitive matching compares them ("ſ" is "s").
     */
    public static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(chars);
    }

    /** Whether the lower-cased text contains any of the cue words. */
    public static boolean any(String lower, String... cues) {
        for (String cue : cues) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code pattern.matcher(text).find()} would find, in order, trying the expression only at
     * positions {@code mayStart} accepts. {@code mayStart} must accept every position a match can
     * begin at; bounds are transparent, so look-behinds and word boundaries see the whole text.
     */
    public static List<MatchResult> findAt(Pattern pattern, String text, IntPredicate mayStart) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i >= from && mayStart.test(i)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    from = Math.max(m.end(), i + 1);
                }
            }
        }
        return found;
    }

    /**
     * As {@link #findAt(Pattern, String, IntPredicate)}, trying the expression only at the positions
     * set in {@code mayStart}, which must hold every position a match can begin at.
     */
    public static List<MatchResult> findAt(Pattern pattern, String text, BitSet mayStart) {
        List<MatchResult> found = new ArrayList<>();
        if (mayStart.isEmpty()) {
            return found;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = mayStart.nextSetBit(0); i >= 0 && i < text.length(); i = mayStart.nextSetBit(i + 1)) {
            m.region(i, text.length());
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                i = Math.max(m.end(), i + 1) - 1;
            }
        }
        return found;
    }

    /** Where one of the words starts in {@code text}, not preceded by a letter or digit. */
    public static BitSet wordStartsAt(String text, String... words) {
        BitSet at = new BitSet(text.length());
        for (String w : words) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                    at.set(i);
                }
            }
        }
        return at;
    }

    /**
     * A pattern that matches only at the end of a text ({@code $}) and whose matches span at most
     * {@code runs} runs of non-space characters (and the white space after them), such as "in the
     * waters off " before a place: tried only from the start of the text's last {@code runs} runs,
     * where every match of it starts, instead of at every position of the text.
     */
    public record TailPattern(Pattern pattern, int runs) {
        /** Whether {@code pattern.matcher(text).find()} would find a match. */
        public boolean findIn(String text) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(tailStart(text, runs), text.length());
            return m.find();
        }
    }

    /** Where the last {@code runs} runs of non-space characters of the text begin (0 when it has fewer). */
    public static int tailStart(String text, int runs) {
        int from = text.length();
        for (int run = 0; run < runs && from > 0; run++) {
            while (from > 0 && isRegexSpace(text.charAt(from - 1))) {
                from--;
            }
            while (from > 0 && !isRegexSpace(text.charAt(from - 1))) {
                from--;
            }
        }
        return from;
    }

    /** Whether {@code c} is white space as {@code \\s} matches it under {@code UNICODE_CHARACTER_CLASS}. */
    public static boolean isRegexSpace(char c) {
        return (c >= 0x9 && c <= 0xd) || c == 0x85 || ((((1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                | (1 << Character.PARAGRAPH_SEPARATOR)) >> Character.getType(c)) & 1) != 0;
    }

    /**
     * Positions at most {@code before} characters ahead of an occurrence of one of the cue words (in
     * {@code lower}, the lower-cased text): where a match ending in a cue word can start.
     */
    public static boolean[] before(String lower, int before, String... cues) {
        boolean[] near = new boolean[lower.length() + 1];
        for (String cue : cues) {
            for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
                java.util.Arrays.fill(near, Math.max(0, at - before), at + 1, true);
            }
        }
        return near;
    }

    /** Whether a capitalised word starts at {@code i}: an upper-case letter (a code point, so also outside the BMP) not preceded by a letter. */
    public static boolean wordStartsCapitalised(String text, int i) {
        return Character.isUpperCase(text.codePointAt(i)) && (i == 0 || !Character.isLetter(text.codePointBefore(i)));
    }

    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
