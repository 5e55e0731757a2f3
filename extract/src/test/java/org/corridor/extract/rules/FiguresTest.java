package org.corridor.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void fatalitiesInEitherLanguageAndWordOrder() {
        assertThat(Figures.fatalities("The strike killed 11 people aboard.", 0).orElseThrow().value()).isEqualTo(11);
        assertThat(Figures.fatalities("The boat carried 11 people and two tonnes of cocaine.", 0)).isEmpty();
        assertThat(Figures.fatalities("killing three people, officials said", 0).orElseThrow().value()).isEqualTo(3);
        assertThat(Figures.fatalities("157 people have been killed in the campaign", 0).orElseThrow().value()).isEqualTo(157);
        assertThat(Figures.fatalities("murieron 10 militares y 19 presuntos delincuentes", 0).orElseThrow().value()).isEqualTo(10);
        assertThat(Figures.fatalities("el ataque dejó seis muertos", 0).orElseThrow().value()).isEqualTo(6);
    }

    @Test
    void quantitiesBecomeKilograms() {
        var t = Figures.quantity("police seized 2.5 tonnes of cocaine at the port", 0).orElseThrow();
        assertThat(t.value()).isEqualTo(2500.0);
        assertThat(t.unit()).isEqualTo("cocaine");
        assertThat(Figures.quantity("decomisó 1,8 toneladas de cocaína", 0).orElseThrow().value()).isEqualTo(1800.0);
        assertThat(Figures.quantity("more than 44,000 pounds of cocaine", 0).orElseThrow().value()).isCloseTo(19958.06, org.assertj.core.data.Offset.offset(0.1));
        assertThat(Figures.quantity("incautaron 1.200 kilos de marihuana", 0).orElseThrow().value()).isEqualTo(1200.0);
        assertThat(Figures.quantity("un semisumergible que llevaba más de tres toneladas de cocaína", 0).orElseThrow().value())
                .isEqualTo(3000.0);
        assertThat(Figures.quantity("a boat with one tonne of cocaine", 0).orElseThrow().value()).isEqualTo(1000.0);
        // a wire's conversion in brackets between the weight and the drug
        assertThat(Figures.quantity("police found 860 kg (1,896 lb) of cocaine in a minibus", 0).orElseThrow().value()).isEqualTo(860.0);
        // the Caribbean's word for cannabis
        var ganja = Figures.quantity("Police said 275lbs of ganja were recovered", 0).orElseThrow();
        assertThat(ganja.value()).isCloseTo(124.7, org.assertj.core.data.Offset.offset(0.1));
        assertThat(ganja.unit()).isEqualTo("cannabis");
        assertThat(Figures.quantity("the crew of two were held with the drugs", 0)).isEmpty();
    }

    @Test
    void moneyInDollars() {
        assertThat(Figures.money("a US$50 million reward", 0).orElseThrow().value()).isEqualTo(5e7);
        assertThat(Figures.money("a reward of up to $15 million", 0).orElseThrow().value()).isEqualTo(1.5e7);
        assertThat(Figures.money("una recompensa de 25 millones de dólares", 0).orElseThrow().value()).isEqualTo(2.5e7);
        assertThat(Figures.money("una recompensa de cinco millones de dólares", 0).orElseThrow().value()).isEqualTo(5e6);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> fatalityLike() {
        var word = net.jqwik.api.Arbitraries.of("killing", "KILLED", "kills", "left", "leaving", "death toll of", "matando a", "MATÓ a",
                "murieron", "dejó", "deja", "cobró la vida de", "abatieron a", "at least", "al menos", "three", "THREE", "157", "1,200",
                "1.200", "2.5", "dozens of", "dieciséis", "un", "people", "crew members", "tripulantes", "were", "have been", "dead",
                "died", "muertos", "sin vida", "were killed", "fallecidos", "x", "a5", "5a", "_", "(", ",", "ſeven");
        var gap = net.jqwik.api.Arbitraries.of(" ", " ", "  ", "\u00a0", "\t", "", ",", "-");
        return net.jqwik.api.Combinators.combine(word, gap).as((w, g) -> w + g).list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @net.jqwik.api.Property(tries = 3000)
    void fatalityExpressionsFindWhatAPlainScanFinds(@net.jqwik.api.ForAll("fatalityLike") String s) {
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (java.util.regex.Pattern p : Figures.KILLED) {
            java.util.regex.Matcher m = p.matcher(s);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
        }
        assertThat(Figures.killed(s, new org.corridor.extract.text.WordIndex(s)).stream().map(r -> r.start() + "-" + r.end()).toList())
                .as(s).isEqualTo(expected);
    }
}
