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
 * Shapes of the ninety-first held-out set (corpus/real-heldout-91): provinces in a long list of places that the tagger takes
 * for bodies, a military unit's name cut at "N." before its number, a nickname opening a sentence with "Alias", and a raid
 * told as another operation, which the report's dated arrest does not date.
 */
class ProvinceListsAndUnitNumbersTest {
    @TempDir
    Path dir;

    @Test
    void provincesUnitsAndANicknameOpeningASentence() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nacionales

                Operativo contra Los Lobos en seis provincias

                2 de abril de 2025

                La Policía Nacional hizo un operativo simultáneo en Chimborazo, Tungurahua, Azuay, Guayas y Pichincha contra Los \
                Lobos, y capturó a Marcos T., alias Tornillo.

                Alias Tornillo fue detenido dentro de la cárcel de Turi.

                Militares del Grupo de Fuerzas Especiales N.º 26 Cenepa apoyaron la operación.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Grupo de Fuerzas Especiales N.º 26 Cenepa").doesNotContain("Azuay", "Guayas");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .doesNotContain("Alias Tornillo");
    }

    /** The same shapes as the set's own reports give them to the tagger (where the rules above are needed). */
    @Test
    void theSetsOwnReports() throws Exception {
        Path reports = Path.of("..", "corpus", "real-heldout-91", "reports");
        Extraction first = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES,
                java.nio.file.Files.readString(reports.resolve("h91-es-01.txt")));
        assertThat(first.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Grupo de Fuerzas Especiales N.º 25 Base Sur");
        // "En otro operativo, en el cantón Urdaneta, ...": that raid is not dated by the other operation's arrest
        assertThat(first.operations()).filteredOn(op -> op.type().equals("raid") && "Urdaneta".equals(op.place()))
                .extracting(op -> op.date().toString()).containsExactly("2025-12-11");
        Extraction second = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES,
                java.nio.file.Files.readString(reports.resolve("h91-es-02.txt")));
        assertThat(second.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("Azuay", "Guayas");
        assertThat(second.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .doesNotContain("Alias Palanqueta");
    }
}
