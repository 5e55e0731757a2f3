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
 * Shapes of held-out set 122 (Finland, Nepal, Cyprus, Algeria) worked on in the thirty-fifth session: a press release's date
 * with hyphens and its contact line; a date line with the year first; a bureau of a named police; a spokesperson's title taken
 * for a body; a force's own name in brackets after it in lower case; the drugs the lead told of, found at a finer place.
 */
class PressReleasesAndBracketedForcesTest {
    @TempDir
    Path dir;

    @Test
    void aPressReleasesHyphenedDateAndItsContactLine() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Tullverket | Press release

                Swedish Customs seizes 30 kg of heroin

                Published: 11-Mar-2016 09:30 am

                Swedish Customs seized 30 kg of heroin at Nynäshamn harbour in early March, hidden in a lorry that had come \
                from Poland.

                The driver was detained by the Södertörn District Court in March.

                Further information: Press Officer Lars Nilsson, Swedish Customs

                Discover the latest releases
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision())
                .contains("seizure 2016-03-01 month");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name()).containsExactly("Lars Nilsson");
        assertThat(x.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .containsExactly("Lars Nilsson -> Swedish Customs");
    }

    @Test
    void aYearFirstDateLineAndAPoliceBureauOfANamedPolice() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Daily | News

                Heroin seized at Bhairahawa

                2023/11/08

                Bhairahawa: Police have seized 4 kilogrammes of heroin at the border point in Bhairahawa.

                The drug was seized on Monday. Provincial Police Spokesperson Ram Kumar Sharma said the heroin had been hidden in \
                a bus.

                The case has been sent to the Drug Enforcement Unit of Lumbini Province Police for further investigation.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date().toString())
                .containsExactly("2023-11-06");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Drug Enforcement Unit", "Lumbini Province Police").noneMatch(n -> n.contains("Spokesperson"));
    }

    @Test
    void aForcesOwnNameInBracketsAndTheDrugsFoundAtAFinerPlace() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Africa | North Africa

                Army seizes cannabis in Naama

                March 3, 2021

                Algerian army forces have seized two tons of cannabis resin in the western province of Naama, together with \
                Italy's customs (Dogane), the Defense Ministry said on Tuesday.

                An army unit working with the gendarmerie found the drugs hidden in a lorry in the locality of Djenien Bourezg                 in Naama, some 500 km southwest of Algiers, the ministry said. The operation was part of the fight against                 smuggling in Algeria.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name()).contains("Dogane");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2021-03-02 Djenien Bourezg");
    }

    /** The set's own report, as scraped: the lead's province, then the locality where the drugs were found. */
    @Test
    void theSetsAlgerianReportPlacesItsFindAtTheLocality() throws Exception {
        String report = Files.readString(Path.of("..", "corpus", "real-heldout-122", "reports", "h122-en-04.txt"));
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, report);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2019-07-28 Bousmaghoun");
    }

    @Test
    void theDrugsFoundAgainElsewhereInTheReportAreNoOtherFind() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Balkans

                Police seize cocaine in banana shipment

                January 15, 2022

                Police seized 1.2 tonnes of cocaine hidden in a banana shipment on Friday, the interior ministry said.

                A customs officer at the port of Kotor first found the drugs and told his superiors. The minister said the navy                 found the cocaine after starting an operation in December with partners abroad.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactly("2022-01-14 null");
    }
}
