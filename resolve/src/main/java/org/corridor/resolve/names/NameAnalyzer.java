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
 * Turns a name into tokens: any script transliterated to Latin and then to ASCII (ICU; Cyrillic by the
 * BGN/PCGN romanisation sanctions lists use, so "Захаров" is "zakharov"), case and
 * accents folded, split on anything that is not a letter or digit (so "MS-13" is "ms" "13" and
 * "Calle 18" is "calle" "18"), each token classed as a word, number, organisation word or
 * particle. OFAC's "LAST, First" order needs no special case: tokens are compared as a bag.
 * Thread-safe: ICU transliterators are not, so each thread has its own.
 */
public final class NameAnalyzer {
    private static final Pattern INITIALS = Pattern.compile("(?<![a-z])(?:[a-z]\\.){2,}");
    /** Apostrophes and soft-sign marks join, not split: "O'Brien" is "obrien", "Yur'yevich" is "yuryevich". */
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02b9\u02bc`]");
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "dos", "das",
            "di", "van", "von", "der", "of", "the", "and", "et", "al", "le", "du", "des");
    static final Set<String> ORG_WORDS = Set.copyOf(List.of("cartel", "carteles", "clan", "organizacion", "organization", "organisation",
            "group", "grupo", "gang", "company", "compania", "co", "corp", "corporation", "inc", "incorporated", "llc", "ltd",
            "ltda", "limited", "sa", "s", "a", "cv", "rl", "srl", "sas", "sociedad", "anonima", "capital", "variable",
            "international", "internacional", "holding", "holdings", "enterprises", "empresa", "family", "familia", "faction",
            "network", "red", "banda", "mara", "trust", "fundacion", "foundation", "association", "asociacion",
            "trading", "trade", "liability", "services", "service", "servicios", "industries", "industrial", "import", "export",
            "general", "center", "centre", "enterprise", "shipping", "investment", "investments", "inversiones", "development",
            "construction", "construcciones", "technology", "technologies", "solutions", "engineering", "logistics",
            "commercial", "comercial", "comercializadora", "sociedade", "gmbh", "ag", "bv", "jsc", "ojsc", "pjsc", "ooo",
            "zao", "oao", "fze", "fzco", "fzc", "dmcc", "sdn", "bhd", "pte", "pvt", "plc", "sarl", "sas", "spa", "srl", "eirl"));

    public NameForm analyze(String name) {
        return analyze(name, isAscii(name) ? name : LATIN.get().transliterate(name));
    }

    /** As {@link #analyze}, always through ICU: what the ASCII fast path must equal (tested). */
    NameForm analyzeThroughIcu(String name) {
        return analyze(name, LATIN.get().transliterate(name));
    }

    /** ICU's chain leaves ASCII as it is, and costs a tenth of screening time, so ASCII names skip it. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private NameForm analyze(String name, String transliterated) {
        String latin = joinInitials(APOSTROPHES.matcher(transliterated).replaceAll("").toLowerCase(Locale.ROOT));
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
            String digits = text.replaceFirst("^0+(?=\\d)", "");
            return new Token(digits, digits, digits, Token.Kind.NUMBER);
        }
        Token.Kind kind = PARTICLES.contains(text) ? Token.Kind.PARTICLE
                : ORG_WORDS.contains(text) ? Token.Kind.ORG_WORD : Token.Kind.WORD;
        return new Token(text, Phonetic.key(text), Phonetic.normalise(text), kind);
    }

    /** Initials of the name with and without particles, when there are three or more (two letters say too little). */
    private static List<String> acronyms(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        StringBuilder noParticles = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.NUMBER) {
                continue;
            }
            all.append(t.text().charAt(0));
            if (t.kind() != Token.Kind.PARTICLE) {
                noParticles.append(t.text().charAt(0));
            }
        }
        for (StringBuilder s : List.of(noParticles, all)) {
            if (s.length() >= 3) {
                out.add(s.toString());
            }
        }
        return List.copyOf(out);
    }
}
