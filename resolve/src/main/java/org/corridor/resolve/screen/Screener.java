package org.corridor.resolve.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.corridor.model.UsageException;
import org.corridor.resolve.names.NameAnalyzer;
import org.corridor.resolve.names.NameForm;
import org.corridor.resolve.score.NamesV1;
import org.corridor.resolve.score.PreparedName;
import org.corridor.resolve.score.Qualifiers;
import org.corridor.resolve.score.Score;
import org.corridor.resolve.score.ScoreOptions;

/** Screens names against the index: blocking to the most promising parties, then names-v1 on each one's every name. */
public final class Screener {
    /** Longest query name accepted; a longer one is not a name. */
    public static final int MAX_NAME = 1000;
    /** Parties scored per query, the best by blocking-key rarity. */
    static final int CANDIDATES = 50;

    private final NameIndex index;
    private final NameAnalyzer analyzer;
    private final NamesV1 scorer;
    private final ScoreOptions options;
    private final PreparedName[][] prepared;

    public Screener(NameIndex index, NameAnalyzer analyzer, ScoreOptions options) {
        this.index = index;
        this.analyzer = analyzer;
        this.options = options;
        this.scorer = new NamesV1(options, index::rarity);
        this.prepared = index.listed().stream().map(l -> l.names().stream().map(scorer::prepare).toArray(PreparedName[]::new))
                .toArray(PreparedName[][]::new);
    }

    /** Text in quotes within a name: a nickname ("Joaquín 'El Chapo' Guzmán"). */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "(?:^|(?<=\\s))[\"'\u2018\u201c\u00ab]([^\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]{2,}?)[\"'\u2019\u201d\u00bb](?=\\s|$|[,.;:)])");

    /**
     * The best hits at or above the threshold, best first, each entity once. A name holding a
     * nickname in quotes is also screened without it and as the nickname alone; an entity keeps
     * its best score over the three.
     */
    public List<Hit> screen(String name, Qualifiers qualifiers, int limit) {
        check(name);
        java.util.regex.Matcher m = QUOTED.matcher(name);
        if (!mayQuote(name) || !m.find()) {
            return screenOne(name, qualifiers, limit);
        }
        List<String> variants = new ArrayList<>(List.of(name, m.replaceAll(" ").replaceAll("\\s+", " ").strip()));
        m.reset();
        while (m.find()) {
            variants.add(m.group(1).strip());
        }
        java.util.Map<String, Hit> best = new java.util.LinkedHashMap<>();
        for (String v : variants) {
            if (v.isBlank()) {
                continue;
            }
            for (Hit h : screenOne(v, qualifiers, 0)) {
                best.merge(h.entity().id(), h, (a, b) -> b.score().value() > a.score().value() ? b : a);
            }
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score().value()).thenComparing(h -> h.entity().id()));
        return limit > 0 && hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /** Whether a quote opens anywhere: quotes inside words are apostrophes (O'Brien, AL-QA'IDA), not nicknames. */
    private static boolean mayQuote(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u2018' || c == '\u00ab' || c == '\'' && (i == 0 || name.charAt(i - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private List<Hit> screenOne(String name, Qualifiers qualifiers, int limit) {
        NameForm form = analyzer.analyze(name);
        PreparedName query = scorer.prepareQuery(form);
        List<Hit> hits = new ArrayList<>();
        for (int position : index.candidatePositions(form, CANDIDATES)) {
            Listed candidate = index.listed().get(position);
            PreparedName best = null;
            double bestValue = -1;
            for (PreparedName p : prepared[position]) {
                double v = scorer.value(query, qualifiers, p, candidate.qualifiers());
                if (v > bestValue) {
                    bestValue = v;
                    best = p;
                }
            }
            if (best != null && bestValue >= options.threshold()) {
                hits.add(new Hit(candidate, best.original(), scorer.score(query, qualifiers, best, candidate.qualifiers())));
            }
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score().value()).thenComparing(h -> h.entity().id()));
        return limit > 0 && hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /** The name, or a usage error when it is empty or too long to be a name. */
    public static String check(String name) {
        if (name == null || name.isBlank()) {
            throw new UsageException("an empty name cannot be screened; give the name to look for");
        }
        if (name.length() > MAX_NAME) {
            throw new UsageException("a name of " + name.length() + " characters is too long to screen (at most " + MAX_NAME
                    + "); give the name alone, not a document");
        }
        return name;
    }

    static String normaliseIdentifier(String raw) {
        return raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
