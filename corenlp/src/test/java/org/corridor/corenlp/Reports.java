package org.corridor.corenlp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.Language;

/** A report written to a file and read by the standard pipeline with the countries' gazetteer, as the tests here need. */
final class Reports {
    /** One tagger with both languages' models, shared by the tests that give their own gazetteer. */
    private static final class Shared {
        static final CoreNlpTagger TAGGER = new CoreNlpTagger().preload(Language.EN, Language.ES);
    }

    private Reports() {
    }

    /** The report as {@code report.txt} in {@code dir}, read in {@code language} with the given gazetteer (a list's names). */
    static Extraction extract(Path dir, Gazetteer gazetteer, Language language, String text) throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, text);
        return Pipeline.standard(Shared.TAGGER, gazetteer).extract(new DocumentReaders().read(file, "report.txt",
                new DocumentReaders.Options(null, null, language, null)));
    }

    /** Each entity's name and kind. */
    static java.util.Map<String, org.corridor.extract.text.EntityKind> kinds(Extraction x) {
        java.util.Map<String, org.corridor.extract.text.EntityKind> kinds = new java.util.HashMap<>();
        x.entities().forEach(e -> kinds.put(e.name(), e.kind()));
        return kinds;
    }

    static Extraction extract(Path dir, String name, String text, Language language) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return Pipeline.standard(new CoreNlpTagger().preload(language), CountryNames.addTo(new Gazetteer()))
                .extract(new DocumentReaders().read(file, name, DocumentReaders.Options.DEFAULT));
    }
}
