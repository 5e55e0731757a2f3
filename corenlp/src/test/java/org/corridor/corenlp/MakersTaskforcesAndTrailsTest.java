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
 * Shapes of held-out set 108 (the first reports from Papua New Guinea and Côte d'Ivoire) worked on in the twenty-eighth
 * session: "PNG" and "Costa de Marfil" name countries; "a Cessna aircraft" names a craft by its maker, no party; "the AFP's
 * Criminal Assets Confiscation Taskforce" is a body; "PNG's police commissioner" holds a post in his own country's police, not
 * in the one foreign force the report names; "San Pedro" is a town; "Las pistas llevaron a San Pedro, ..., donde ...
 * hallaron una cantidad diez veces mayor" is a second find, there; arrests told in a sentence that opens "En total" are of no
 * one find's day.
 */
class MakersTaskforcesAndTrailsTest {
    @TempDir
    Path dir;

    @Test
    void aCountrysShortFormAMakersCraftAndAPossessedTaskforce() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Radio | Pacific | News

                Cocaine seized after plane crash

                5 August 2020

                The Australian Federal Police thanked PNG police for their part in the seizure of 400 kilograms of cocaine \
                last Friday.

                The case came out of an inquiry by the AFP's Serious Drugs Confiscation Taskforce. PNG's police \
                commissioner, Peter Kawage, said his officers had watched a Cessna aircraft fly in from Australia.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.name())
                .contains("PNG");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Serious Drugs Confiscation Taskforce").doesNotContain("Cessna", "PNG");
        assertThat(x.ties()).isEmpty();
    }

    @Test
    void aSaintsTownWhereTheTrailLedAndArrestsInAllFinds() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Ejemplo Radio | África | Internacional

                Costa de Marfil: incautan una tonelada de cocaína

                10 de mayo de 2023

                La policía de Costa de Marfil informó el miércoles que se hizo con una tonelada de cocaína.

                Según la Dirección General de la Policía Nacional, el viernes 5 de mayo los agentes encontraron 90 kilos de \
                cocaína en una casa del municipio de Yopougon.

                Las pistas llevaron a San Pedro, el gran puerto del oeste, donde el lunes los investigadores hallaron una \
                cantidad diez veces mayor.

                En total se incautaron 990 kilos de cocaína y seis personas fueron detenidas.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.name())
                .containsExactly("Costa de Marfil");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2023-05-05 Yopougon", "seizure 2023-05-08 San Pedro", "arrest 2023-05-10 null");
    }
}
