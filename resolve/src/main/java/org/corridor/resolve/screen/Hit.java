package org.corridor.resolve.screen;

import org.corridor.resolve.score.Score;

/** A listed entity that matches a query: the name that matched best and the score with its reasons. */
public record Hit(Listed entity, String matchedName, Score score) {
}
