package org.corridor.store.resolution;

import java.util.Locale;

/** A reviewer's judgement of a pair. */
public enum Verdict {
    SAME, DIFFERENT, UNSURE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
