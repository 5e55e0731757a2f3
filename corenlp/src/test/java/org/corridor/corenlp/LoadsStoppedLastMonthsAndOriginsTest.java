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
 * Shapes of held-out set 103 (the first Senegalese and Irish reports) worked on in the twenty-sixth session: customs that
 * "have stopped a record load of cocaine" seized it; a sentence opening on seizures of a kind ("Seizures of this kind are
 * growing more common: last November the navy seized ...") tells one later; "last November" is the November before the page
 * ("last April" in April a year ago), and drugs seized "from a ship off the coast" were taken at sea; "Gardaí" are Ireland's
 * police, no person; "the UK-registered van" names the country; and "a 40-year-old man from Glasgow" says where the man is
 * from, not where he was arrested.
 */
class LoadsStoppedLastMonthsAndOriginsTest {
    @TempDir
    Path dir;

    @Test
    void aLoadStoppedAndASeizureOfLastNovemberAtSea() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Africa | Business

                Record cocaine load found in lorry near Mali

                17/04/2024

                Customs officers in Senegal have stopped a record load of cocaine of about 900 kilograms, hidden in a lorry in \
                the town of Moussala, near the border with Mali.

                Seizures of this kind are growing more common in the country: last November the navy seized two tonnes of \
                cocaine from a ship off the coast. Last April, customs officers found 40 kilograms of cocaine at the port of Dakar.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2024-04-17 Moussala", "seizure 2023-11-01 null", "interdiction 2023-11-01 null",
                        "seizure 2023-04-01 Dakar");
    }

    @Test
    void policeByTheirIrishNameACountryInACompoundAndWhereMenAreFrom() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Times | Crime & Law | Ireland

                Cocaine seized from van in Kerry

                Thu Aug 14 2025

                Detectives seized about 200 kilograms of cocaine early on Wednesday in a van near Ballyheigue in Co Kerry.

                Armed officers stopped the UK-registered van and arrested its driver, a 52-year-old man from Liverpool.

                Gardaí believe the drugs were landed on a beach nearby.
                """);
        assertThat(x.entities()).noneMatch(e -> e.kind() == EntityKind.PERSON);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code()).contains("gb");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("seizure 2025-08-13 Ballyheigue", "arrest 2025-08-13 Ballyheigue")
                .noneMatch(op -> op.contains("Liverpool"));
    }
}
