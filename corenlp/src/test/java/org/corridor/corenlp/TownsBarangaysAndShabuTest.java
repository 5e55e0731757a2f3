package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.facts.OperationFact;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of held-out set 97 (the first Philippine reports) worked on in the twenty-third session: a regional office's number
 * is part of its name; "in President Roxas, Capiz", a town and its province the tagger took for persons, are places; a
 * house searched is a raid and "P340,000 worth of shabu" found there a seizure; "The joint operation of ... was carried out ... in
 * Barangay X" places the arrests and seizure told before it, no raid of its own; the places a syndicate supplied drugs to,
 * listed, are not where it was caught; shabu weighed is methamphetamine.
 */
class TownsBarangaysAndShabuTest {
    @TempDir
    Path dir;

    @Test
    void aHouseSearchedInATownAndItsProvince() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Nation

                Shabu found in Capiz house

                5 March 2025

                On Monday, March 3, agents of the Police Regional Office 6 searched a man's house in President Roxas, Capiz. They \
                found P340,000 worth of shabu there.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Police Regional Office 6");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("raid 2025-03-03 President Roxas", "seizure 2025-03-03 President Roxas");
    }

    @Test
    void aBuyBustInABarangay() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Regions

                Three held in Iloilo buy-bust

                14 June 2025

                Three suspects were arrested and 250 grams of shabu were seized in an operation on 12 June, police said, calling \
                them members of a group supplying drugs to Western Visayas and Negros Island.

                The joint operation of the PNP Drug Enforcement Group and the Police Regional Office 6 was carried out at dawn in \
                Barangay Tabuc Suba, Jaro.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .containsExactlyInAnyOrder("arrest Barangay Tabuc Suba", "seizure Barangay Tabuc Suba");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(OperationFact::seizedKg,
                OperationFact::substance).containsExactly(org.assertj.core.groups.Tuple.tuple(0.25, "methamphetamine"));
    }
}
