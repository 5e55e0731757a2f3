package org.corridor.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens and folded keys of names as they are written in running text. */
public final class Names {
    /** Abbreviations with dots (U.S., EE.UU.), words with inner apostrophes or hyphens, numbers. */
    public static final Pattern TOKEN = Pattern.compile("\\p{L}{1,2}\\.(?:\\s?\\p{L}{1,2}\\.)+|[\\p{L}\\p{N}]+(?:['’](?![sS]\\b)[\\p{L}\\p{N}]+|-[\\p{L}\\p{N}]+)*");
    public static final Set<String> FUNCTION_WORDS = Set.of("de", "del", "la", "las", "el", "los", "y", "e", "of", "the", "and",
            "for", "da", "do", "dos", "van", "von", "en", "a", "al");

    private Names() {
    }

    /** A token's key: accents and dots dropped, lower case. */
    public static String fold(String token) {
        String s = Normalizer.normalize(token, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replace(".", "").replace(" ", "").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /** The folded keys of a name's tokens. */
    public static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        Matcher m = TOKEN.matcher(name);
        while (m.find()) {
            keys.add(fold(m.group()));
        }
        return keys;
    }

    /** The tokens of a text with their spans (offset added). */
    public static List<Span> tokens(String text, int from, int to) {
        List<Span> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new Span(m.start(), m.end()));
        }
        return tokens;
    }

    private static final Pattern QUOTED = Pattern.compile("['‘\"“«][^'’\"”»]{1,40}['’\"”»]");

    /** The keys of a person's name without a nickname in quotes: "Joaquín 'El Chapo' Guzmán" gives joaquin, guzman. */
    public static List<String> personKeys(String name) {
        return keys(QUOTED.matcher(name).replaceAll(" "));
    }

    /** The name folded as a whole: tokens' keys joined by spaces. */
    public static String key(String name) {
        return String.join(" ", keys(name));
    }

    public static boolean capitalised(String token) {
        int c = token.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    public static boolean allCaps(String token) {
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
