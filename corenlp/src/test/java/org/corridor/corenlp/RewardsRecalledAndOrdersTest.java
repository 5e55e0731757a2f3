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
 * Shapes the seventy-fourth held-out set showed the rules missing (corpus/real-heldout-74): an extradition that is an aim or
 * an order faced, a capture a prosecutor ordered, a place "in a rural part of the X region", a related-notes list, and two
 * people a sanction names by "los" after "Los dos". Names of people here are invented.
 */
class RewardsRecalledAndOrdersTest {
    @TempDir
    Path dir;

    @Test
    void anExtraditionAimedAtIsNoneAndACaptureInARuralPartOfARegionIsThere() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Asia | World | Business

                Colombia wants to extradite captured drug lord

                25 Oct 2021 02:54AM

                BOGOTA: Colombia's first aim is to extradite the captured drug lord Hernan Ruiz Zapata to the United States, \
                government sources said on Sunday.

                Ruiz Zapata was caught by Colombia's armed forces in an operation in a rural part of the Uraba region, in \
                Antioquia province, officials said on Saturday.

                He faces extradition orders from the United States, and Colombia will work to see that the extradition happens, \
                President Ivan Duque said.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("arrest 2021-10-23 Uraba").noneMatch(o -> o.startsWith("extradition"));
    }

    @Test
    void aCaptureOrderedIsNoneRelatedNotesAreFurnitureAndTheTwoNamedBeforeAreSanctioned() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nacional | Mundo | Deportes

                EU ofrece recompensa por dos capos

                26 de febrero de 2026

                El Departamento de Estado anunció este jueves recompensas de hasta cinco millones de dólares por información \
                que lleve a la captura de dos capos del narcotráfico.

                Los buscados son Tomás Ibarra Lugo, alias El Tejón, y su hermano Rubén Ibarra Lugo, alias Marcial.

                Los dos están acusados de narcotráfico en una corte federal de California desde 2014, y en 2023 los sancionó el \
                Departamento del Tesoro.

                La fiscalía mexicana ordenó su captura en México y en el extranjero.

                Notas Relacionadas
                Diputado invita a la Feria del Helado 2025
                04 de octubre de 2025
                """);
        assertThat(x.designations()).extracting(d -> d.target().name()).contains("Tomás Ibarra Lugo", "Rubén Ibarra Lugo");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date()).containsExactly("reward 2026-02-26");
        assertThat(x.entities()).extracting(e -> e.name()).noneMatch(n -> n.contains("Diputado") || n.contains("Notas"));
    }
}
