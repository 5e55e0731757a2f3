package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.corridor.extract.doc.Document;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.eval.ExtractionEval;
import org.corridor.extract.eval.Gold;
import org.corridor.extract.eval.Tally;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of the document-intelligence issue, on the project's own annotated corpus (50
 * reports, 15 in Spanish), with no sanctions list loaded: CoreNLP, the country names and the
 * document's own definitions only.
 */
class CorpusAccuracyTest {
    private static final Path CORPUS = Path.of("..", "corpus");
    private static ExtractionEval eval;
    private static Map<String, Extraction> extractions = new java.util.HashMap<>();

    @BeforeAll
    static void extractTheCorpus() {
        Pipeline pipeline = Pipeline.standard(new CoreNlpTagger().preload(Language.EN, Language.ES), CountryNames.addTo(new Gazetteer()));
        Map<String, Gold> gold = Gold.read(CORPUS.resolve("gold.jsonl"));
        assertThat(gold).hasSizeGreaterThanOrEqualTo(40);
        assertThat(gold.keySet().stream().filter(n -> n.contains("es-")).count() * 3).isGreaterThanOrEqualTo(gold.size());
        eval = new ExtractionEval();
        DocumentReaders readers = new DocumentReaders();
        for (Map.Entry<String, Gold> e : gold.entrySet()) {
            Path file = CORPUS.resolve("reports").resolve(e.getKey());
            assertThat(file).exists();
            Document doc = readers.read(file, e.getKey(), DocumentReaders.Options.DEFAULT);
            Extraction x = pipeline.extract(doc);
            extractions.put(e.getKey(), x);
            eval.add(e.getValue(), x);
        }
    }

    @Test
    void personsOrganisationsAndCountriesMeetTheRecallAndPrecisionLines() {
        for (String type : new String[] {"entity person", "entity organization", "entity country"}) {
            Tally t = eval.tallies().get(type);
            assertThat(t.recall()).as(type + " recall; misses: " + eval.errors()).isGreaterThanOrEqualTo(0.95);
            assertThat(t.precision()).as(type + " precision; extras: " + eval.errors()).isGreaterThanOrEqualTo(0.90);
        }
    }

    @Test
    void operationsAreFoundWithTheRightTypeDateAndPlaceInFourCasesOfFive() {
        assertThat(eval.tallies().get("operation type+date+place").recall()).as(eval.errors().toString()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void everyMentionSpanReproducesTheWordsItNames() {
        for (Extraction x : extractions.values()) {
            String text = x.document().text();
            for (DocEntity e : x.entities()) {
                for (Mention m : e.mentions()) {
                    assertThat(m.span().of(text)).isEqualTo(m.text());
                }
            }
        }
    }

    @Test
    void theCorpusIsOurOwnTextNotAnEmptyFolder() throws Exception {
        try (var files = Files.list(CORPUS.resolve("reports"))) {
            assertThat(files.count()).isGreaterThanOrEqualTo(40);
        }
    }
}
