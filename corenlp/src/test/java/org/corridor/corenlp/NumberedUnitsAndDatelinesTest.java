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
 * Shapes of set 97 left over from the twenty-third session: a numbered regional office's initials with its number ("PDEA-11",
 * never defined in brackets) and a bracketed short form with the number ("(PRO7)") stand for the office, so the director named
 * by them is its; the country in a dateline ("DAVAO CITY, Philippines —") is named in the report, though the dateline is
 * page furniture to the rules (but "Ciudad de México, ..." names a city, no country); "arrested six people in two operations"
 * sums the arrests told one by one after it.
 */
class NumberedUnitsAndDatelinesTest {
    @TempDir
    Path dir;

    @Test
    void aRegionalOfficeByItsInitialsAndNumberAndADatelinesCountry() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Star | Nation | Metro

                Six held in two drug operations

                12 April 2025

                DAVAO CITY, Philippines — Agents of the Philippine Drug Enforcement Agency-11 arrested six people in two operations \
                over two days.

                In the first, on Wednesday, April 9, four men were caught in an entrapment operation inside the drug den they ran \
                in Panabo.

                PDEA-11 regional director Maria Santos Lim said on Friday that the four had been watched for weeks.

                On Thursday morning, April 10, agents searched a couple's house in Tagum City, Davao del Norte. They found P200,000 \
                worth of shabu there and arrested the couple.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code()).containsExactly("ph");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " " + t.organization().name())
                .containsExactly("Employment Maria Santos Lim Philippine Drug Enforcement Agency-11");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.date() + " " + op.place())
                .containsExactlyInAnyOrder("2025-04-09 Panabo", "2025-04-10 Tagum City");
    }

    @Test
    void aCityNamedAfterItsCountryInADatelineNamesNoCountry() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Seguridad

                Detienen a tres hombres en Culiacán

                Seguridad | 14 de marzo de 2025

                Ciudad de México, 14 de marzo de 2025.- Agentes federales detuvieron a tres hombres en Culiacán, Sinaloa, durante un \
                operativo el jueves.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).isEmpty();
    }

    @Test
    void aShortFormInBracketsWithTheOfficesNumber() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Tribune | Nation

                Cebu buy-bust nets P1M shabu

                3 May 2025

                Two suspects were arrested in a buy-bust on 1 May by the Police Regional Office 7 (PRO7) in Barangay Lahug, Cebu City.

                PRO7 director Carlos Reyes Dizon said the pair had supplied drugs to several towns.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Police Regional Office 7");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " " + t.organization().name())
                .containsExactly("Employment Carlos Reyes Dizon Police Regional Office 7");
    }
}
