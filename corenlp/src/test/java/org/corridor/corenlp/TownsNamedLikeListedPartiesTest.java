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
 * A town named after the word for one ("en el cantón Urdaneta") is a place, even where the tagger calls it a body, so it is
 * never linked to a listed party of the same one-word name (the ninety-first held-out set's false link: a listed vessel
 * "URDANETA", ofac-26623, and an Ecuadorian canton).
 */
class TownsNamedLikeListedPartiesTest {
    @TempDir
    Path dir;

    @Test
    void aCantonIsAPlaceAndNoListedParty() throws Exception {
        Gazetteer list = CountryNames.addTo(new Gazetteer());
        list.addParty("Urdaneta", EntityKind.ORGANIZATION, new Mention.Listed("ofac-26623", "Vessel", "URDANETA", "URDANETA"),
                "ofac-26623");
        Extraction x = Reports.extract(dir, list, Language.ES, """
                Diario Ejemplo | Seguridad

                Militares detienen a alias Manabita en Los Ríos

                11 de diciembre de 2025

                En otro operativo, en el cantón Urdaneta, provincia de Los Ríos, militares del Ejército aprehendieron a alias \
                Manabita, señalado como integrante de Los Lobos.
                """);
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Urdaneta")).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EntityKind.PLACE);
            assertThat(e.listed()).isNull();
        });
        assertThat(x.entities()).noneMatch(e -> e.listed() != null && e.listed().entityId().equals("ofac-26623"));
    }
}
