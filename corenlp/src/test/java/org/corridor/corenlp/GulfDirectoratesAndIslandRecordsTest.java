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
 * Shapes of held-out set 124 (Latvia, Seychelles, Uzbekistan, Bahrain) worked on in the thirty-sixth session: a date line of
 * bars with an author and a time after "@"; a post in the body named by its possessive; a record's island nation, no place; the
 * drugs "being intercepted", no boat; a directorate "of" another body; an attempt to smuggle stopped; an import's origin; a
 * time and a day a slash apart; "the Border Troops".
 */
class GulfDirectoratesAndIslandRecordsTest {
    @TempDir
    Path dir;

    @Test
    void aBarredDateLineAPossessedPostAndAnIslandNationsRecord() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Island News Agency

                Drug agency reports record cocaine seizure

                General |Author: Mary Payet | May 2, 2019, Thursday @ 10:05| 120 views

                (Example Island News Agency) - The National Drugs Enforcement Agency of Seychelles, the NDEA, says it has made the \
                biggest cocaine seizure ever recorded in the Indian Ocean island nation.

                The agency took 12 kilograms of cocaine in an operation on Thursday morning at Anse Boileau.

                "Weeks of surveillance led to the drugs being intercepted," the NDEA's Chief Officer, Paul Hoareau, said.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2019-05-02 Anse Boileau");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name()).containsExactly("Paul Hoareau");
        assertThat(x.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .containsExactly("Paul Hoareau -> National Drugs Enforcement Agency");
    }

    @Test
    void aDirectorateOfAnotherBodyAndAnAttemptToSmuggleStopped() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Gulf News | Local

                Customs stop hashish hidden in onions

                  • Publish date: Sunday، 7 May 2023

                The Land Ports Customs Directorate of Customs Affairs has stopped an attempt to smuggle drugs hidden in a load of \
                onions, in a truck imported from Asia.

                The Anti-Narcotics Directorate of the General Directorate of Criminal Investigation was alerted.

                The truck carried 20 kilograms of hashish, officials said.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2023-05-07 null");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactlyInAnyOrder("Land Ports Customs Directorate", "Customs Affairs", "Anti-Narcotics Directorate",
                        "General Directorate of Criminal Investigation");
    }

    @Test
    void aTimeAndADayASlashApartAndTheBorderTroops() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                09:40 / 14.03.2021
                Customs officers stop opium in transit

                Officers of a customs post in Termez, working with the Border Troops, uncovered an attempt to move a large batch of \
                drugs across the country.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date()).containsExactly("seizure 2021-03-14");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Border Troops");
    }

    @Test
    void aBoatCarryingDrugsStoppedIsABoatNotTheDrugs() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Gazette | News

                Navy stops two boats

                June 3, 2022

                The Navy stopped two fishing boats carrying heroin today.

                The Navy stopped one boat in the sea off Galle with 20 packages of heroin weighing 21 kilograms. A second fishing \
                boat carrying heroin was stopped in the southern seas after its crew had thrown the heroin overboard.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .containsExactlyInAnyOrder("interdiction Galle", "seizure Galle", "interdiction null");
    }
}
