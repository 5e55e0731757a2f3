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
    }

    @Test
    void moneyInDollars() {
        assertThat(Figures.money("a US$50 million reward", 0).orElseThrow().value()).isEqualTo(5e7);
        assertThat(Figures.money("a reward of up to $15 million", 0).orElseThrow().value()).isEqualTo(1.5e7);
        assertThat(Figures.money("una recompensa de 25 millones de dólares", 0).orElseThrow().value()).isEqualTo(2.5e7);
        assertThat(Figures.money("una recompensa de cinco millones de dólares", 0).orElseThrow().value()).isEqualTo(5e6);
    }
}
