package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corridor.extract.text.Span;

/** Acronym definitions and appositions found without scanning every position find what a plain scan finds. */
class ScanEquivalenceTest {
    @Provide
    Arbitrary<String> textLike() {
        Arbitrary<String> word = Arbitraries.of("(", ")", "( ", " )", "CJNG", "TdA", "MS-13", "Tren de Aragua", "x", "leader of the group",
                "alias", "\"El Mayo\"", ", ", ",", ".", ". ", "who", "said", "the", "a", "quien es", "U.S.", ";", ":", "AB", "A",
                "abcdefghijkl", "5", "Ⅻ", "é");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", "", "\t", "\n", "  ", "\u00a0", "\u000b");
        return Combinators.combine(word, gap).as((w, g) -> w + g).list().ofMaxSize(14).map(p -> String.join("", p));
    }

    @Property(tries = 4000)
    void acronymDefinitionsAreThoseOfAPlainScan(@ForAll("textLike") String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = AcronymStage.DEFINITION.matcher(text);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end());
        }
        assertThat(AcronymStage.definitions(text).stream().map(r -> r.start() + "-" + r.end()).toList()).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> beforeATrigger() {
        Arbitrary<String> word = Arbitraries.of("off the coast of", "off", "the", "coast", "of", "in", "waters", "en", "la", "el", "las",
                "aguas frente a", "frente", "a", "first", "third", "3rd", "5.", "such", "US", "U.S.", "American", "lethal", "said",
                "according to", "first reported by", "por la agencia", "agencia", "antes de", "since", "early", "con destino a",
                "bound for", "destino", "another", "a second", "otro", "una nueva", "nueva", "this", "dicho", "announced", "dijo",
                "según", "Reuters", "could", "threatened to", "va a", "plans to", "after", "siguieron a", "boats", "small", "x", "(", ",", ".", "-", "within", "Ⅻ", "é", "mañana");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "", "\t", "\n", "  ", "\u00a0", "\u2003", "\u000b");
        return Combinators.combine(word, gap).as((w, g) -> w + g).list().ofMaxSize(16).map(p -> String.join("", p));
    }

    /** Every tail pattern of the operation stage, with the number of runs it is tried over. */
    private static List<org.corridor.extract.text.Cues.TailPattern> tailPatterns() throws IllegalAccessException {
        List<org.corridor.extract.text.Cues.TailPattern> all = new ArrayList<>();
        for (java.lang.reflect.Field f : OperationStage.class.getDeclaredFields()) {
            if (f.getType() == org.corridor.extract.text.Cues.TailPattern.class) {
                f.setAccessible(true);
                all.add((org.corridor.extract.text.Cues.TailPattern) f.get(null));
            }
        }
        return all;
    }

    @Property(tries = 6000)
    void tailPatternsFindWhatAPlainFindFinds(@ForAll("beforeATrigger") String text) throws Exception {
        List<org.corridor.extract.text.Cues.TailPattern> patterns = tailPatterns();
        assertThat(patterns).hasSizeGreaterThanOrEqualTo(10);
        for (org.corridor.extract.text.Cues.TailPattern p : patterns) {
            assertThat(p.findIn(text)).as("%s on \"%s\"", p.pattern(), text).isEqualTo(p.pattern().matcher(text).find());
        }
    }

    @Property(tries = 4000)
    void appositionsAreThoseOfTheTextCutOut(@ForAll("textLike") String text) {
        for (int from = 0; from <= text.length(); from += Math.max(1, text.length() / 5)) {
            int ceiling = Math.max(from, text.length() - text.length() / 7);
            Matcher m = RoleStage.APPOSITION.matcher(text.substring(from, ceiling));
            Span expected = m.find() ? new Span(from + m.start(1), from + m.end(1)) : null;
            assertThat(RoleStage.appositionPhrase(text, from, ceiling)).as("%d-%d of \"%s\"", from, ceiling, text).isEqualTo(expected);
        }
    }
}
