package org.corridor.resolve.score;

/**
 * One reason behind a score: what was compared, the two values, how similar they are (0 to 1)
 * and the weight that similarity carries in the score.
 */
public record Feature(String name, String query, String candidate, double similarity, double weight) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s '%s'~'%s' %.2f×%.2f", name, query, candidate, similarity, weight);
    }
}
