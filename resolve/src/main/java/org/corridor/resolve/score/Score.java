package org.corridor.resolve.score;

import java.util.List;
import java.util.stream.Collectors;

/** A score from 0 to 1 with every feature that made it, under the scorer's versioned name. */
public record Score(String scorer, double value, List<Feature> features) {
    /** One line: the features separated by semicolons, as the CSV's explanation column. */
    public String explanation() {
        return features.stream().map(Feature::toString).collect(Collectors.joining("; "));
    }
}
