package org.corridor.ledger;

/**
 * A count known only as a range: the lowest, best and highest figure the sources support. Totals
 * add ranges component by component, so a total is (sum of lows, sum of bests, sum of highs).
 */
public record Range(long low, long best, long high) {
    public static final Range ZERO = new Range(0, 0, 0);

    public Range plus(Range other) {
        return new Range(low + other.low, best + other.best, high + other.high);
    }

    public boolean isExact() {
        return low == best && best == high;
    }

    @Override
    public String toString() {
        return isExact() ? Long.toString(best) : best + " (" + low + "–" + high + ")";
    }
}
