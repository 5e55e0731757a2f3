package org.corridor.store.resolution;

/**
 * A judgement to record: for {@link Verdict#SAME} the two entities (or the clusters they are in)
 * are merged under one canonical id.
 *
 * @param score       the scorer's value for the pair, or NaN when a person decided without one
 * @param explanation why: the scorer's explanation, or the reviewer's note
 */
public record DecisionRequest(String left, String right, Verdict verdict, double score, String explanation, String by,
        String at) {
}
