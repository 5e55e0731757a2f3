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

    /** @param rarity the inverse document frequency of a token, as the name index knows it */
    public NamesV1(ScoreOptions options, ToDoubleFunction<String> rarity) {
        this.options = options;
        this.rarity = rarity;
    }

    public Score score(NameForm query, Qualifiers q, NameForm candidate, Qualifiers c) {
        return score(query, q, candidate, c, true);
    }

    /** The score alone, without building its explanation: for ranking many candidates. */
    public double value(NameForm query, Qualifiers q, NameForm candidate, Qualifiers c) {
        return score(query, q, candidate, c, false).value();
    }

    private Score score(NameForm query, Qualifiers q, NameForm candidate, Qualifiers c, boolean explain) {
        List<Feature> features = explain ? new ArrayList<>() : NO_FEATURES;
        double value = nameScore(query, candidate, features);
        value = qualify(value, q, c, features);
        return new Score(NAME, Math.max(0, Math.min(1, value)), explain ? List.copyOf(features) : List.of());
    }

    private double nameScore(NameForm query, NameForm candidate, List<Feature> features) {
        String single = query.asSingleWord();
        if (single != null && single.length() >= 2 && candidate.tokens().size() >= 2 && candidate.acronyms().contains(single)) {
            features.add(new Feature("acronym", query.original(), candidate.original(), 1, options.acronymScore()));
            return options.acronymScore();
        }
        double matched = 0;
        double total = 0;
        int identityWords = 0;
        int identityFound = 0;
        boolean[] used = new boolean[candidate.tokens().size()];
        for (Token t : query.tokens()) {
            double w = weight(t);
            int best = -1;
            double bestSim = 0;
            for (int j = 0; j < candidate.tokens().size(); j++) {
                double s = used[j] ? 0 : similarity(t, candidate.tokens().get(j));
                if (s > bestSim) {
                    bestSim = s;
                    best = j;
                }
            }
            boolean identity = t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER;
            identityWords += identity ? 1 : 0;
            identityFound += identity && bestSim >= options.phoneticMatch() ? 1 : 0;
            if (best >= 0) {
                double cw = weight(candidate.tokens().get(best));
                used[best] = true;
                matched += bestSim * (w + cw);
                total += w + cw;
                features.add(new Feature(bestSim == 1 ? "same word" : "similar word", t.text(), candidate.tokens().get(best).text(),
                        bestSim, w + cw));
            } else {
                total += w;
                features.add(new Feature("unmatched query word", t.text(), "", 0, w));
            }
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                double w = weight(candidate.tokens().get(j));
                total += w;
                features.add(new Feature("unmatched listed word", "", candidate.tokens().get(j).text(), 0, w));
            }
        }
        double score = total == 0 ? 0 : matched / total;
        long listedIdentity = candidate.tokens().stream()
                .filter(t -> t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER).count();
        if (identityWords >= 2 && identityFound == identityWords && identityFound * 2 >= listedIdentity
                && score < options.containedScore()) {
            features.add(new Feature("every query word found", query.original(), candidate.original(), 1, options.containedScore()));
            return options.containedScore();
        }
        return score;
    }

    private double similarity(Token a, Token b) {
        if (a.text().equals(b.text())) {
            return 1;
        }
        if (a.kind() == Token.Kind.NUMBER || b.kind() == Token.Kind.NUMBER) {
            return 0;
        }
        // a shared key alone is too coarse ("luch", "leko"): the spellings must also be alike
        if (a.phonetic().equals(b.phonetic()) && JaroWinkler.similarity(a.spelling(), b.spelling()) >= PHONETIC_SPELLING) {
            return options.phoneticMatch();
        }
        int shorter = Math.min(a.text().length(), b.text().length());
        int longer = Math.max(a.text().length(), b.text().length());
        if (shorter < 4 || shorter * 4 < longer * 3) {
            return 0;
        }
        double jw = JaroWinkler.similarity(a.text(), b.text());
        return jw >= options.typoFloor() ? jw * options.phoneticMatch() : 0;
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
        if (!intersect(q.identifiers(), c.identifiers()).isEmpty()) {
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
            boolean shared = !intersect(q.countries(), c.countries()).isEmpty();
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

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
