package org.corridor.extract.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a text, for choosing where a rule's expression is worth trying: a word is a
 * maximal run of letters or a maximal run of digits ("2º" is the number "2" and the word "º"),
 * keyed by its letters folded as case-insensitive Unicode matching compares them (upper-cased,
 * then lower-cased, so "ſ" is "s" and "İ" is "i"). An expression that starts at a given word,
 * or a few words before one, is then tried only there; see {@link Cues#findAt(java.util.regex.Pattern, String, BitSet)}.
 */
public final class WordIndex {
    private final int length;
    private final int[] starts;
    private final String[] keys;

    public WordIndex(String text) {
        length = text.length();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c);
            if (!letter && !Character.isDigit(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (letter ? Character.isLetter(text.charAt(end)) : Character.isDigit(text.charAt(end)))) {
                end++;
            }
            spans.add(new int[] {i, end});
            i = end;
        }
        starts = new int[spans.size()];
        keys = new String[spans.size()];
        for (int w = 0; w < spans.size(); w++) {
            starts[w] = spans.get(w)[0];
            keys[w] = fold(text, starts[w], spans.get(w)[1]);
        }
    }

    /** The word's letters as case-insensitive matching compares them. */
    static String fold(String text, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            chars[i - from] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(chars);
    }

    public int size() {
        return starts.length;
    }

    public int start(int word) {
        return starts[word];
    }

    public String key(int word) {
        return keys[word];
    }

    public boolean isNumber(int word) {
        return Character.isDigit(keys[word].charAt(0));
    }

    /** Where each word whose key is one of {@code keys} starts, and where each of the {@code before} words ahead of it starts. */
    public BitSet startsOf(Set<String> keys, int before) {
        BitSet at = new BitSet(length);
        for (int w = 0; w < this.keys.length; w++) {
            if (keys.contains(this.keys[w])) {
                for (int b = Math.max(0, w - before); b <= w; b++) {
                    at.set(starts[b]);
                }
            }
        }
        return at;
    }

    /** Where each number starts (or each word, with {@code numbersOnly} false) that has a word of {@code keys} among the {@code within} words after it. */
    public BitSet startsBefore(Set<String> keys, int within, boolean numbersOnly) {
        BitSet at = new BitSet(length);
        for (int w = 0; w < this.keys.length; w++) {
            if (keys.contains(this.keys[w])) {
                for (int b = Math.max(0, w - within); b < w; b++) {
                    if (!numbersOnly || isNumber(b)) {
                        at.set(starts[b]);
                    }
                }
            }
        }
        return at;
    }

    /** Where each number starts and each word of {@code keys} starts. */
    public BitSet numbersAnd(Set<String> keys) {
        BitSet at = new BitSet(length);
        for (int w = 0; w < this.keys.length; w++) {
            if (isNumber(w) || keys.contains(this.keys[w])) {
                at.set(starts[w]);
            }
        }
        return at;
    }
}
