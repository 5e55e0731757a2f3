package org.corridor.extract.doc;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Language;

/**
 * Tells English from Spanish by counting each language's commonest function words in the first
 * 20,000 characters. With two candidate languages and news-length texts this is as reliable as a
 * general n-gram detector and needs no model; a text with fewer than five function words of
 * either language is reported as undetermined.
 */
public final class LanguageGuess {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "that", "for", "with",
            "on", "by", "said", "from", "at", "his", "her", "were", "has", "have", "which", "after", "who", "it", "as");
    private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una",
            "por", "con", "para", "fue", "su", "sus", "al", "se", "dijo", "tras", "como", "es", "lo", "según");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageGuess() {
    }

    /** The language, or null when the text has too few function words to tell. */
    public static Language of(String text) {
        Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        int en = 0;
        int es = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (ENGLISH.contains(w)) {
                en++;
            }
            if (SPANISH.contains(w)) {
                es++;
            }
        }
        if (en + es < 5) {
            return null;
        }
        return es > en ? Language.ES : Language.EN;
    }
}
