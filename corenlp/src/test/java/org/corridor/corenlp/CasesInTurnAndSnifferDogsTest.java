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
 * Shapes of held-out set 118 (Sweden, Hong Kong, Kuwait, Argentina) worked on in the thirty-third session: cases told in turn,
 * each opened by its day; a customs service named after a territory of two words; a spokesman "of" the body he speaks for; a
 * year's peak, no operation; a sniffer dog's name, a town after its adjective and a load's destination, none of them people;
 * "El hallazgo se produjo el miércoles", the day of the find the lead told.
 */
class CasesInTurnAndSnifferDogsTest {
    @TempDir
    Path dir;

    @Test
    void casesToldInTurnTakeTheDayThatOpensThem() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Daily | Colombo | Crime

                Two travellers held after capsules found in their bodies

                9th March 2025 – (Colombo) Sri Lanka Customs stopped two passengers who tried to bring cocaine through \
                Bandaranaike International Airport this week.

                In the first case, on Thursday, 6 March, officers grew suspicious of a 41-year-old man who had flown in from \
                Addis Ababa by way of Hong Kong. He was taken to hospital, where a scan showed objects inside his body, and he \
                was arrested.

                In the second case, on Friday, 7 March, a 29-year-old woman arriving from Lagos drew the officers' attention. \
                After a doctor confirmed what she carried she was arrested. About 30 capsules of cocaine had been recovered \
                from her by the evening.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactlyInAnyOrder("arrest 2025-03-06", "arrest 2025-03-07", "seizure 2025-03-07");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Sri Lanka Customs");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code()).contains("lk", "hk");
    }

    @Test
    void aSpokesmanOfTheBodyAndAYearsPeak() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | World

                Finland's customs finds cocaine in a banana container

                June 12, 2024

                HELSINKI (AP) — Customs officers in Finland found about 300 kilograms of cocaine in a container of bananas at \
                the port of Kotka on June 10, Mikko Laine of Finnish Customs told the broadcaster Yle.

                The quantity of cocaine seized by Finnish Customs in 2021 was some 500 kilograms. Seizures peaked in 2023, \
                when 620 kilograms were confiscated.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2024-06-10 Kotka");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " " + t.organization().name())
                .containsExactly("Employment Mikko Laine Finnish Customs");
    }

    @Test
    void aSnifferDogATownAndADestinationAreNoPeople() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Salta | Policiales

                Un perro de Gendarmería descubrió 18 kilos de marihuana en un colectivo en Aguas Blancas

                14 de octubre de 2023

                Unos 18 kilos de marihuana aparecieron escondidos bajo los asientos de un colectivo que cruzaba desde Bolivia \
                hacia Aguas Blancas. Su chofer quedó detenido.

                El hallazgo se produjo el jueves durante un control en el que trabajó Toby, un perro adiestrado de la \
                Gendarmería Nacional. El colectivo venía de la localidad boliviana de Bermejo y, según el chofer, su destino \
                final era Rosario. Toby marcó los asientos traseros. En el mismo puesto trabaja también el perro Bruno.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
        assertThat(Reports.kinds(x)).containsEntry("Bermejo", EntityKind.PLACE).containsEntry("Rosario", EntityKind.PLACE);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2023-10-12 Aguas Blancas", "arrest 2023-10-12 null");
    }
}
