package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "the State Department's Narcotics Rewards Program", "el Programa de Recompensas": a programme of rewards, run by a body but
 * none itself (held-out sets 66 and 67, whose gold says so), while the reward it offers is still an operation; and a prison by
 * its own name, "el Centro de Rehabilitación Social La Roca", is a place (set 66).
 */
class ProgrammesAndPrisonsAreNoBodiesTest {
    @TempDir
    Path dir;

    @Test
    void aRewardsProgrammeIsNoBody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Daily | World

                US offers $5 million for a cartel's money launderer

                April 2, 2026

                The State Department is offering up to $5 million under its Narcotics Rewards Program for information leading to \
                the arrest of a man it says launders money for the Gulf Cartel.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("State Department").doesNotContain("Narcotics Rewards Program");
        assertThat(x.operations()).extracting(o -> o.type()).contains("reward");
        Extraction set67 = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN,
                Files.readString(Path.of("..", "corpus", "real-heldout-67", "reports", "h67-en-01.txt")));
        assertThat(set67.entities()).extracting(e -> e.name()).doesNotContain("Narcotics Rewards Program");
    }

    @Test
    void aPrisonByItsOwnNameIsAPlace() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Seguridad

                Cabecilla dirigía extorsiones desde la cárcel

                9 de marzo de 2026

                Desde el Centro de Rehabilitación Social Turi, alias Cuervo, uno de los cabecillas de Los Lobos, ordenaba cobros \
                extorsivos a comerciantes de Cuenca, según la Fiscalía.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("Centro de Rehabilitación Social Turi");
        Extraction set66 = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES,
                Files.readString(Path.of("..", "corpus", "real-heldout-66", "reports", "h66-es-02.txt")));
        assertThat(set66.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("Centro de Rehabilitación Social La Roca");
    }
}
