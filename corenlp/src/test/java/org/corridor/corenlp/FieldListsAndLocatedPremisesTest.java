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
 * Shapes of the ninety-first held-out set (corpus/real-heldout-91) worked on in the twenty-first session: a body's name that
 * lists the fields it covers between commas before its short form; a province named like a gang in a list of provinces; a
 * "megaoperativo" told with its day, then its arrests "En la operación"; the premises a raid went to, found in the sentence
 * before; and a second arrest "Allí", which the first arrest, placed now, no longer takes in.
 */
class FieldListsAndLocatedPremisesTest {
    @TempDir
    Path dir;

    @Test
    void aBodysNameThatListsItsFieldsIsOneName() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Seguridad

                Cae un cabecilla en Manabí

                4 de mayo de 2025

                La detención la hizo la Dirección Nacional de Policía Judicial, Inteligencia, Antinarcóticos y Fronteras (Dinapif), \
                que siguió al sospechoso durante tres meses. Según la Dinapif, el detenido dirigía una red de extorsión.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Dirección Nacional de Policía Judicial, Inteligencia, Antinarcóticos y Fronteras")
                .doesNotContain("Inteligencia", "Antinarcóticos y Fronteras", "Dinapif");
    }

    @Test
    void anOperationToldWithItsDayDatesTheArrestsMadeInIt() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Seguridad

                Operativo contra una banda en tres provincias

                14 de abril de 2025

                La Policía Nacional ejecutó en la madrugada del 9 de abril de 2025 un megaoperativo en tres provincias contra una \
                banda de extorsionadores.

                En la operación fueron capturados once presuntos integrantes de la banda.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.date().toString())
                .containsExactly("2025-04-09");
    }

    /** "(CBP AMO)": an office's letters after its parent's, in English after a Spanish name (held-out set 84). */
    @Test
    void anOfficesLettersAfterItsParentsAreOneShortForm() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Mundo

                Decomisan cocaína en una lancha al sur de Florida

                5 de mayo de 2026

                La Guardia Costera dirigió la operación con el apoyo de la Oficina de Operaciones de Campo de Aduanas y Protección \
                Fronteriza (CBP OFO), que revisó la carga en el puerto. Según la CBP OFO, la lancha llevaba 300 kilos.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Oficina de Operaciones de Campo de Aduanas y Protección Fronteriza").doesNotContain("CBP", "CBP OFO");
        Extraction set84 = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES,
                Files.readString(Path.of("..", "corpus", "real-heldout-84", "reports", "h84-es-01.txt")));
        assertThat(set84.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Oficina de Operaciones Aéreas y Marítimas de Aduanas y Protección Fronteriza").doesNotContain("CBP", "CBP AMO");
    }

    /** The set's own reports, as the tagger reads them. */
    @Test
    void theSetsOwnReports() throws Exception {
        Path reports = Path.of("..", "corpus", "real-heldout-91", "reports");
        Extraction first = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, Files.readString(reports.resolve("h91-es-01.txt")));
        assertThat(first.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Dirección Nacional de Investigación de Delitos contra la Vida, Muertes Violentas, Desapariciones, Secuestro y Extorsión")
                .doesNotContain("Muertes Violentas", "Secuestro y Extorsión", "Dinased");
        // "Los agentes ubicaron un inmueble en el sector Virgen de Fátima ... En el operativo fue capturado alias Mounstrito"
        assertThat(first.operations()).filteredOn(op -> op.date() != null && op.date().toString().equals("2025-12-09"))
                .extracting(op -> op.type() + " " + op.place()).containsExactlyInAnyOrder("arrest Virgen de Fátima", "raid Virgen de Fátima");
        // "Allí también fue detenido Miguel, alias Negro": at the house in Urdaneta, not at the first arrest
        assertThat(first.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.place())
                .containsExactlyInAnyOrder("Virgen de Fátima", "Urdaneta");
        Extraction second = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, Files.readString(reports.resolve("h91-es-02.txt")));
        assertThat(second.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("Los Ríos");
        assertThat(second.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.date().toString())
                .containsExactly("2025-03-20");
    }
}
