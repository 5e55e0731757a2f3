package org.corridor.extract.facts;

import java.util.List;
import org.corridor.extract.doc.Document;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.text.Span;

/** Everything extracted from one document. */
public record Extraction(Document document, List<Span> sentences, List<DocEntity> entities, List<Position> positions,
        List<Tie> ties, List<Designation> designations, List<OperationFact> operations, List<RunningTotal> totals) {

    public Extraction {
        if (!inOrder(sentences)) {
            sentences = sentences.stream().sorted().toList();
        }
    }

    private static boolean inOrder(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i - 1).start() > spans.get(i).start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence that holds a span, or the span itself when it is outside every sentence.
     * Sentences follow one another without overlapping, so only the last one starting at or
     * before the span can hold it: found by binary search, as a scan per question made a long
     * document's cost grow with the square of its length.
     */
    public Span sentenceOf(Span span) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0 && sentences.get(i).end() >= span.end(); i--) {
            if (sentences.get(i).contains(span)) {
                return sentences.get(i);
            }
        }
        return span;
    }
}
