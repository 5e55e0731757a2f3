package org.corridor.extract.pipeline;

import org.corridor.extract.text.EntityTagger;
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
        work.sentences.addAll(tagged.sentences());
        work.candidates.addAll(tagged.mentions());
    }
}
