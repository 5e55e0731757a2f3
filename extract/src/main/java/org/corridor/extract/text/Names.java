package org.corridor.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Keys of names seen lately on this thread: linking asks for the same few dozen names' keys many times per document. */
    private static final ThreadLocal<Map<String, List<String>>> RECENT_KEYS = ThreadLocal.withInitial(HashMap::new);
    private static final int RECENT_LIMIT = 4096;

    /** A token's key: accents and dots dropped, lower case. */
    public static String fold(String token) {
        char[] out = null;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0x80) {
                return foldUnicode(token);
            }
            if (c == '.' || c == ' ' || (c >= 'A' && c <= 'Z')) {
                out = out == null ? token.toCharArray() : out;
            }
        }
        if (out == null) {
            return token;
        }
        StringBuilder b = new StringBuilder(out.length);
        for (char c : out) {
            if (c != '.' && c != ' ') {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return b.toString();
    }

    private static String foldUnicode(String token) {
        String s = MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
        return s.replace(".", "").replace(" ", "").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /** The folded keys of a name's tokens (an unmodifiable list). */
    public static List<String> keys(String name) {
        Map<String, List<String>> recent = RECENT_KEYS.get();
        List<String> known = recent.get(name);
        if (known != null) {
            return known;
        }
        List<String> keys = new ArrayList<>();
        for (Span t : Tokens.of(name, 0, name.length())) {
            keys.add(fold(t.of(name)));
        }
        if (recent.size() >= RECENT_LIMIT) {
            recent.clear();
        }
        List<String> result = List.copyOf(keys);
        recent.put(name, result);
        return result;
    }

    /** The tokens of a text with their spans (offset added). */
    public static List<Span> tokens(String text, int from, int to) {
        return Tokens.of(text, from, to);
    }

    private static final Pattern QUOTED = Pattern.compile("['‘\"“«][^'’\"”»]{1,40}['’\"”»]");

    /** The keys of a person's name without a nickname in quotes: "Joaquín 'El Chapo' Guzmán" gives joaquin, guzman. */
    public static List<String> personKeys(String name) {
        return keys(name.indexOf('\'') < 0 && name.indexOf('"') < 0 && name.indexOf('‘') < 0 && name.indexOf('“') < 0
                && name.indexOf('«') < 0 ? name : QUOTED.matcher(name).replaceAll(" "));
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
