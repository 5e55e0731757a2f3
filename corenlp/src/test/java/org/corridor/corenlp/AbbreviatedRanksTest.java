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
 * A shape the seventy-ninth held-out set showed the rules missing (corpus/real-heldout-79): an office named before an
 * abbreviated rank, "at the direction of the SOUTHCOM commander, Gen. X", is the person's post. Names of people are invented.
 */
class AbbreviatedRanksTest {
    @TempDir
    Path dir;

    @Test
    void anOfficeBeforeAnAbbreviatedRankIsThePersonsPost() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | World | Politics

                US forces strike another boat in the Caribbean

                March 4, 2026

                U.S. Southern Command said its forces struck a vessel in the Caribbean on Tuesday, acting at the direction of the \
                SOUTHCOM commander, Gen. Walter P. Hensley, and killing two men aboard.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Walter P. Hensley -> U.S. Southern Command");
    }
}
