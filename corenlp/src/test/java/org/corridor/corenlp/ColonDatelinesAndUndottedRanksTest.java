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
 * Shapes of held-out set 99 (the first Malaysian, South African and Indonesian reports) worked on in the twenty-fourth session:
 * "ALOR SETAR:" opening a report is its dateline, no person; "Col Thandi Mokoena" and "Lt-Gen Sipho Dlamini", ranks without
 * dots, are not part of the names, and "Hawks spokesperson Col ..." is the Hawks' even where the tagger passes over "Hawks"
 * there; "carried out a search and seizure warrant" is a raid and no seizure by itself, and "officers found mandrax tablets" is
 * one (as are "found crystal meth" and "found large amounts of heroin", which the trigger took but a later check dropped);
 * "drugs reaching the Western Cape" is where the drugs went; Myanmar is a country, and "four from Myanmar" is where people are
 * from, not where they were arrested.
 */
class ColonDatelinesAndUndottedRanksTest {
    @TempDir
    Path dir;

    @Test
    void aColonDatelineIsNoPerson() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Sun | Malaysia News | Sport

                Marine police seize syabu off Kedah

                March 4, 2025

                ALOR SETAR: The Marine Police Force seized 40 kilograms of syabu when it intercepted a boat near Pulau Payar on \
                Sunday night.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
    }

    @Test
    void aLabRaidWithUndottedRanks() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Live | News | South Africa

                Hawks find mandrax lab near Rustenburg

                20 August 2024

                Three people were arrested on Tuesday when the Hawks uncovered a drug laboratory in Rustenburg, North West.

                The suspects were arrested by the Hawks and Crime Intelligence, which carried out a search and seizure warrant \
                after an investigation into drugs reaching the Western Cape.

                Hawks spokesperson Col Thandi Mokoena said officers found mandrax tablets and a tablet press at the house.

                Lt-Gen Sipho Dlamini, national head of the Directorate for Priority Crime Investigation, praised the team.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .containsExactlyInAnyOrder("Thandi Mokoena", "Sipho Dlamini");
        assertThat(x.ties()).extracting(t -> t.person().name() + " " + t.organization().name())
                .contains("Thandi Mokoena Hawks", "Sipho Dlamini Directorate for Priority Crime Investigation");
        assertThat(x.positions()).extracting(p -> p.person().name() + " | " + p.title())
                .contains("Thandi Mokoena | Hawks spokesperson");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2024-08-20 Rustenburg", "raid 2024-08-20 Rustenburg", "seizure 2024-08-20 Rustenburg");
    }

    @Test
    void aDrugNamedRightAfterTheFindIsSeized() throws Exception {
        for (String find : new String[] {"crystal meth under the seats", "large amounts of heroin in the boot"}) {
            Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                    Example Post | News

                    Police find drugs in car

                    3 June 2025

                    Police stopped a car in Sabang on Sunday, June 1, and arrested the driver. Officers found %s.
                    """.formatted(find));
            assertThat(x.operations()).extracting(op -> op.type() + " " + op.date()).as(find).contains("seizure 2025-06-01");
        }
    }

    @Test
    void aWarrantsNameSeizesNothing() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Live | News | South Africa

                Two held in Durban drug probe

                12 September 2024

                Police carried out a search and seizure warrant at a house in Umlazi, Durban, on Tuesday and arrested two men.
                """);
        assertThat(x.operations()).extracting(op -> op.type()).containsExactlyInAnyOrder("raid", "arrest");
    }

    @Test
    void theCrewsNationalitiesAreNotWhereTheShipWasStopped() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Post | World | Asia

                Navy stops ship with methamphetamine off Aceh

                June 3, 2025

                The navy has seized a fishing boat carrying 800 kilograms of methamphetamine and arrested the six men on board, two \
                Thai nationals and four from Myanmar.

                Naval officers stopped the vessel in the waters off Sabang, Aceh, on Sunday.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code()).contains("mm");
        assertThat(x.operations()).extracting(op -> op.place()).doesNotContain("Myanmar");
    }
}
