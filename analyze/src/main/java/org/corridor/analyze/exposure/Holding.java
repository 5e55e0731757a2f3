package org.corridor.analyze.exposure;

/**
 * One ownership stake as evidence: who holds how much of what, when, and which record says so.
 * Dates are ISO prefixes of any precision ("2019", "2019-05", "2019-05-14") or empty when unknown.
 */
public record Holding(String owner, String asset, double percent, String startDate, String endDate, String evidence) {
    public Holding {
        startDate = startDate == null ? "" : startDate;
        endDate = endDate == null ? "" : endDate;
    }

    /** Whether the stake is in force on the date (an empty date means "any time"). */
    public boolean activeOn(String date) {
        return DateWindow.contains(startDate, endDate, date);
    }
}
