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
 * Shapes of held-out set 116 (Georgia, Lithuania) worked on in the thirty-second session: "a week after" another event dates
 * nothing; drugs someone "tried to take" were seized; where the drug came from or entered is no place of the find; "the
 * Baltic country"; where an office says the drugs were hidden; a date line closed by a full stop.
 */
class DatelinesAndDrugsOnTheirWayTest {
    @TempDir
    Path dir;

    @Test
    void aWeekAfterAnotherEventDatesNothingAndDrugsOnTheirWayWereSeized() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | World

                Two held at Yerevan airport

                March 13, 2019

                Two Colombian citizens were arrested at Zvartnots airport with three kilograms of cocaine, the police said on \
                Wednesday. The arrests came a week after the police said they had found a new route.

                Last month a Dutch citizen was arrested at the Bagratashen border crossing as he tried to take 4 kilograms of \
                cocaine into Georgia. In January, 2 kilograms of heroin were seized from two men who were trying to bring the \
                drug from Iran into Armenia.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("arrest 2019-03-13 Zvartnots", "seizure 2019-02-01 Bagratashen", "seizure 2019-01-01 null")
                .noneMatch(op -> op.contains("2019-03-20") || op.endsWith("Iran"));
    }

    @Test
    void theBalticCountryAndWhereTheOfficeSaysTheLoadWasHidden() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | World

                Latvia finds cocaine in timber

                May 4, 2018

                Latvian customs have seized 300 kilograms of cocaine that came from Peru, one of the largest drug finds ever made \
                in the Baltic country, the Reuters news agency reported.

                According to the customs office at the port of Riga, the cocaine was hidden in a shipment of timber.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .containsExactly("seizure Riga");
    }

    @Test
    void aDateLineClosedByAFullStopAndTheCountryTheDrugsEntered() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Noticias | Georgia

                Incautan heroína en Poti

                9 de mayo de 2017

                POTI, Georgia. Agentes del Ministerio del Interior y de la Policía de Fronteras incautaron el 7 de mayo unos 90 \
                kilos de narcóticos escondidos en el doble fondo de un camión que esperaba en el puerto de Poti, junto al mar Negro.

                Según el ministerio, se hallaron 180 paquetes de heroína que habían entrado en Georgia desde un país vecino.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("POTI");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2017-05-07 Poti");
    }
}
