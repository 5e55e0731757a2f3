package org.corridor.resolve.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a name into tokens: any script transliterated to Latin and then to ASCII (ICU), case and
 * accents folded, split on anything that is not a letter or digit (so "MS-13" is "ms" "13" and
 * "Calle 18" is "calle" "18"), each token classed as a word, number, organisation word or
 * particle. OFAC's "LAST, First" order needs no special case: tokens are compared as a bag.
 * Thread-safe: ICU transliterators are not, so each thread has its own.
 */
public final class NameAnalyzer {
    private static final Pattern INITIALS = Pattern.compile("(?<![a-z])(?:[a-z]\\.\\s?){2,}");
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "dos", "das",
            "di", "van", "von", "der", "of", "the", "and", "et", "al", "le", "du", "des");
    static final Set<String> ORG_WORDS = Set.of("cartel", "carteles", "clan", "organizacion", "organization", "organisation",
            "group", "grupo", "gang", "company", "compania", "co", "corp", "corporation", "inc", "incorporated", "llc", "ltd",
            "ltda", "limited", "sa", "s", "a", "cv", "rl", "srl", "sas", "sociedad", "anonima", "capital", "variable",
            "international", "internacional", "holding", "holdings", "enterprises", "empresa", "family", "familia", "faction",
            "network", "red", "banda", "mara", "trust", "fundacion", "foundation", "association", "asociacion");

    public NameForm analyze(String name) {
        String latin = joinInitials(LATIN.get().transliterate(name).toLowerCase(Locale.ROOT));
        List<Token> tokens = new ArrayList<>();
        for (String part : latin.split("[^a-z0-9]+")) {
            if (!part.isEmpty()) {
                tokens.addAll(split(part));
            }
        }
        return new NameForm(name, List.copyOf(tokens), acronyms(tokens));
    }

    /** Dotted initials become one word: "s.a. de c.v." is "sa de cv", "u.s.a." is "usa". */
    private static String joinInitials(String text) {
        Matcher m = INITIALS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().replaceAll("[^a-z]", "") + " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Letters and digits run together ("ms13", "calle18") are two tokens. */
    private static List<Token> split(String part) {
        List<Token> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= part.length(); i++) {
            if (i == part.length() || Character.isDigit(part.charAt(i)) != Character.isDigit(part.charAt(i - 1))) {
                out.add(token(part.substring(start, i)));
                start = i;
            }
        }
        return out;
    }

    static Token token(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return new Token(text.replaceFirst("^0+(?=\\d)", ""), text, Token.Kind.NUMBER);
        }
        Token.Kind kind = PARTICLES.contains(text) ? Token.Kind.PARTICLE
                : ORG_WORDS.contains(text) ? Token.Kind.ORG_WORD : Token.Kind.WORD;
        return new Token(text, Phonetic.key(text), kind);
    }

    private static List<String> acronyms(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        StringBuilder noParticles = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (Token t : tokens) {
            char initial = t.kind() == Token.Kind.NUMBER ? 0 : t.text().charAt(0);
            if (initial == 0) {
                continue;
            }
            all.append(initial);
            if (t.kind() != Token.Kind.PARTICLE) {
                noParticles.append(initial);
            }
            if (t.kind() == Token.Kind.WORD) {
                words.append(initial);
            }
        }
        for (StringBuilder s : List.of(noParticles, all, words)) {
            if (s.length() >= 2 && tokens.size() >= 2) {
                out.add(s.toString());
            }
        }
        return List.copyOf(out);
    }
}
