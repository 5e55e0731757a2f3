package org.corridor.analyze.exposure;

/**
 * Date containment for ISO dates of mixed precision: a start of "2019" covers every day of 2019
 * onwards, an end of "2019-05" covers up to the last day of May 2019.
 */
final class DateWindow {
    private DateWindow() {
    }

    static boolean contains(String start, String end, String date) {
        if (date == null || date.isEmpty()) {
            return true;
        }
        if (!start.isEmpty() && prefix(date, start.length()).compareTo(start) < 0) {
            return false;
        }
        return end.isEmpty() || prefix(date, end.length()).compareTo(end) <= 0;
    }

    private static String prefix(String date, int length) {
        return date.length() > length ? date.substring(0, length) : date;
    }
}
