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
 * Shapes the sixty-eighth held-out set showed the rules missing (corpus/real-heldout-68): extraditions asked for, awaited or
 * named by a treaty; a year's count of people extradited and a heading that counts them; strikes announced again "the three
 * strikes" on the day they were announced. Names of people here are invented.
 */
class ExtraditionRequestsAndCountsTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheExtraditionDoneIsAnOperation() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nacionales | Sucesos

                El 2025 cerró con siete extraditados

                4 de enero de 2026

                Las autoridades extraditaron a Estados Unidos a siete ciudadanos durante 2025. Otra media docena espera ser \
                extraditada. El Gobierno de Estados Unidos pidió al de Honduras la extradición de un hondureño, la primera \
                solicitud desde que se reactivó el tratado de extradición.

                Siete extraditados

                El gobierno extraditó a Ramiro Castañeda Ortiz a Estados Unidos el 23 de enero de 2025.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("extradition 2025-01-23 Estados Unidos");
    }

    @Test
    void theStrikesAnnouncedAgainAreTheStrikesOfTheirOwnDay() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | World | Americas

                Search for survivor of U.S. boat strike ends

                Oct. 31, 2025

                The Coast Guard said on Friday that the strikes on boats in the eastern Pacific took place on Monday afternoon and \
                killed 14 people.

                When he announced the three strikes on four boats on social media on Tuesday, the secretary said one person had \
                survived.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactly("strike 2025-10-27");
    }
}
