package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of held-out set 111 (Uganda) worked on in the thirtieth session: a lead that sums up finds "in three days at" an
 * airport, then tells each day's find with no place; a home named by its owner ("Mensah's house") where the report said
 * earlier where that person lives; a load "intercepted" at the airport a sentence before set the scene; and an arrest placed
 * only by where the police who made it serve, told again at a place of its own.
 */
class SummedDaysAndHomesTest {
    @TempDir
    Path dir;

    @Test
    void daysSummedAtOnePlaceAreEachThere() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Monitor | News | National

                Police take heroin worth Shs2b at Entebbe International Airport

                Friday June 14 2019

                KAMPALA. Police have seized narcotic drugs worth Shs2 billion and arrested five suspects in three days at \
                Entebbe International Airport, where the five are held.

                According to police, on June 7 a courier firm reported a parcel of wooden carvings in which officers found \
                narcotic drugs. "We followed the sender and arrested two people," the spokesman said.

                On June 10 a second parcel bound for Ghana was stopped, and drugs were found in it. A clearing agent was arrested.

                On June 12 another parcel was stopped and three kilogrammes of heroin were recovered.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2019-06-07 Entebbe International Airport", "arrest 2019-06-07 null",
                        "seizure 2019-06-10 Entebbe International Airport", "arrest 2019-06-10 null",
                        "seizure 2019-06-12 Entebbe International Airport");
    }

    @Test
    void aHomeNamedByItsOwnerIsWhereTheOwnerLives() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Independent | News | Crime

                Drug courier arrested after airport find

                October 2, 2021

                Kampala, Uganda | Aviation police at Entebbe International Airport have arrested a man who was sending drugs to \
                Kenya.

                Sources at the airport say a handling firm received export cargo from a courier company. When the cargo was \
                screened, anti-narcotics officers intercepted two packages holding a white powder suspected to be heroin.

                The shipper told police the packages came from a Ghanaian national, Mensah Kofi Boateng, who lives in \
                Bweyogerere in Wakiso district.

                Officers went with the shipper to Mensah's home, where he was arrested.

                Police spokesperson Ruth Namubiru said officers who searched Mensah's house recovered 6 packages of suspected \
                methamphetamine.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2021-10-02 Entebbe International Airport", "arrest 2021-10-02 Bweyogerere",
                        "raid 2021-10-02 Bweyogerere", "seizure 2021-10-02 Bweyogerere");
    }

    @Test
    void aHomeOfSomeoneWhoseHomeIsNotToldHasNoPlace() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Independent | News | Crime

                Drugs found in a house

                October 2, 2021

                Police in Jinja said Mensah Kofi Boateng, who works in Bweyogerere, had been sending drugs abroad. A woman who \
                lives in Kampala told officers about the parcels.

                Officers who searched Mensah's house recovered 6 packages of suspected methamphetamine.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .doesNotContain("raid Bweyogerere", "seizure Bweyogerere", "raid Kampala", "seizure Kampala");
    }

    @Test
    void theAirportOfAnOperationToldBeforeIsNotTheNextOnes() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Monitor | News | National

                Courier held at Entebbe International Airport

                Friday June 14 2019

                Police said a courier was arrested at Entebbe International Airport on Monday at the airport's cargo gate.

                On Wednesday officers searched a warehouse and seized 20 kilogrammes of cannabis.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .doesNotContain("raid Entebbe International Airport", "seizure Entebbe International Airport");
    }
}
