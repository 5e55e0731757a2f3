package org.corridor.resolve.names;

/**
 * A phonetic key that treats the spellings Spanish and English names share as one: b/v, c/k/q
 * before a hard vowel, c/s/z before e and i, ll/y, silent h, ph/f, gu/gü before e and i as g,
 * j/g before e and i, doubled letters, and vowels dropped after the first letter; and the ways one
 * Cyrillic or Arabic letter is romanised (initial ye/e, dzh/dj/j, kh/h, ks/x, w/v). "Guzmán" and
 * "Gusman", "Villa" and "Biya", "Chapo" and "Shapo" share keys; "Zambada" and "Sambada" do too.
 */
public final class Phonetic {
    private Phonetic() {
    }

    public static String key(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        return collapse(normalise(word));
    }

    /** The spelling with each sound written one way, vowels kept: what two romanisations share. */
    public static String normalise(String word) {
        String w = word;
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        // romanisations of one Cyrillic or Arabic letter first: initial ye/e (Yevgeny, Evgeny), dzh/dj/j, kh/h, ks/x, w/v
        if (w.startsWith("ye") && w.length() > 3) {
            w = w.substring(1);
        }
        w = w.replace("dzh", "j").replace("dj", "j").replace("kh", "h").replace("cks", "x").replace("ks", "x")
                .replace("tch", "ch").replace("sch", "sh").replace('w', 'v');
        w = w.replace("ph", "f").replace("sh", "ch").replace("ll", "y").replace("qu", "k").replace("gue", "ge")
                .replace("gui", "gi").replace("ce", "se").replace("ci", "si").replace("ge", "je").replace("gi", "ji")
                .replace('z', 's').replace('v', 'b').replace("ck", "k").replace('c', 'k').replace('q', 'k')
                .replace('x', 'j');
        if (w.startsWith("h")) {
            w = w.substring(1);
        }
        return w.replace("h", "");
    }

    private static String collapse(String w) {
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiouy".indexOf(c) >= 0 && !(c == 'y' && i + 1 < w.length() && "aeiou".indexOf(w.charAt(i + 1)) >= 0);
            if (c == previous || (vowel && out.length() > 0)) {
                previous = c;
                continue;
            }
            out.append(vowel && out.length() > 0 ? 'a' : c);
            previous = c;
        }
        return out.toString();
    }
}
