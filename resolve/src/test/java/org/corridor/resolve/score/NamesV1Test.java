package org.corridor.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.corridor.resolve.names.NameAnalyzer;
import org.junit.jupiter.api.Test;

class NamesV1Test {
    private final NameAnalyzer analyzer = new NameAnalyzer();
    private final NamesV1 scorer = new NamesV1(ScoreOptions.DEFAULTS, w -> 5.0);

    private Score score(String a, String b) {
        return scorer.score(analyzer.analyze(a), Qualifiers.NONE, analyzer.analyze(b), Qualifiers.NONE);
    }

    @Test
    void ofacOrderAndAccentsDoNotMatter() {
        assertThat(score("Joaquín Guzmán Loera", "GUZMAN LOERA, Joaquin").value()).isEqualTo(1.0);
    }

    @Test
    void aTypoOrAPhoneticSpellingStaysAboveTheThreshold() {
        assertThat(score("Joaquin Guzman Loeras", "GUZMAN LOERA, Joaquin").value()).isGreaterThan(0.9);
        assertThat(score("Ismael Sambada Garcia", "ZAMBADA GARCIA, Ismael").value()).isGreaterThan(0.9);
    }

    @Test
    void sharingASurnameIsNotEnough() {
        assertThat(score("Ovidio Guzman Lopez", "GUZMAN LOERA, Joaquin").value()).isLessThan(0.5);
    }

    @Test
    void anAcronymMatchesItsExpansionAndSaysSo() {
        Score s = score("CJNG", "Cartel de Jalisco Nueva Generacion");
        assertThat(s.value()).isEqualTo(ScoreOptions.DEFAULTS.acronymScore());
        assertThat(s.features()).extracting(Feature::name).containsExactly("acronym");
    }

    @Test
    void numbersMustAgree() {
        assertThat(score("MS-13", "MS-18").value()).isLessThan(0.6);
        assertThat(score("Calle 18", "Barrio 18").value()).isLessThan(0.8);
    }

    @Test
    void organisationWordsWeighLittle() {
        assertThat(score("Sinaloa Cartel", "Cartel de Sinaloa").value()).isGreaterThan(0.95);
        assertThat(score("Gulf Cartel", "Sinaloa Cartel").value()).isLessThan(0.3);
    }

    @Test
    void qualifiersExplainThemselves() {
        Qualifiers person = new Qualifiers("Person", Set.of("1957-04-04"), Set.of("mx"), Set.of());
        Qualifiers group = new Qualifiers("Organization", Set.of(), Set.of("mx"), Set.of());
        Score conflict = scorer.score(analyzer.analyze("Zetas"), person, analyzer.analyze("Los Zetas"), group);
        assertThat(conflict.features()).extracting(Feature::name).contains("schema conflict", "same country");
        Qualifiers older = new Qualifiers("Person", Set.of("1948-01-01"), Set.of(), Set.of());
        Score birth = scorer.score(analyzer.analyze("Ismael Zambada Garcia"), person, analyzer.analyze("ZAMBADA GARCIA, Ismael"), older);
        assertThat(birth.value()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(birth.explanation()).contains("birth date conflict '1957-04-04'~'1948-01-01'");
    }

    @Test
    void aSharedIdentifierDecides() {
        Qualifiers a = new Qualifiers("Vessel", Set.of(), Set.of(), Set.of("IMO9187629"));
        Score s = scorer.score(analyzer.analyze("Ocean Star"), a, analyzer.analyze("Sea Princess"), a);
        assertThat(s.value()).isEqualTo(1.0);
    }

    @Test
    void anInitialStandsForAWordWithItsLetterButNeverMakesANameWhollyFound() {
        assertThat(score("J. Guzman Loera", "GUZMAN LOERA, Joaquin").value()).isGreaterThan(0.85);
        assertThat(score("J. Guzman Loera", "GUZMAN LOERA, Joaquin").explanation()).contains("similar word 'j'~'joaquin' 0.80");
        assertThat(score("R. Guzman Loera", "GUZMAN LOERA, Joaquin").value()).isLessThan(score("J. Guzman Loera", "GUZMAN LOERA, Joaquin").value());
    }

    @Test
    void aNumberWithNothingToContradictItCostsLessThanOneThatContradicts() {
        assertThat(score("Mara Salvatrucha 13", "MARA SALVATRUCHA").value()).isGreaterThan(0.85);
        assertThat(score("MS-13", "MS-18").value()).isLessThan(0.6);
    }
}
