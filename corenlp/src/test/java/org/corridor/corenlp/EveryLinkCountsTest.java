package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corridor.extract.eval.ExtractionEval;
import org.corridor.extract.eval.Gold;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link made in a report written from a real page is scored even where its gold asks for no link (a false link hidden there
 * before), and a public body's name every country uses ("Ministerio del Interior", listed for one country) is only proposed.
 */
class EveryLinkCountsTest {
    @TempDir
    Path dir;

    private static final String REPORT = """
            Diario Ejemplo | Nacional | Mundo

            Deportan a un hombre buscado por narcotráfico

            20 de octubre de 2025

            El hombre, Tomás Rivera, llegó al país el sábado y pasó una evaluación médica, según el Ministerio del Interior. \
            Días antes, Wu Jianhong fue visto en el puerto.
            """;

    private static Gazetteer list() {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        g.addParty("Ministerio del Interior", EntityKind.ORGANIZATION,
                new Mention.Listed("ofac-30976", "LegalEntity", "Ministerio del Interior", "Ministry of Interior"), "ofac-30976");
        g.addParty("Wu Jianhong", EntityKind.ORGANIZATION, new Mention.Listed("ofac-5", "LegalEntity", "Wu Jianhong", "Wu Jianhong"),
                "ofac-5");
        return g;
    }

    @Test
    void aPublicBodysNameManyCountriesUseIsOnlyProposed() throws Exception {
        Extraction x = Reports.extract(dir, list(), Language.ES, REPORT);
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Ministerio del Interior")).singleElement()
                .satisfies(e -> assertThat(e.listed() == null || e.listed().weak()).as(String.valueOf(e.listed())).isTrue());
    }

    @Test
    void aLinkInAReportFromARealPageCountsWhenItsGoldAsksForNone() throws Exception {
        Extraction x = Reports.extract(dir, list(), Language.ES, REPORT);
        assertThat(x.entities()).anyMatch(e -> e.listed() != null && !e.listed().weak() && e.listed().entityId().equals("ofac-5"));
        Gold fromAPage = new Gold("report.txt", "https://example.org/page", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        ExtractionEval eval = new ExtractionEval();
        eval.add(fromAPage, x);
        assertThat(eval.tallies().get("link to listed party").falsePositives()).isEqualTo(1);
        assertThat(eval.errors()).anyMatch(e -> e.contains("false link of 'Wu Jianhong'"));

        Gold written = new Gold("report.txt", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        ExtractionEval dev = new ExtractionEval();
        dev.add(written, x);
        assertThat(dev.tallies().get("link to listed party").falsePositives()).as("a corpus without links is not scored on them")
                .isZero();
    }
}
