package org.corridor.resolve.score;

import org.corridor.resolve.names.NameForm;
import org.corridor.resolve.names.Token;

/**
 * A name made ready for scoring many times: each token's weight (its kind times its rarity),
 * the count of identity-bearing tokens, and each token's letter counts, which bound Jaro–Winkler
 * from above so most hopeless word pairs are never compared in full. Made by {@link NamesV1#prepare}.
 */
public final class PreparedName {
    /** Letter counts per token: a-z, then 0-9, then everything else. */
    static final int BINS = 37;

    final NameForm form;
    final Token[] tokens;
    final double[] weights;
    final byte[][] letters;
    final long[] masks;
    /** Per token: its word's number, its phonetic key's number, its length, first letter, whether a number. */
    final int[] textIds;
    final int[] phoneticIds;
    final int[] lengths;
    final char[] firsts;
    final boolean[] numbers;
    final int identityWords;
    /** Whether any token is a number. */
    final boolean hasNumber;

    PreparedName(NameForm form, double[] weights, int[] textIds, int[] phoneticIds) {
        this.form = form;
        this.tokens = form.tokens().toArray(Token[]::new);
        this.weights = weights;
        this.textIds = textIds;
        this.phoneticIds = phoneticIds;
        this.lengths = new int[tokens.length];
        this.firsts = new char[tokens.length];
        this.numbers = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lengths[i] = tokens[i].text().length();
            firsts[i] = tokens[i].text().charAt(0);
            numbers[i] = tokens[i].kind() == Token.Kind.NUMBER;
        }
        this.letters = new byte[tokens.length][];
        this.masks = new long[tokens.length];
        int identity = 0;
        for (int i = 0; i < tokens.length; i++) {
            letters[i] = histogram(tokens[i].text());
            for (int b = 0; b < BINS; b++) {
                masks[i] |= letters[i][b] > 0 ? 1L << b : 0;
            }
            identity += isIdentity(tokens[i]) ? 1 : 0;
        }
        this.identityWords = identity;
        boolean number = false;
        for (Token t : tokens) {
            number |= t.kind() == Token.Kind.NUMBER;
        }
        this.hasNumber = number;
    }

    public NameForm form() {
        return form;
    }

    public String original() {
        return form.original();
    }

    /** Words that carry identity: not organisation words or particles. */
    public int identityWords() {
        return identityWords;
    }

    static boolean isIdentity(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER;
    }

    private static byte[] histogram(String text) {
        byte[] h = new byte[BINS];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int bin = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36;
            if (h[bin] < Byte.MAX_VALUE) {
                h[bin]++;
            }
        }
        return h;
    }

    /** Most characters two tokens can have in common, whatever their order: a bound on Jaro matches. */
    static int commonBound(byte[] a, byte[] b) {
        int m = 0;
        for (int i = 0; i < BINS; i++) {
            m += Math.min(a[i], b[i]);
        }
        return m;
    }
}
