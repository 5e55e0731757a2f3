package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.EntityTagger;
import org.corridor.extract.text.Span;
import org.corridor.extract.text.Tagged;

/** Sentences and named entities from the tagger (CoreNLP in the standard build). */
public final class TagStage implements Stage {
    private final EntityTagger tagger;

    public TagStage(EntityTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public void apply(Work work) {
        Tagged tagged = tagger.tag(work.text(), work.document.language(), work.charactersDone);
        String text = work.text();
        // the sentences come in order: one pass over the text's "X." finds those that may hold one
        int nextX = text.indexOf("X.");
        for (Span sentence : tagged.sentences()) {
            while (nextX >= 0 && nextX < sentence.start()) {
                nextX = text.indexOf("X.", nextX + 1);
            }
            if (nextX >= 0 && nextX < sentence.end()) {
                work.sentences.addAll(splitAfterX(text, sentence));
            } else {
                work.sentences.add(sentence);
            }
        }
        work.candidates.addAll(tagged.mentions());
    }

    /**
     * "..., informó el Comando Sur en su cuenta oficial de X. La campaña ya suma ...": the tagger takes
     * the platform's one-letter name for an initial and runs two sentences together; a strike's
     * sentence and a running total's must stay apart.
     */
    private static final Pattern X_THEN_SENTENCE = Pattern.compile("(?U)\\b(?:en|de|on|in|via|through|a través de)\\s+(?:(?:su|sus|la|el|his|her|its"
            + "|their|the)\\s+)?(?:(?:cuenta|cuentas|red|perfil|account|post|platform)\\s+(?:\\p{L}+\\s+)?(?:de|en|on)\\s+)?X\\.(?=\\s+\\p{Lu})");

    static List<Span> splitAfterX(String text, Span sentence) {
        List<Span> parts = new ArrayList<>();
        int start = sentence.start();
        Matcher m = X_THEN_SENTENCE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            parts.add(new Span(start, m.end()));
            start = m.end();
            while (start < sentence.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        parts.add(new Span(start, sentence.end()));
        return parts;
    }
}
