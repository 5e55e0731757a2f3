package org.corridor.resolve.score;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers for the words (and phonetic keys) of indexed names, so the scorer's inner loop compares
 * ints instead of strings. Indexed names add their words; a query only looks its words up, and a
 * word the index lacks gets a negative number of its own, which equals nothing indexed, so
 * screening many queries does not grow the vocabulary.
 */
final class Vocabulary {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int add(String word) {
        return ids.computeIfAbsent(word, w -> next.getAndIncrement());
    }

    /** The word's number, or {@code unknown} (negative) when no indexed name has it. */
    int find(String word, int unknown) {
        Integer id = ids.get(word);
        return id != null ? id : unknown;
    }
}
