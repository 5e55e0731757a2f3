package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes the seventy-fifth held-out set showed the rules missing (corpus/real-heldout-75): arrests dated "el día 13" after a
 * semicolon, a landing place a sentence before them, an operation shown at a press conference in another city, a caption
 * with two credits, an extradition request granted, and sites named after a person or a police unit. Names of people here
 * are invented.
 */
class PressConferencesAndRequestsTest {
    @TempDir
    Path dir;

    @Test
    void theArrestsOfTheThirteenthWhereTheyLandedNotThePressConferencesDayAndCity() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Galicia | Sociedad

                Detenidos los tripulantes de un narcosubmarino

                29 de septiembre de 2025

                Habían llegado a A Pobra do Caramiñal, en la ría de Arousa, para desembarcar 2.400 kilos de cocaína. La \
                operación, llamada Brétema, terminó con 11 detenidos; los tres navegantes fueron los primeros, el día 13.

                Esta vez no fue así, explicó este lunes la Policía Nacional en A Coruña, en una rueda de prensa para presentar \
                el operativo y mostrar la droga incautada.

                Rueda de prensa del delegado Julián Ferreiro / Casteleiro / Roller Agencia
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("arrest 2025-09-13 A Pobra do Caramiñal").noneMatch(o -> o.startsWith("raid") || o.endsWith("A Coruña"));
        assertThat(x.entities()).extracting(e -> e.name()).doesNotContain("Julián Ferreiro");
    }

    @Test
    void anExtraditionRequestGrantedIsNoExtraditionAndAnAirBaseIsAPlace() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Local | World

                Former official extradited to US on drug charges

                April 21, 2022

                TEGUCIGALPA, Honduras, April 21 (Xinhua) -- Former official Marco Antonio Reyes Paz was extradited to the United \
                States on Thursday to face drug trafficking charges.

                He was flown from the Los Halcones police headquarters to the Ramon Villeda Sosa air base, where agents of the US \
                Drug Enforcement Administration were waiting for him.

                A Honduran judge granted the extradition request on March 16.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactly("extradition 2022-04-21");
        assertThat(Reports.kinds(x)).doesNotContainEntry("Ramon Villeda Sosa", EntityKind.PERSON)
                .doesNotContainEntry("Los Halcones", EntityKind.ORGANIZATION);
    }
}
