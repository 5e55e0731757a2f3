package org.corridor.cli;

import java.util.Locale;

/**
 * How numbers are printed: full precision for CSV (NaN, as pandas, R and Python's float() read it,
 * for an undefined value such as the closeness of an isolated node), six significant digits in
 * tables (blank when undefined).
 */
final class Numbers {
    private Numbers() {
    }

    static String full(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    static String brief(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return String.format(Locale.ROOT, "%.6g", x).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }
}
