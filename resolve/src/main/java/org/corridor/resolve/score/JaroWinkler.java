package org.corridor.resolve.score;

/**
 * Jaro–Winkler similarity (Winkler 1990: prefix scale 0.1 over at most four characters, on top of
 * Jaro's matches within half the longer length and transpositions). Our own kernel because it is
 * the hot path of screening: commons-text's generic version took 60% of screening time (see
 * docs/benchmarks.md); this one works on the strings' chars with two small reusable flag arrays,
 * and gives the same values (tested against commons-text).
 */
final class JaroWinkler {
    private static final ThreadLocal<boolean[][]> FLAGS = ThreadLocal.withInitial(() -> new boolean[][] {new boolean[64], new boolean[64]});

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0;
        }
        String s = la <= lb ? a : b;
        String l = la <= lb ? b : a;
        int ls = s.length();
        int ll = l.length();
        int range = Math.max(ll / 2 - 1, 0);
        boolean[][] flags = FLAGS.get();
        if (flags[0].length < ll) {
            flags[0] = new boolean[ll * 2];
            flags[1] = new boolean[ll * 2];
        }
        boolean[] sFlags = flags[0];
        boolean[] lFlags = flags[1];
        java.util.Arrays.fill(sFlags, 0, ls, false);
        java.util.Arrays.fill(lFlags, 0, ll, false);
        int matches = 0;
        for (int i = 0; i < ls; i++) {
            char c = s.charAt(i);
            int from = Math.max(0, i - range);
            int to = Math.min(i + range + 1, ll);
            for (int j = from; j < to; j++) {
                if (!lFlags[j] && l.charAt(j) == c) {
                    sFlags[i] = true;
                    lFlags[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < ls; i++) {
            if (sFlags[i]) {
                while (!lFlags[j]) {
                    j++;
                }
                if (s.charAt(i) != l.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / ls + m / ll + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, ls) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
    }
}
