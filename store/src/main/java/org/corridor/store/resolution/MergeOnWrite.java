package org.corridor.store.resolution;

/**
 * A merge recorded by a write before its statements: {@code decision.left()} is an entity the
 * write brings, of {@code schema} (it need not be stored yet), merged into the cluster of the stored
 * {@code decision.right()}. The write's statements about it are then stored at the merged id at
 * once, as if written first and merged after, instead of written and then moved.
 */
public record MergeOnWrite(DecisionRequest decision, String schema) {

    /** What became of one merge: made, not needed (the two were one party already), or refused and why. */
    public record Outcome(MergeOnWrite merge, Status status, String refusal) {
    }

    public enum Status {
        MERGED, ALREADY_ONE, REFUSED
    }
}
