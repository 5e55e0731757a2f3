package org.corridor.analyze.exposure;

/** A party on a sanctions list: the reason the exposure walk starts from it. */
public record Listing(String party, String sanction, String program, String startDate, String endDate) {
    public Listing {
        startDate = startDate == null ? "" : startDate;
        endDate = endDate == null ? "" : endDate;
    }

    public boolean activeOn(String date) {
        return DateWindow.contains(startDate, endDate, date);
    }
}
