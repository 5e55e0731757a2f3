package org.corridor.resolve.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.corridor.resolve.names.NameForm;
import org.corridor.resolve.names.Token;

/**
 * names-v1: a weighted, symmetric match of the two names' words. Each word weighs its rarity
 * (inverse document frequency over the indexed names) times a factor for its kind, so "Jalisco"
 * counts for more than "cartel" and "de" for almost nothing. Each word is paired with its most
 * similar word on the other side (the same word 1, the same phonetic key 0.9, a close spelling its
 * Jaro–Winkler similarity, numbers only exactly), and the score is the weighted share of both
 * names that found a partner. A query that is the acronym of the listed name scores
 * {@code acronymScore} (not the reverse: a listed "MPC" must not match every M. P. C.); a query of
 * two or more words all found in a listed name at least half made of them scores at least
 * {@code containedScore}. Schema, country, birth date and identifiers then qualify the name score.
 */
public final class NamesV1 {
    public static final String NAME = "names-v1";
    private static final double PHONETIC_SPELLING = 0.7;
    /** Similarity of an initial and a word it could stand for. */
    private static final double INITIAL = 0.8;
    /** Weight left to a query number when the listed name has no number at all. */
    private static final double LONE_NUMBER = 0.25;
    /** Swallows features when no explanation is wanted. */
    private static final List<Feature> NO_FEATURES = new java.util.AbstractList<>() {
        @Override
        public Feature get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean add(Feature f) {
            return true;
        }
    };

    private final ScoreOptions options;
    private final ToDoubleFunction<String> rarity;
    private final Vocabulary words = new Vocabulary();
    private final Vocabulary keys = new Vocabulary();

    /** @param rarity the inverse document frequency of a token, as the name index knows it */
    public NamesV1(ScoreOptions options, ToDoubleFunction<String> rarity) {
        this.options = options;
        this.rarity = rarity;
    }

    /**
     * An indexed name with its token weights worked out once, to be scored against many; its
     * words join the scorer's vocabulary.
     */
    public PreparedName prepare(NameForm name) {
        return prepare(name, true);
    }

    /** A query, prepared the same way, except that its words are only looked up in the vocabulary. */
    public PreparedName prepareQuery(NameForm name) {
        return prepare(name, false);
    }

    private PreparedName prepare(NameForm name, boolean add) {
        int n = name.tokens().size();
        double[] weights = new double[n];
        int[] textIds = new int[n];
        int[] phoneticIds = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = name.tokens().get(i);
            weights[i] = weight(t);
            textIds[i] = add ? words.add(t.text()) : words.find(t.text(), -1 - i);
            phoneticIds[i] = add ? keys.add(t.phonetic()) : keys.find(t.phonetic(), -1 - i);
        }
        return new PreparedName(name, weights, textIds, phoneticIds);
    }

    public Score score(NameForm query, Qualifiers q, NameForm candidate, Qualifiers c) {
        return score(prepare(query), q, prepare(candidate), c);
    }

    public Score score(PreparedName query, Qualifiers q, PreparedName candidate, Qualifiers c) {
        List<Feature> features = new ArrayList<>();
        double value = qualify(nameScore(query, candidate, features), q, c, features);
        return new Score(NAME, Math.max(0, Math.min(1, value)), List.copyOf(features));
    }

    /** The score alone, without building its explanation: for ranking many candidates. */
    public double value(NameForm query, Qualifiers q, NameForm candidate, Qualifiers c) {
        return value(prepare(query), q, prepare(candidate), c);
    }

    public double value(PreparedName query, Qualifiers q, PreparedName candidate, Qualifiers c) {
        double value = qualify(nameScore(query, candidate, NO_FEATURES), q, c, NO_FEATURES);
        return Math.max(0, Math.min(1, value));
    }

    private double nameScore(PreparedName query, PreparedName candidate, List<Feature> features) {
        String single = query.form.asSingleWord();
        Token[] qt = query.tokens;
        Token[] ct = candidate.tokens;
        if (single != null && single.length() >= 2 && ct.length >= 2 && candidate.form.acronyms().contains(single)) {
            features.add(new Feature("acronym", query.original(), candidate.original(), 1, options.acronymScore()));
            return options.acronymScore();
        }
        boolean explain = features != NO_FEATURES;
        double matched = 0;
        double total = 0;
        int identityFound = 0;
        long used = 0;
        boolean wide = ct.length > 64;
        boolean[] usedWide = wide ? new boolean[ct.length] : null;
        for (int i = 0; i < qt.length; i++) {
            Token t = qt[i];
            double w = query.weights[i];
            int best = -1;
            double bestSim = 0;
            for (int j = 0; j < ct.length; j++) {
                if (wide ? usedWide[j] : (used & (1L << j)) != 0) {
                    continue;
                }
                double s = similarity(query, i, candidate, j, bestSim);
                if (s > bestSim) {
                    bestSim = s;
                    best = j;
                    if (s == 1) {
                        break;
                    }
                }
            }
            identityFound += PreparedName.isIdentity(t) && bestSim >= options.phoneticMatch() ? 1 : 0;
            if (best >= 0) {
                double cw = candidate.weights[best];
                if (wide) {
                    usedWide[best] = true;
                } else {
                    used |= 1L << best;
                }
                matched += bestSim * (w + cw);
                total += w + cw;
                if (explain) {
                    features.add(new Feature(bestSim == 1 ? "same word" : "similar word", t.text(), ct[best].text(), bestSim, w + cw));
                }
            } else {
                // a number the listed name has no number to set against ("Mara Salvatrucha 13" and
                // "MARA SALVATRUCHA") says less than one it contradicts ("MS-13" and "MS-18")
                double unmatched = t.kind() == Token.Kind.NUMBER && !candidate.hasNumber ? w * LONE_NUMBER : w;
                total += unmatched;
                if (explain) {
                    features.add(new Feature("unmatched query word", t.text(), "", 0, unmatched));
                }
            }
        }
        for (int j = 0; j < ct.length; j++) {
            if (!(wide ? usedWide[j] : (used & (1L << j)) != 0)) {
                double w = candidate.weights[j];
                total += w;
                if (explain) {
                    features.add(new Feature("unmatched listed word", "", ct[j].text(), 0, w));
                }
            }
        }
        double score = total == 0 ? 0 : matched / total;
        int identityWords = query.identityWords;
        if (identityWords >= 2 && identityFound == identityWords && identityFound * 2 >= candidate.identityWords
                && score < options.containedScore()) {
            features.add(new Feature("every query word found", query.original(), candidate.original(), 1, options.containedScore()));
            return options.containedScore();
        }
        return score;
    }

    /**
     * Similarity of two words, or 0; {@code atLeast} lets a word pair that cannot beat the best
     * found so far be skipped before Jaro–Winkler.
     */
    private double similarity(PreparedName x, int i, PreparedName y, int j, double atLeast) {
        if (x.textIds[i] == y.textIds[j]) {
            return 1;
        }
        if (x.numbers[i] || y.numbers[j]) {
            return 0;
        }
        // a shared key alone is too coarse ("luch", "leko"): the spellings must also be alike
        if (x.phoneticIds[i] == y.phoneticIds[j]
                && JaroWinkler.similarity(x.tokens[i].spelling(), y.tokens[j].spelling()) >= PHONETIC_SPELLING) {
            return options.phoneticMatch();
        }
        int la = x.lengths[i];
        int lb = y.lengths[j];
        int shorter = Math.min(la, lb);
        int longer = Math.max(la, lb);
        if (shorter < 4 || shorter * 4 < longer * 3) {
            // an initial may stand for a word with its first letter ("J. Guzman Loera"), for less than
            // a phonetic match, so it never makes a name count as wholly found
            return shorter == 1 && longer > 1 && x.firsts[i] == y.firsts[j] && x.tokens[i].kind() == Token.Kind.WORD
                    && y.tokens[j].kind() == Token.Kind.WORD ? INITIAL : 0;
        }
        // Jaro with m matches is at most (m/|a| + m/|b| + 1) / 3, and Winkler's prefix adds at most 0.4 of the rest;
        // m is bounded first by the letters each word lacks from the other (one mask test), then by letter counts
        boolean samePrefix = x.firsts[i] == y.firsts[j];
        int m = Math.min(la - Long.bitCount(x.masks[i] & ~y.masks[j]), lb - Long.bitCount(y.masks[j] & ~x.masks[i]));
        if (!possible(m, shorter, longer, samePrefix, atLeast)) {
            return 0;
        }
        m = PreparedName.commonBound(x.letters[i], y.letters[j]);
        if (!possible(m, shorter, longer, samePrefix, atLeast)) {
            return 0;
        }
        double jw = JaroWinkler.similarity(x.tokens[i].text(), y.tokens[j].text());
        return jw >= options.typoFloor() ? jw * options.phoneticMatch() : 0;
    }

    private boolean possible(int m, int shorter, int longer, boolean samePrefix, double atLeast) {
        double jaroBound = (m / (double) shorter + m / (double) longer + 1) / 3;
        double bound = samePrefix ? jaroBound + 0.4 * (1 - jaroBound) : jaroBound;
        return bound >= options.typoFloor() && bound * options.phoneticMatch() > atLeast;
    }

    private double weight(Token t) {
        double kind = switch (t.kind()) {
            case WORD, NUMBER -> 1;
            case ORG_WORD -> options.orgWordWeight();
            case PARTICLE -> options.particleWeight();
        };
        return kind * rarity.applyAsDouble(t.text());
    }

    private double qualify(double value, Qualifiers q, Qualifiers c, List<Feature> features) {
        double v = value;
        if (shares(q.identifiers(), c.identifiers())) {
            features.add(new Feature("same identifier", String.join(",", q.identifiers()), String.join(",", c.identifiers()), 1, 1));
            return 1;
        }
        if (q.uniqueIdConflict(c)) {
            v -= options.idConflict();
            features.add(new Feature("identifier conflict", String.join(",", q.uniqueIds()), String.join(",", c.uniqueIds()), 0,
                    -options.idConflict()));
        }
        if (q.schema() != null && c.schema() != null && conflicting(q.schema(), c.schema())) {
            v *= options.schemaConflict();
            features.add(new Feature("schema conflict", q.schema(), c.schema(), 0, options.schemaConflict()));
        }
        if (!q.countries().isEmpty() && !c.countries().isEmpty()) {
            boolean shared = shares(q.countries(), c.countries());
            if (!shared) {
                v -= options.countryConflict();
            }
            features.add(new Feature(shared ? "same country" : "country conflict", String.join(",", q.countries()),
                    String.join(",", c.countries()), shared ? 1 : 0, shared ? 0 : -options.countryConflict()));
        }
        if (!q.birthDates().isEmpty() && !c.birthDates().isEmpty()) {
            boolean agree = q.birthDates().stream().anyMatch(a -> c.birthDates().stream().anyMatch(b -> sameYear(a, b)));
            v += agree ? options.birthAgreement() : -options.birthConflict();
            features.add(new Feature(agree ? "birth date agrees" : "birth date conflict", String.join(",", q.birthDates()),
                    String.join(",", c.birthDates()), agree ? 1 : 0, agree ? options.birthAgreement() : -options.birthConflict()));
        }
        return v;
    }

    static boolean sameYear(String a, String b) {
        return a.length() >= 4 && b.length() >= 4 && a.substring(0, 4).equals(b.substring(0, 4))
                && (a.length() < 10 || b.length() < 10 || a.substring(0, 10).equals(b.substring(0, 10)));
    }

    /** A person is not an organisation or a vessel; LegalEntity and Thing conflict with nothing. */
    private static boolean conflicting(String a, String b) {
        Set<String> people = Set.of("Person");
        Set<String> neutral = Set.of("LegalEntity", "Thing");
        if (a.equals(b) || neutral.contains(a) || neutral.contains(b)) {
            return false;
        }
        return people.contains(a) != people.contains(b);
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
