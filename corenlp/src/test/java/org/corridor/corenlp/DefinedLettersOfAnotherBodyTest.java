package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters a report defines for a body it names ("the Maldives Police Service (MPS)") stand for that body, not for a listed
 * party whose short form is written the same way (the hundred-and-fourteenth held-out set's false link: the listed Ministry of
 * People's Security, "MPS", ofac-20118); letters defined for the listed party's own long name keep its link.
 */
class DefinedLettersOfAnotherBodyTest {
    @TempDir
    Path dir;

    /** A list holding one party by its letters alone, its long name only as its caption. */
    private static Gazetteer listedLetters(String id, String letters, String caption) {
        Gazetteer list = CountryNames.addTo(new Gazetteer());
        list.addParty(letters, EntityKind.ORGANIZATION, new Mention.Listed(id, "Organization", letters, caption), id);
        return list;
    }

    @Test
    void lettersDefinedForAnotherBodyAreNotTheListedParty() throws Exception {
        Extraction x = Reports.extract(dir, listedLetters("ofac-20118", "MPS", "Ministry of People's Security"), Language.EN, """
                Example News | Crime

                Three held in Addu City raid

                4 June 2024

                Three men have been arrested in Addu City, the Maldives Police Service (MPS) said. The MPS said the men were \
                remanded for ten days.
                """);
        assertThat(x.entities()).noneMatch(e -> e.listed() != null && e.listed().entityId().equals("ofac-20118"));
    }

    @Test
    void lettersDefinedForTheListedPartyKeepItsLink() throws Exception {
        Gazetteer list = listedLetters("ofac-1", "CJNG", "CARTEL DE JALISCO NUEVA GENERACION");
        Extraction x = Reports.extract(dir, list, Language.ES, """
                Diario Ejemplo | Seguridad

                Detienen a operador financiero

                4 de junio de 2024

                La Fiscalía detuvo el martes en Guadalajara a un operador financiero del Cártel de Jalisco Nueva Generación \
                (CJNG). El CJNG es una de las organizaciones más violentas del país.
                """);
        assertThat(x.entities()).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("CJNG")))
                .singleElement().satisfies(e -> assertThat(e.listed().entityId()).isEqualTo("ofac-1"));
    }

    @Test
    void lettersDefinedForAPartOfTheListedName() throws Exception {
        Gazetteer list = listedLetters("ofac-1", "CJNG", "CARTEL DE JALISCO NUEVA GENERACION");
        Extraction x = Reports.extract(dir, list, Language.ES, """
                Diario Ejemplo | Seguridad

                Entregan a once presuntos narcotraficantes

                4 de junio de 2024

                México entregó el martes a once presuntos operadores de los cárteles de Sinaloa, Jalisco Nueva Generación \
                (CJNG) y del Golfo.
                """);
        assertThat(x.entities()).anyMatch(e -> e.listed() != null && e.listed().entityId().equals("ofac-1"));
    }
}
