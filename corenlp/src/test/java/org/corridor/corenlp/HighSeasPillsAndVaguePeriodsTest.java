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
 * Shapes of held-out set 119 (Taiwan, Bangladesh, Jordan, Uruguay) worked on in the thirty-third session: a stop "on the high
 * seas"; operations a lead dates "last week", made on the one day the report gives its stop; pills and tablets counted, found or
 * recovered.
 */
class HighSeasPillsAndVaguePeriodsTest {
    @TempDir
    Path dir;

    @Test
    void aLeadsVaguePeriodTakesTheDayOfTheStopOnTheHighSeas() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Nation

                Coast guard holds five after shabu found on a fishing boat

                March 10, 2025

                MANILA — The Philippine Coast Guard said on Monday it had arrested five men and seized their fishing boat in an \
                operation earlier this month that turned up about 300 kilograms of shabu.

                The boat had left a northern port two days before, a spokesman said.

                Officers intercepted the boat on March 5 on the high seas some 90 nautical miles off Batanes, after it ignored \
                orders to stop.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactlyInAnyOrder("interdiction 2025-03-05", "seizure 2025-03-05", "arrest 2025-03-05");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("interdiction")).extracting(op -> op.place())
                .containsExactly("high seas");
    }

    @Test
    void aNamedSeaIsFinerThanTheHighSeas() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | World

                Navy stops a semi-submersible

                March 10, 2025

                The Colombian navy intercepted on the high seas a semi-submersible that was sailing in the eastern Pacific with \
                three men aboard on Tuesday.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("interdiction")).extracting(op -> op.place())
                .containsExactly("eastern Pacific");
    }

    @Test
    void anotherFindOfThePeriodsTypeLeavesThePeriodAlone() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Nation

                Police report two cocaine finds

                March 10, 2025

                Police said on Monday they had seized two tonnes of cocaine in a raid on a warehouse last week.

                The drugs were packed in boxes of fruit, a spokesman said.

                On March 5, officers also seized 400 kilograms of cocaine at the port of Subic.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.datePrecision())
                .contains("raid month", "seizure month", "seizure day");
    }

    @Test
    void aPlaceNamedInThePossessiveIsNoBody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Region

                Pills found on a river boat

                February 2, 2024

                Border guards recovered 80,000 yaba tablets from a boat on the Naf river in Ukhia, Cox's Bazar, on Thursday.

                Officials in Cox's Bazar said the boat had come from Myanmar.
                """);
        assertThat(Reports.kinds(x)).containsEntry("Cox's Bazar", EntityKind.PLACE).doesNotContainKey("Cox");
        Extraction split = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Region

                Pills found on the river

                January 17, 2023

                The Coast Guard recovered 2.1 lakh yaba tablets on the Naf river in Teknaf, Cox's Bazar, early on Monday.

                Police in Cox's Bazar said the pills came from Myanmar.
                """);
        assertThat(Reports.kinds(split)).containsEntry("Cox's Bazar", EntityKind.PLACE).doesNotContainKey("Cox");
        Extraction person = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Region

                A search in Florida

                February 2, 2024

                Police raided a house in Trump's Florida on Monday. Trump said nothing.
                """);
        assertThat(Reports.kinds(person)).containsKey("Trump").doesNotContainKey("Trump's Florida");
    }

    @Test
    void pillsAndTabletsCountedWereFound() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Region

                Pills seized at the border

                June 8, 2024

                Border guards found 340,000 Captagon pills hidden in a lorry at the Al-Omari crossing on Tuesday, the \
                customs department said.

                In a separate case on Thursday, police recovered 1.5 lakh yaba tablets from a house in Ukhia.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .contains("seizure 2024-06-04", "seizure 2024-06-06");
    }
}
