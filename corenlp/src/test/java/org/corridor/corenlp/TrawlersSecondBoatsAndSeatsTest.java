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
 * Shapes of held-out set 101 (the first Sri Lankan and Pakistani reports) worked on in the twenty-sixth session: a navy that
 * "has taken" weighed drugs "from a fishing trawler that it stopped" seized them and stopped the boat; "took the trawler into
 * custody" holds a boat, not people; "stopped one boat off X with 30 packages of heroin" is a stop and a seizure there, and
 * "A second boat ... was stopped" another stop, not placed by the first; "Raids are under way to arrest" two men arrests no
 * one; and "ANF Headquarters" is the force itself.
 */
class TrawlersSecondBoatsAndSeatsTest {
    @TempDir
    Path dir;

    @Test
    void drugsTakenFromATrawlerItStopped() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Lanka News | Local | Sports

                Navy finds heroin on fishing trawler

                March 9, 2024

                The Sri Lanka Navy has taken about 80 kilograms of heroin from a fishing trawler that it stopped off the southern \
                coast on Saturday (9).

                Naval officers took the trawler into custody inside Sri Lanka's southern maritime boundary and brought it to \
                the harbour at Galle.

                The five fishermen on board were arrested.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("interdiction 2024-03-09 Sri Lanka", "seizure 2024-03-09 Sri Lanka",
                        "arrest 2024-03-09 Sri Lanka");
    }

    @Test
    void aBoatItStoppedAndDrugsItHasTaken() throws Exception {
        Extraction stop = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Lanka News | Local | Sports

                Navy questions crew of fishing boat

                July 3, 2024

                Officers are questioning the crew of a fishing dhow that it stopped off Negombo on Monday, the Navy said.
                """);
        assertThat(stop.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("interdiction 2024-07-01 Negombo");
        Extraction taken = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Lanka News | Local | Sports

                Heroin in a lorry at a checkpoint

                July 3, 2024

                Police in Kandy have taken 12 kilograms of heroin from a lorry at a checkpoint on the main road.
                """);
        assertThat(taken.operations()).extracting(op -> op.type()).containsExactly("seizure");
    }

    @Test
    void aSecondBoatIsAnotherStopElsewhere() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Gazette | News | Sport

                Navy holds two boats with heroin

                October 2, 2023

                The Navy stopped one boat in the waters off Kalpitiya with 30 packages of heroin weighing 31 kilograms.

                A second fishing boat carrying heroin was stopped in the northern seas after its crew had thrown the drugs \
                into the water.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("interdiction 2023-10-02 Kalpitiya", "seizure 2023-10-02 Kalpitiya",
                        "interdiction 2023-10-02 null");
    }

    @Test
    void anArrestSoughtAndAForcesSeat() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Agency | National | World

                ANF seizes hashish near Ormara

                May 20, 2024

                KARACHI, May 20 — Pakistan's Anti-Narcotics Force (ANF) has seized 700 kilograms of hashish hidden in the Ormara \
                area.

                A spokesman for ANF Headquarters said raids are under way to arrest the smugglers' two leaders, Karim Dashti and \
                Nabi Dashti.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Anti-Narcotics Force");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2024-05-20 Ormara");
    }
}
