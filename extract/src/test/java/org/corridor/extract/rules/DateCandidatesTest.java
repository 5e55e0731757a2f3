package org.corridor.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corridor.extract.text.WordIndex;
import org.junit.jupiter.api.Test;

/**
 * The date expressions are tried only at the words a match can start at (see Dates); on any
 * sentence that must find exactly what the expression's own scan finds.
 */
class DateCandidatesTest {
    private static final Map<String, BiFunction<String, WordIndex, List<MatchResult>>> BY_WORDS = Map.of(
            "monthDays", Dates::monthDays, "dayMonths", Dates::dayMonths, "monthsAlone", Dates::monthsAlone,
            "weekdays", Dates::weekdays, "daysLater", Dates::daysLater, "anchoredBefore", Dates::anchoredBefore,
            "anchoredAfter", Dates::anchoredAfter);

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> word = Arbitraries.of("September", "Sept.", "Sep", "sept", "May", "may", "MARCH", "mayo", "Mayo", "de", "del",
                "2", "15", "123", "2025", "2º", "2°", "3rd", "on", "ON", "last", "el", "El", "pasado", "este", "Tuesday", "TUESDAY",
                "martes", "miércoles", "MIÉRCOLES", "miercoles", "ſunday", "FRİDAY", "frıday", "sábado", "night", "por la noche", "in",
                "during", "since", "en", "desde", "early", "mid-", "mid", "late", "that year", "two", "a", "un", "dos", "days", "DAYS",
                "day", "día", "DÍAS", "weeks", "semanas", "later", "after", "ago", "después", "antes", "x", "the", "2025-09-02",
                "Monday2", "5May", "a5", "_", "Ⅻ", ",", ".", "(", "-", "the previous", "prior", "the day", "el", "al", "un", "earlier",
                "siguiente", "anterior", "THE NEXT", "following", "antes", "DESPUÉS");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "\u00a0", "\t", "\n", "", "-", ",", "\u0085", "\u2009");
        return net.jqwik.api.Combinators.combine(word, gap).as((w, g) -> w + g).list().ofMinSize(0).ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 4000)
    void eachExpressionFindsWhatItsOwnScanFinds(@ForAll("dateLike") String sentence) {
        WordIndex words = new WordIndex(sentence);
        for (var e : BY_WORDS.entrySet()) {
            assertThat(spans(e.getValue().apply(sentence, words))).as("%s on \"%s\"", e.getKey(), sentence)
                    .isEqualTo(plainScan(Dates.EXPRESSIONS.get(e.getKey()), sentence));
        }
    }

    @Test
    void theShapesThatStartWordsAwayFromTheirKeyWordAreFound() {
        String sentence = "On 2º de mayo, since mid-March, el pasado martes and two days later, on Tuesday, September 2";
        WordIndex words = new WordIndex(sentence);
        assertThat(Dates.dayMonths(sentence, words)).extracting(MatchResult::group).containsExactly("2º de mayo");
        assertThat(Dates.monthsAlone(sentence, words)).extracting(MatchResult::group).containsExactly("de mayo", "since mid-March");
        assertThat(Dates.weekdays(sentence, words)).extracting(MatchResult::group).containsExactly("el pasado martes", "on Tuesday");
        assertThat(Dates.daysLater(sentence, words)).extracting(MatchResult::group).containsExactly("two days later");
        assertThat(Dates.monthDays(sentence, words)).extracting(MatchResult::group).containsExactly("September 2");
    }

    private static List<String> plainScan(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> spans(List<MatchResult> results) {
        return results.stream().map(r -> r.start() + "-" + r.end()).toList();
    }
}
