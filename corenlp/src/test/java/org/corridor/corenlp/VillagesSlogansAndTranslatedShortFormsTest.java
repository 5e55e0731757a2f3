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
 * Shapes of held-out set 105 (the first Guyanese, Surinamese and Mozambican reports) worked on in the twenty-seventh session:
 * "a fisherman from Friendship Village on Guyana's East Coast" says where he is from, all of it; villages and housing schemes
 * are places by their names, "East Bank Demerara" a stretch of a river bank, no bank; "searched it" after the home just named is
 * a raid; a page whose first line is the day it was read and whose own date sits under the headline, with the site's slogan
 * between; "in two separate operations ... In the first, ... In the second, ..." tells two operations, even where the first
 * tells a search and not the seizure (not where only one part is told so); "did not say whether anyone had been detained" is no
 * arrest; "(BID Team)" is the short form of "Combating International Drug Team" in Dutch letters, and "(Sernic)" of the English name of a Portuguese-named service; "The Sernic
 * spokesperson in Nampula" holds a post in it and names the area of the post, not where anything was done; "the independent
 * newssheet Carta de Mocambique" is a medium.
 */
class VillagesSlogansAndTranslatedShortFormsTest {
    @TempDir
    Path dir;

    @Test
    void whereHeIsFromAVillageSearchedAndAHousingScheme() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Post | Caribbean | Sport

                Fisherman held after cocaine found at his home

                May 3, 2025

                Officers of the Customs Anti-Narcotics Unit arrested a fisherman from Friendship Village on Guyana's East \
                Coast on Thursday, 1 May, after they found about 6 kilograms of cocaine in his house.

                Acting on a tip, they went to his home at Lot 4 Friendship Village and searched it room by room.

                In a second operation the same day, officers stopped a car at the Diamond Housing Scheme on the East Bank \
                Demerara and arrested its driver.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PLACE).extracting(e -> e.name())
                .contains("Friendship Village", "Diamond Housing Scheme", "East Bank Demerara");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("East Bank Demerara");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2025-05-01 Friendship Village", "arrest 2025-05-01 Friendship Village",
                        "raid 2025-05-01 Friendship Village", "arrest 2025-05-01 Diamond Housing Scheme");
    }

    @Test
    void aPageReadLaterASloganAndTwoOperationsToldInParts() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                May 20, 2025

                Example Broadcasting Company

                Jamaica news you can rely on

                Suriname: Police seize over 1,000 kilos of cocaine

                March 15, 2024

                PARAMARIBO, Suriname, CMC – Police in Suriname seized more than 1,000 kilos of cocaine in two separate \
                operations earlier this week.

                In the first, on Tuesday, officers searched a container ship before it sailed for Belgium. The Combating \
                International Drug Team (BID Team), which works at the port, said the drugs were in 30 bags.

                In the second, more than 600 kilos of cocaine were seized in Albina, on the border with French Guiana.

                The police did not say whether anyone had been detained.
                """);
        assertThat(x.document().published()).hasToString("2024-03-15");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.name())
                .doesNotContain("Jamaica").contains("Suriname");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .as("'BID Team', Dutch letters and the English name's last word").containsExactly("Combating International Drug Team");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).flatExtracting(e -> e.mentions())
                .extracting(m -> m.text()).contains("BID Team");
        assertThat(x.entities()).as("'BID', a listed bank's short form, is no link here").allMatch(e -> e.listed() == null || e.listed().weak());
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision() + " " + op.place())
                .containsExactly("seizure 2024-03-12 day null", "seizure 2024-03-01 month Albina");
        Extraction onePart = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Caribbean

                Police seize cocaine in two operations

                March 15, 2024

                Police in Suriname seized 900 kilos of cocaine in two separate operations this week.

                In the first, on Tuesday, officers searched a truck at the border crossing in Albina.

                Separately, customs officers seized 400 kilos of cocaine at the port of Paramaribo.
                """);
        assertThat(onePart.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .as("one part told is no sign of which operation it is").containsExactly("seizure 2024-03-01 null",
                        "seizure 2024-03-15 Paramaribo");
    }

    @Test
    void aServiceByItsPortugueseShortFormItsSpokespersonsAreaAndANewspaper() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Africa | Mozambique | Business

                Heroin seized in Nacala

                12 May 2022

                Maputo - Mozambique's National Criminal Investigation Service (Sernic) says it seized 120 kilos of heroin \
                from a boat in Nacala.

                The Sernic spokesperson in Nampula, Enina Tsinine, quoted by the independent newssheet Carta de Mocambique, said two fishermen \
                had been detained.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactlyInAnyOrder("National Criminal Investigation Service", "Carta de Mocambique");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Employment Enina Tsinine -> National Criminal Investigation Service");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .containsExactlyInAnyOrder("seizure Nacala", "arrest Nacala");
    }
}
