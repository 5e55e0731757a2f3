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
    private Reports() {
    }

    static Extraction extract(Path dir, String name, String text, Language language) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return Pipeline.standard(new CoreNlpTagger().preload(language), CountryNames.addTo(new Gazetteer()))
                .extract(new DocumentReaders().read(file, name, DocumentReaders.Options.DEFAULT));
    }
}
