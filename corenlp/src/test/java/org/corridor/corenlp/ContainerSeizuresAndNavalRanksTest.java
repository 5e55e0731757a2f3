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
 * Shapes the eighty-ninth held-out set showed the rules missing (corpus/real-heldout-89): a naval officer named by his
 * office, then his rank ("El segundo comandante de la Estación ..., el capitán de corbeta X"); "una Unidad de ..." as one
 * unit of a kind; drugs taken at a named sea from a ship (the ship was stopped there); the port a load was going to ("que
 * iba al puerto de X, en Y"); and a seizure told as a sum, then part by part ("En la primera ... En la segunda ..."). Spanish
 * "a" before a name is a preposition, not "a" of "a unit".
 */
class ContainerSeizuresAndNavalRanksTest {
    @TempDir
    Path dir;

    @Test
    void aShipSearchedAtSeaAndTheOfficerWhoToldOfIt() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Puertos

                La Armada halla cocaína en un buque en el Caribe

                14 de mayo de 2025

                La Armada de Colombia ha decomisado en el mar Caribe 900 kilos de cocaína ocultos en un contenedor de un buque \
                de carga, informó este martes la institución.

                El segundo comandante de la Estación de Guardacostas de Santa Marta, el capitán de corbeta Julián Rueda Pardo, \
                dijo que la carga se halló mientras el buque navegaba por aguas colombianas.

                Durante la revisión, una Unidad de Reacción Rápida y un equipo canino hallaron 40 bultos en el contenedor.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("interdiction 2025-05-13 Caribe", "seizure 2025-05-13 Caribe");
        assertThat(x.ties()).anyMatch(t -> t.schema().equals("Employment") && t.person().name().equals("Julián Rueda Pardo")
                && t.organization().name().equals("Estación de Guardacostas de Santa Marta"));
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("Unidad de Reacción Rápida");
    }

    @Test
    void aSeizureToldAsASumThenPartByPart() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Comercio exterior

                Cuatro toneladas de cocaína en el puerto de Santa Marta

                9 de junio de 2025

                La Policía Nacional informó este domingo del decomiso de cuatro toneladas de cocaína en el Puerto de Santa \
                Marta, en un operativo con tres acciones separadas.

                En la primera se inspeccionó un contenedor que iba a Panamá, donde se encontraron 300 kilos de cocaína.

                En la segunda se incautaron 1,9 toneladas ocultas en café que iba al puerto de Amberes, en Bélgica.

                En la tercera, los agentes decomisaron 1,8 toneladas escondidas en fruta que iba a venderse en España.

                Una Unidad Portuaria revisó cada carga antes del embarque. La Fiscalía vincula los envíos a Transportes Marítimos del Caribe S.A. que \
                los embarcó.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place()).containsExactly(
                "seizure 2025-06-08 Puerto de Santa Marta", "seizure 2025-06-08 Puerto de Santa Marta",
                "seizure 2025-06-08 Puerto de Santa Marta");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Policía Nacional", "Transportes Marítimos del Caribe S.A.").doesNotContain("Unidad Portuaria");
    }

    @Test
    void anEnglishBodyNamedBeforeANounIsStillABody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | World

                Drugs seized off Puerto Rico

                May 14, 2025

                A Coast Guard and a Navy crew stopped a go-fast boat north of San Juan on Tuesday and seized 900 kilograms of cocaine.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Coast Guard");
    }
}
