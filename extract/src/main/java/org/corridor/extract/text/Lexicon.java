package org.corridor.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Given names, ordinary English and Spanish words and English proper nouns, folded as document text is, from the lists
 * under {@code org/corridor/extract/lexicon} (CoreNLP's first-name list with Datafaker's Spanish-speaking countries'
 * given names, Debian's wamerican and myspell-es; sources and licences in the README there). Loaded once, on first use.
 */
public final class Lexicon {
    private static final String DIR = "/org/corridor/extract/lexicon/";

    private static final class Holder {
        static final Lexicon STANDARD = new Lexicon(union(load("given-names.txt.gz"),
                load("given-names-es.txt.gz")), union(load("ordinary-words-en.txt.gz"),
                load("ordinary-words-es.txt.gz")), () -> ProperNouns.EN);
    }

    /** Asked only of a list's few one-word company names, so loaded on its own, when first asked. */
    private static final class ProperNouns {
        static final Set<String> EN = load("proper-nouns-en.txt.gz");
    }

    private final Set<String> givenNames;
    private final Set<String> ordinaryWords;
    private final java.util.function.Supplier<Set<String>> properNouns;

    public Lexicon(Set<String> givenNames, Set<String> ordinaryWords) {
        this(givenNames, ordinaryWords, Set::of);
    }

    public Lexicon(Set<String> givenNames, Set<String> ordinaryWords, java.util.function.Supplier<Set<String>> properNouns) {
        this.givenNames = givenNames;
        this.ordinaryWords = ordinaryWords;
        this.properNouns = properNouns;
    }

    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    /** Whether the folded key is a given name ("nicolas", "daniel"). */
    public boolean givenName(String key) {
        return givenNames.contains(key);
    }

    /** Whether the folded key is an ordinary word of English or Spanish ("mayo", "typhoon", "tifon"). */
    public boolean ordinaryWord(String key) {
        return ordinaryWords.contains(key);
    }

    /** Whether the folded key is an English proper noun: a place, a famous name or a brand ("arizona", "galapagos"). */
    public boolean properNoun(String key) {
        return properNouns.get().contains(key);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> load(String file) {
        InputStream raw = Lexicon.class.getResourceAsStream(DIR + file);
        if (raw == null) {
            throw new IllegalStateException(file + " is missing from the extract jar; rebuild Corridor");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String key = Names.fold(line.strip());
                if (!key.isEmpty()) {
                    words.add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " failed", e);
        }
        return words;
    }
}
