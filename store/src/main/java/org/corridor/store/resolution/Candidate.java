package org.corridor.store.resolution;

/**
 * A pair the resolver thinks may be one party, in a fixed order (left id before right id) so that
 * a pair is stored once whichever side found it.
 */
public record Candidate(String left, String right, double score, String scorer, String explanation, String proposedAt) {
    public Candidate {
        if (left.equals(right)) {
            throw new IllegalArgumentException("a pair needs two entities: " + left);
        }
        if (left.compareTo(right) > 0) {
            String swap = left;
            left = right;
            right = swap;
        }
    }
}
