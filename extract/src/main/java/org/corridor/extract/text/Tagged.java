package org.corridor.extract.text;

import java.util.List;

/** What a named-entity tagger found: the sentences of the text and the names in them, in order. */
public record Tagged(List<Span> sentences, List<Mention> mentions) {
    public Tagged {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }
}
