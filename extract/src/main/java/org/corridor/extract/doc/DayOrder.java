package org.corridor.extract.doc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Language;

/**
 * Which number comes first in a page's all-numeric date where either could be the month ("10/09/2024"), told as a reader
 * tells it from the page itself: Spanish-language pages write the day first, as everyone outside the United States does;
 * an English page writes it the way its spelling says it was edited, British and Commonwealth spelling ("tonnes",
 * "neighbouring", "defence", "organised") with the day first, American spelling ("neighboring", "defense", "traveled") with
 * the month first. Names keep the spelling of whoever named them ("Operations Centre", "Department of Defense"), so only
 * words in lower case, or opening a sentence, count. A page that shows neither, or both equally, is left undecided.
 */
public final class DayOrder {
    /** The day first, the month first, or neither. */
    public enum Order { DAY_FIRST, MONTH_FIRST, UNDECIDED }

    private static final String BRITISH = "neighbour\\p{L}*|behaviour\\p{L}*|favour\\p{L}*|colour\\p{L}*|harbour\\p{L}*|honour\\p{L}*"
            + "|rumour\\p{L}*|tonnes?|kilometres?|metres?|litres?|programmes?|defence|offences?|travell(?:ed|ing|ers?)|jewellery|cheques?"
            + "|whilst|organis(?:e|ed|es|ing|ation|ations)|recognis(?:e|ed|es|ing)|criticis(?:e|ed|es|ing)|authoris(?:e|ed|es|ing|ation)"
            + "|realis(?:e|ed|es|ing)|apologis(?:e|ed|es|ing)|analys(?:ed|ing)|mobilis(?:e|ed|ing)|centres?";
    private static final String AMERICAN = "neighbor\\p{L}*|behavior\\p{L}*|favor\\p{L}*|color\\p{L}*|harbor\\p{L}*|honor\\p{L}*"
            + "|rumor\\p{L}*|kilometers?|meters?|liters?|defense|offenses?|travel(?:ed|ing|er|ers)|jewelry|centers?";
    private static final Pattern MARKER = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?i:(" + BRITISH + ")|(" + AMERICAN + "))(?![\\p{L}\\p{N}-])");
    /** Where a capitalised marker opens a sentence or a line: the characters before it. */
    private static final Pattern OPENING = Pattern.compile("(?:\\n|[.!?][\"')]?\\s{1,3})$");

    private DayOrder() {
    }

    public static Order of(String text) {
        if (LanguageGuess.of(text) == Language.ES) {
            return Order.DAY_FIRST;
        }
        int british = 0;
        int american = 0;
        String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        Matcher m = MARKER.matcher(head);
        while (m.find()) {
            if (!Character.isLowerCase(head.charAt(m.start())) && m.start() > 0
                    && !OPENING.matcher(head.substring(Math.max(0, m.start() - 5), m.start())).find()) {
                continue; // "Maritime Analysis and Operations Centre": a name, spelt as its owners spell it
            }
            if (m.group(1) != null) {
                british++;
            } else {
                american++;
            }
        }
        return british > american ? Order.DAY_FIRST : american > british ? Order.MONTH_FIRST : Order.UNDECIDED;
    }
}
