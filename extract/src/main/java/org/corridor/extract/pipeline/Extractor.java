package org.corridor.extract.pipeline;

import org.corridor.extract.doc.Document;
import org.corridor.extract.facts.Extraction;

/** Turns a document into entities, ties, designations and operations with their spans. Thread-safe. */
public interface Extractor {
    Extraction extract(Document document);

    /**
     * As {@link #extract(Document)}, telling {@code charactersDone} how many characters of the
     * text have been read, as the work goes on (a long document takes minutes).
     */
    default Extraction extract(Document document, java.util.function.LongConsumer charactersDone) {
        Extraction extraction = extract(document);
        charactersDone.accept(document.text().length());
        return extraction;
    }
}
