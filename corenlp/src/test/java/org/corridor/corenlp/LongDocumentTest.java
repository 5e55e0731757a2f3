package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 9: a long document (here one report's body written out many times, as a court
 * record or a hearing transcript repeats its names) is read by the same rules as a short one.
 * The stages that used to look back over every earlier mention for each new one (overlaps,
 * aliases, acronym definitions, nicknames, sentence look-ups) now look only near it; the
 * entities they find, and the mentions of each, must be those of the short text times the
 * copies. The tagger reports its progress block by block up to the whole text.
 */
class LongDocumentTest {
    private static final CoreNlpTagger TAGGER = new CoreNlpTagger().preload(Language.EN);
    private static final int COPIES = 60;

    private static final String BODY = """
            Prosecutors in Brooklyn said Ismael Zambada García, known as 'El Mayo', ran the Sinaloa Cartel with \
            Joaquín Guzmán Loera for two decades. The Drug Enforcement Administration (DEA) said the DEA had traced \
            payments through the Bank of Panama. Zambada pleaded guilty, and Guzmán remains in prison in Colorado.

            The Office of Foreign Assets Control (OFAC) at the Treasury Department named three companies in Culiacán \
            that OFAC said laundered money for the cartel. Mexico's government said it would review the evidence.
            """;

    @TempDir
    Path dir;

    @Test
    void aLongDocumentFindsTheEntitiesOfItsPartsWithEveryMentionAndReportsProgress() throws Exception {
        Extraction once = extract("once.txt", "Cartel finances\n\n" + BODY, done -> { });
        StringBuilder text = new StringBuilder("Cartel finances\n\n");
        for (int i = 0; i < COPIES; i++) {
            text.append(BODY).append('\n');
        }
        List<Long> progress = new ArrayList<>();
        Extraction many = extract("many.txt", text.toString(), progress::add);

        Map<String, Integer> single = mentionsByEntity(once);
        Map<String, Integer> repeated = mentionsByEntity(many);
        assertThat(single).containsKeys("PERSON Ismael Zambada García", "ORGANIZATION Drug Enforcement Administration");
        assertThat(repeated.keySet()).isEqualTo(single.keySet());
        single.forEach((entity, count) -> assertThat(repeated.get(entity)).as(entity).isEqualTo(count * COPIES));

        assertThat(progress).hasSizeGreaterThan(text.length() / 20_000).isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(many.document().text().length());
    }

    private Extraction extract(String name, String text, java.util.function.LongConsumer progress) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        return Pipeline.standard(TAGGER, CountryNames.addTo(new Gazetteer()))
                .extract(new DocumentReaders().read(file, name, DocumentReaders.Options.DEFAULT), progress);
    }

    /** Mentions per entity, keyed by kind and name; the headline's mentions are left out. */
    private static Map<String, Integer> mentionsByEntity(Extraction x) {
        int bodyStart = x.document().text().indexOf("Prosecutors");
        Map<String, Integer> out = new TreeMap<>();
        for (DocEntity e : x.entities()) {
            int n = (int) e.mentions().stream().filter(m -> m.start() >= bodyStart).count();
            if (n > 0) {
                out.merge(e.kind() + " " + e.name(), n, Integer::sum);
            }
        }
        return out;
    }
}
