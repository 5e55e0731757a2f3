package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes the seventy-first held-out set showed the rules missing (corpus/real-heldout-71): a boat seized at sea whose day is
 * told in the next sentence ("a patrol aircraft spotted ... on May 13"), a station's credit of two capitalised words in its
 * dateline, and an office named before a rank ("el director de ..., el general X"). Names of people here are invented.
 */
class SpottedBoatsAndRanksTest {
    @TempDir
    Path dir;

    @Test
    void aSeizureAtSeaTakesTheDayTheBoatWasSpottedAndTheDatelinesCreditIsNoOrganisation() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                KXYZ Oakland | News | Local | Weather

                Coast Guard Crew Seizes Cocaine From Go-Fast Boat

                June 18, 2021 at 5:10 pm

                OAKLAND (KXYZ SF) — A Coast Guard crew seized more than 2,000 pounds of cocaine from a go-fast vessel in \
                international waters of the Pacific Ocean off Central America, officials said Friday.

                According to Coast Guard officials in Oakland, a maritime patrol aircraft spotted a suspected smuggling vessel on \
                June 2 and the crew of a cutter was sent to its position.

                When they reached it, the crew boarded the vessel and found three suspected smugglers.
                """);
        assertThat(x.entities()).extracting(e -> e.name()).doesNotContain("KXYZ SF", "KXYZ");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .contains("seizure 2021-06-02").noneMatch(o -> o.endsWith("2021-06-18"));
    }

    @Test
    void anOfficeNamedBeforeARankIsThePersonsPost() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nacional | Mundo

                Capturan en Cali a un hombre requerido por Estados Unidos

                12 de marzo de 2026

                El director de la Policía Nacional, el general Ernesto Vargas Lima, informó de la captura en Cali de un hombre \
                cuya extradición pide Estados Unidos por tráfico de drogas.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Ernesto Vargas Lima -> Policía Nacional");
    }
}
