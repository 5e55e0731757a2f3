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
 * Shapes of held-out set 115 (the Bahamas, Ireland, Honduras) worked on in the thirty-second session: a plane's maker and a
 * detector dog's name are no party; an island one is "on"; a village the next sentence names "del municipio de" the town the
 * lead gave; a find told in a compound tense; the field of a post in a body; the man of a find "fue detenido".
 */
class IslandsVillagesAndBorderPostsTest {
    @TempDir
    Path dir;

    @Test
    void aPlaneOnAnIslandAndADogAreNoParties() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Caribbean | News

                Two held after plane search

                July 3, 2024

                Police arrested two men this morning after officers seized 12 sacks of suspected cocaine aboard a single-engine \
                Cessna on Andros Island, in the Bahamas. A detector dog named Rusty found the sacks, the Drug Enforcement \
                Unit said.
                """);
        assertThat(x.entities()).extracting(e -> e.name()).doesNotContain("Cessna", "Rusty");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("arrest 2024-07-03 Andros Island", "seizure 2024-07-03 Andros Island");
    }

    @Test
    void theVillageOfTheTownAndAFindInACompoundTense() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Sucesos | Honduras

                Capturan a dos hombres con cocaína en Olancho

                5 de junio de 2025

                La Policía Nacional informó este jueves del decomiso de supuesta cocaína y de la captura de dos hombres en la \
                ciudad de Juticalpa, en el oriente de Honduras.

                La acción se ejecutó esta madrugada en la aldea El Guayabo, del municipio de Juticalpa, tras días de vigilancia.

                Horas antes, en el sector de Catacamas, los agentes habían encontrado más de 30 paquetes de cocaína en un \
                vehículo abandonado.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("seizure 2025-06-05 El Guayabo", "arrest 2025-06-05 El Guayabo", "seizure 2025-06-05 Catacamas")
                .doesNotContain("arrest 2025-06-05 Juticalpa");
    }

    @Test
    void theFieldOfAPostAndTheManOfTheFind() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nacionales | Honduras

                Decomisan cocaína en El Amatillo

                9 de abril de 2025

                El comisionado Rafael Pineda Soto, director de Comunicaciones Institucionales de la Secretaría de Seguridad, informó del \
                decomiso de 90 paquetes de supuesta cocaína en el punto fronterizo de El Amatillo.

                El conductor, un ciudadano salvadoreño, se puso nervioso durante la revisión del camión. El hombre fue detenido y \
                puesto a la orden de la Fiscalía.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Secretaría de Seguridad").doesNotContain("Comunicaciones Institucionales");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Rafael Pineda Soto -> Secretaría de Seguridad");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("seizure 2025-04-09 El Amatillo", "arrest 2025-04-09 El Amatillo");
    }
}
