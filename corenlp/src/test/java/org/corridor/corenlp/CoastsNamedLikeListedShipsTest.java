package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Held-out set 101's false link at first sight (twenty-fifth session): "next to the Makran coast" linked the region's name to
 * a listed Iranian navy ship whose list gives it the one-word alias "Makran". A capitalised word before "coast" after "to" is
 * a place, as after "off" or "along"; a word ending in "an" is a people's name only when a country's name holds its stem
 * ("the Iranian coast" names no place); and one word a page names as a place by what the place is is never a listed
 * party's one-word name.
 */
class CoastsNamedLikeListedShipsTest {
    @TempDir
    Path dir;

    @Test
    void aCoastNamedLikeAListedShipIsAPlaceAndLinksToNothing() throws Exception {
        Gazetteer list = CountryNames.addTo(new Gazetteer());
        for (String name : new String[] {"IRIS MAKRAN", "Makran", "IRINS Makran"}) {
            list.addParty(name, EntityKind.ORGANIZATION, new Mention.Listed("ofac-40716", "LegalEntity", name, "IRIS MAKRAN"));
        }
        Extraction x = Reports.extract(dir, list, Language.EN, """
                Example Agency | National | World

                Anti-narcotics force seizes hashish near Gwadar

                June 3, 2024

                QUETTA, June 3 — Pakistan's Anti-Narcotics Force (ANF) has seized 600 kilograms of hashish hidden in the Jiwani \
                area, a spokesman said. The force raided a house in the Peshukan area, next to the Makran coast, where it found \
                the drugs. Last year it stopped a boat off the Iranian coast.
                """);
        assertThat(x.entities()).noneMatch(e -> e.listed() != null);
        assertThat(Reports.kinds(x)).containsEntry("Makran", EntityKind.PLACE).doesNotContainKey("Iranian");
    }
}
