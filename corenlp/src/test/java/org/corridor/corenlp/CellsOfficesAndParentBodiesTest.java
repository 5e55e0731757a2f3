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
 * Shapes of held-out sets 56, 57 and 59 fixed in the twenty-second session: people arrested as "presuntos miembros de la misma
 * célula" after the cell was told as one of a cartel's; a title holding two offices in two bodies ("titular de la X y vocero de
 * la FGR"); "director de la institución", the body the sentence has just named; a unit "de la Senad", which is no other name
 * for the Senad; and a body the tagger passed over inside a title, named elsewhere in the report.
 */
class CellsOfficesAndParentBodiesTest {
    @TempDir
    Path dir;

    @Test
    void membersOfTheSameCellBelongToTheGroupTheCellWasOf() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Seguridad

                Caen tres en Zapopan

                10 de marzo de 2026

                Los agentes detuvieron a Juan Carlos Ortega Ruiz, señalado como jefe de una célula del Cártel de Sinaloa en la \
                zona. Con él fueron detenidos Pedro Salas Gómez y Luis Arturo Ramírez Toledo, presuntos integrantes de la misma \
                célula.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Membership Pedro Salas Gómez -> Cártel de Sinaloa", "Membership Luis Arturo Ramírez Toledo -> Cártel de Sinaloa");
    }

    @Test
    void aSecondOfficeInASecondBodyIsAPostThereToo() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Justicia

                La fiscalía presenta a los detenidos

                11 de marzo de 2026

                Lo informó Ramón Téllez Ochoa, titular de la Fiscalía Especializada en Delincuencia Organizada y vocero de la \
                Fiscalía General de la República, en una conferencia de prensa.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Ramón Téllez Ochoa -> Fiscalía Especializada en Delincuencia Organizada",
                        "Employment Ramón Téllez Ochoa -> Fiscalía General de la República");
    }

    @Test
    void theDirectorOfTheInstitutionIsEmployedByTheBodyJustNamed() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nacional

                Decomisan marihuana en un camión

                19 de febrero de 2026

                La Policía Nacional detuvo un camión con dos toneladas de marihuana en el norte del Cauca, dijo el general \
                Andrés Felipe Muñoz Rueda, director de la institución.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Andrés Felipe Muñoz Rueda -> Policía Nacional");
    }

    /** Held-out set 59: "la Dirección de Inteligencia de la Senad" is a unit of the Senad; "El ministro de la Senad, Jalil Rachid". */
    @Test
    void aUnitOfABodyIsNoOtherNameForItAndATitleNamesTheBodyTheTaggerPassedOver() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES,
                Files.readString(Path.of("..", "corpus", "real-heldout-59", "reports", "h59-es-03.txt")));
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Senad", "Dirección de Inteligencia de la Senad");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Jalil Rachid -> Senad");
    }

    @Test
    void aViceMinistersMinistryNamedElsewhereIsFoundInTheTitle() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Política

                Visita a la frontera

                2 de febrero de 2026

                El Ministerio del Interior envió a la frontera a 300 policías. Los acompañó el viceministro de Orden Interno del \
                Ministerio del Interior, Carlos Ramos Díaz.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Carlos Ramos Díaz -> Ministerio del Interior");
    }
}
