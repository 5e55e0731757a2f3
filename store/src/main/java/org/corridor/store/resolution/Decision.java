package org.corridor.store.resolution;

/**
 * A recorded judgement. For a merge, {@code canonical} is the id the pair's statements now carry.
 * An undone decision keeps its row, with who undid it and when.
 */
public record Decision(long id, String left, String right, Verdict verdict, double score, String explanation, String by,
        String at, String canonical, String undoneBy, String undoneAt) {
    public boolean active() {
        return undoneAt == null;
    }
}
