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
 * Shapes of held-out set 94 worked on in the twenty-second session: "Nobody was arrested" is no arrest; "Port of Spain", a
 * capital, names no country; a street the tagger took whole for a body ("the warehouse on Shankar Trace") is a place.
 */
class StreetsCapitalsAndNobodyTest {
    @TempDir
    Path dir;

    @Test
    void nobodyArrestedIsNoArrestAndPortOfSpainNamesNoCountry() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Trinidad

                Marijuana found in a container

                3 June 2024

                Officers of the Port of Spain Task Force found 30 kilograms of marijuana in a container at a yard in Sea Lots on \
                Sunday. Nobody was arrested in connection with the find, police said.
                """);
        assertThat(x.operations()).extracting(op -> op.type()).containsExactly("seizure");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).isEmpty();
    }

    @Test
    void aStreetTheTaggerTookForABodyIsAPlace() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Trinidad

                Cocaine found at a warehouse

                12 May 2023

                Officers were told that drugs were kept at a warehouse on Shankar Trace, and went there on Thursday. They found 4.5 \
                kilograms of cocaine.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("Shankar Trace");
    }
}
