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
 * Shapes of held-out set 114 (Ethiopia, Sri Lanka) worked on in the thirty-second session: a traveller "caught in the act of
 * trafficking" drugs in "a joint operation" at an airport (an arrest and a seizure, no raid); "the drug seized" of the
 * operation told just before; a boat stopped at sea "and brought to port this morning", seized on the day before.
 */
class TravellersAndBoatsBroughtInTest {
    @TempDir
    Path dir;

    private static final String AIRPORT = """
            Example Africa | English

            Traveller held with heroin

            May 14, 2022

            Kenyan police on Thursday caught a Ugandan man in the act of smuggling 4 kilograms of heroin to Doha.

            He was caught in a joint operation of the police and customs at Jomo Kenyatta International Airport, officers said.

            Two weeks ago the Anti-Narcotics Unit arrested five travellers at Moi International Airport in Mombasa. \
            They had hidden the drug in shoes. The drug seized weighed about 9 kilograms.
            """;

    @Test
    void aTravellerCaughtInAJointOperationIsAnArrestAndASeizureNoRaid() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, AIRPORT);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("arrest 2022-05-12 Jomo Kenyatta International Airport",
                        "seizure 2022-05-12 Jomo Kenyatta International Airport")
                .noneMatch(op -> op.startsWith("raid"));
    }

    @Test
    void aJointOperationAtAHomeStaysARaid() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Africa | English

                Three held in Eldoret

                May 14, 2022

                Three men were caught on Thursday in a joint operation at a house in Eldoret, where officers found 2 kilograms \
                of heroin.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("raid 2022-05-12 Eldoret", "arrest 2022-05-12 Eldoret");
    }

    @Test
    void theDrugSeizedIsOfTheOperationJustTold() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, AIRPORT);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("seizure 2022-04-30 Moi International Airport")
                .doesNotContain("seizure 2022-05-12 null");
    }

    @Test
    void aBoatBroughtToPortThisMorningWasStoppedOnTheDayOfItsFind() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Noticias | Sri Lanka

                Detenido el armador de un pesquero con heroína

                9 de marzo de 2024

                La policía detuvo en Matara al armador de un pesquero que fue apresado con heroína.

                Unos 200 kilos de heroína fueron incautados del pesquero en aguas frente a la costa sur de Sri Lanka.

                La Armada de Sri Lanka interceptó el pesquero frente a la costa sur y lo llevó esta mañana al puerto de Tangalle. \
                La incautación se hizo ayer. Al abordar la embarcación, los marinos detuvieron a cuatro sospechosos que iban a bordo.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("interdiction 2024-03-08 Sri Lanka", "seizure 2024-03-08 Sri Lanka", "arrest 2024-03-08 Sri Lanka",
                        "arrest 2024-03-09 Matara")
                .doesNotContain("interdiction 2024-03-09 Sri Lanka");
    }
}
