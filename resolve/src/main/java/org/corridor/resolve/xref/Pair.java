package org.corridor.resolve.xref;

import org.corridor.resolve.score.Score;

/**
 * Two parties that may be one, left id before right id, with the names that matched best and the
 * score with its reasons; {@code sharedSource} when one source states both.
 *
 * @param corroborated the match does not rest on aliases alone: a primary name of one side matches
 *                     a name of the other at the auto-merge level (and not as an acronym of it),
 *                     or a birth date or identifier agrees. Two different parties sharing an alias
 *                     ("ZISCO" for a Zimbabwean and an Iranian steel maker) are left for review.
 * @param primaryMatch the best score of the two sides' primary names against each other
 * @param support      the share of both sides' names that found a match above the review threshold;
 *                     with {@code primaryMatch} it breaks ties between equal scores, so the record
 *                     whose names all agree is merged before one sharing a single alias
 */
public record Pair(String left, String right, String leftName, String rightName, Score score, boolean sharedSource,
        boolean corroborated, double primaryMatch, double support) {
    public String key() {
        return left + '\u001f' + right;
    }

    /** The key of the pair of these two ids, in either order. */
    public static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u001f' + b : b + '\u001f' + a;
    }
}
