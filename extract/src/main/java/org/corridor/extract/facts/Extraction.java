package org.corridor.extract.facts;

import java.util.List;
import org.corridor.extract.doc.Document;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.text.Span;

/** Everything extracted from one document. */
public record Extraction(Document document, List<Span> sentences, List<DocEntity> entities, List<Position> positions,
        List<Tie> ties, List<Designation> designations, List<OperationFact> operations) {

    /** The sentence that holds a span, or the span itself when it is outside every sentence. */
    public Span sentenceOf(Span span) {
        for (Span s : sentences) {
            if (s.start() <= span.start() && span.end() <= s.end()) {
                return s;
            }
        }
        return span;
    }
}
