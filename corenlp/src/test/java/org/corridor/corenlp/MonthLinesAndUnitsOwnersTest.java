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
 * Shapes of held-out set 129 (the Gambia, the Cayman Islands, Somalia, Burkina Faso) worked on in the thirty-eighth session: a
 * page dated by its month alone; a find retold on the day it was announced; an ordinal day in a statement; a people's word in
 * the plural; a body's short form before its unit; a local word for a drug.
 */
class MonthLinesAndUnitsOwnersTest {
    @TempDir
    Path dir;

    @Test
    void aPageDatedByItsMonthGivesTheYearAndAFindRetoldOnTheDayItWasAnnouncedIsTheSameFind() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                News | International

                Niger: 80 kg of cocaine seized in a lorry

                June 2023

                Eighty kilograms of cocaine were seized in Niger on 7 June, the country's customs said on Tuesday.

                On Tuesday, 13 June, the customs said they had seized the 80 kilograms in a lorry with foreign plates.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2023-06-07 Niger");
        // (a month said is the find's as much as the saying's: kept)
        Extraction month = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                News | International

                Iraq seizes captagon

                June 13, 2023

                Iraqi forces seized two million captagon pills in Basra on Monday. Last month, security forces said they had \
                taken 12 million benzhexol pills.
                """);
        assertThat(month.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision())
                .contains("seizure 2023-05-01 month");
    }

    @Test
    void aStatementsOrdinalDayPeoplesWordsAUnitsOwnerAndAWordForADrug() throws Exception {
        Extraction gambia = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | News

                Agents seize cannabis in Brikama

                October 20, 2023

                "On Friday, 13th October 2023, operatives of the agency seized 40 kg of cannabis at Brikama. Four people have \
                been arrested: two Sierra Leoneans and two Guineans."
                """);
        assertThat(gambia.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactly("2023-10-13 Brikama");
        assertThat(gambia.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).isEmpty();
        Extraction cayman = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Crime

                Ganja found on a beach

                | 17/03/2015

                Police said 120lbs of ganja were recovered on a beach at Bodden Town on Sunday. "The RCIPS Marine Unit and the helicopter worked \
                well together," said Inspector Ann Lee. The local dealers sell the ganja as what users there call Sensi.
                """);
        assertThat(cayman.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("RCIPS").doesNotContain("RCIPS Marine Unit");
        assertThat(cayman.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2015-03-15 Bodden Town");
        assertThat(cayman.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .containsExactly("Ann Lee");
    }
}
