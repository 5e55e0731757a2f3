package org.corridor.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.store.DocumentText;
import org.corridor.store.StoreView;

/**
 * The words of a document a statement was read from and the sentence around them, found from the
 * statement's character span (code points) in the document text stored with its source.
 */
public final class Evidence {
    private final StoreView view;
    private final Map<String, Optional<DocumentText>> documents = new HashMap<>();

    /** The words stated, the sentence around them, and the sentence with the words marked [[ ]]. */
    public record Quote(String quote, String sentence, String marked) {
    }

    public Evidence(StoreView view) {
        this.view = view;
    }

    public Optional<Quote> of(Statement s) {
        Location at = s.location();
        if (at.kind() != Location.Kind.SPAN) {
            return Optional.empty();
        }
        Optional<DocumentText> doc = documents.computeIfAbsent(s.source(), view::document);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        String body = doc.get().body();
        int total = body.codePointCount(0, body.length());
        long[] sentence = at.sentence();
        long from = sentence != null ? sentence[0] : Math.max(0, at.start() - 80);
        long to = sentence != null ? sentence[1] : Math.min(total, at.end() + 80);
        if (at.end() > total || to > total) {
            return Optional.empty();
        }
        int start = body.offsetByCodePoints(0, (int) at.start());
        int end = body.offsetByCodePoints(0, (int) at.end());
        int sStart = body.offsetByCodePoints(0, (int) from);
        int sEnd = body.offsetByCodePoints(0, (int) to);
        String quote = body.substring(start, end);
        String marked = flat(body.substring(sStart, start)) + "[[" + flat(quote) + "]]" + flat(body.substring(end, sEnd));
        return Optional.of(new Quote(quote, flat(body.substring(sStart, sEnd)).strip(), marked.strip()));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
