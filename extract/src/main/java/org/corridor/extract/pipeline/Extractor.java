package org.corridor.extract.pipeline;

import org.corridor.extract.doc.Document;
import org.corridor.extract.facts.Extraction;

/** Turns a document into entities, ties, designations and operations with their spans. Thread-safe. */
public interface Extractor {
    Extraction extract(Document document);
}
