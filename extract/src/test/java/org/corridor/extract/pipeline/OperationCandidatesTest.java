package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corridor.extract.text.Cues;
import org.junit.jupiter.api.Test;

/** Operation triggers and the hypothetical test, tried only near their cue words, find what a plain scan finds. */
class OperationCandidatesTest {
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> word = Arbitraries.of("military strike", "MISSILE STRIKES", "drone", "strike", "ſtrike", "struck", "bombed",
                "ataque letal", "atacaron", "destroyed a vessel", "raided", "operativo", "allanaron", "seized", "incautaron",
                "aseguraron que", "aseguraron", "arrested", "recaptured", "taken into custody", "detuvieron", "capturado", "extradited",
                "sent", "to the United States", "a Estados Unidos", "fueron enviados", "envía", "entregó", "trasladado a", "reward",
                "recompensas", "threatened to", "could", "would", "plans to", "va a", "lead to", "for the", "tras la", "amenazó con",
                "the", "a", "said", "x", "_", "(could", "5", ",", ".", "Ⅻ", "İSTANBUL", "interceptó", "abordaron", "boarded");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "\u00a0", "\t", "", ",", "\u0085", "\u2009", "\n");
        return Combinators.combine(word, gap).as((w, g) -> w + g).list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 4000)
    void triggersFindWhatAPlainScanFinds(@ForAll("newsLike") String s) {
        String lower = Cues.lower(s);
        for (String type : OperationStage.TRIGGERS.keySet()) {
            Matcher m = OperationStage.TRIGGERS.get(type).matcher(s);
            String expected = m.find() ? m.start() + "-" + m.end() : "none";
            MatchResult r = OperationStage.trigger(type, s, lower);
            assertThat(r == null ? "none" : r.start() + "-" + r.end()).as("%s in \"%s\"", type, s).isEqualTo(expected);
            if (!expected.equals("none")) {
                assertThat(Cues.any(lower, OperationStage.TRIGGER_CUES.get(type))).as("cue words of %s in \"%s\"", type, s).isTrue();
            }
        }
    }

    @Property(tries = 4000)
    void theHypotheticalTestAgreesWithAPlainScan(@ForAll("newsLike") String before) {
        assertThat(OperationStage.hypothetical(before)).as("\"%s\"", before)
                .isEqualTo(OperationStage.HYPOTHETICAL.pattern().matcher(before).find());
    }

    @Test
    void aTriggerElevenCharactersBeforeItsCueIsFound() {
        String s = "He was taken into custody on Monday.";
        assertThat(OperationStage.trigger("arrest", s, Cues.lower(s)).group(1)).isEqualTo("taken into custody");
        assertThat(OperationStage.hypothetical("The navy said it could soon ")).isTrue();
        assertThat(OperationStage.hypothetical("The navy said on Monday that ")).isFalse();
    }
}
