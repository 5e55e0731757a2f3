package org.corridor.extract.text;

/**
 * Splits a text into sentences and finds the names of persons, organisations and places in it.
 * Implementations must be safe to call from several threads at once.
 */
public interface EntityTagger {
    /** A short name for reports, e.g. {@code corenlp-4.5.10}. */
    String name();

    Tagged tag(String text, Language language);

    /** As {@link #tag(String, Language)}, telling {@code charactersDone} how far it has come. */
    default Tagged tag(String text, Language language, java.util.function.LongConsumer charactersDone) {
        Tagged tagged = tag(text, language);
        charactersDone.accept(text.length());
        return tagged;
    }
}
