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

/** A body's regional command named with a compass word after the body ("Border Force South", held-out set 92). */
class RegionalCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aCompassWordAfterABodysNameIsPartOfTheRegionalCommandsName() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | UK

                Cocaine found in a lorry at Dover

                4 January 2026

                Border Force officers found 60 kilograms of cocaine hidden in a lorry at Dover on 2 January. Mark Ellis, director of \
                Border Force South, said the find kept the drugs off the streets.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Border Force", "Border Force South");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Employment Mark Ellis -> Border Force South");
    }
}
