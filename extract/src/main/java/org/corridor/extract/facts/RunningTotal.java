package org.corridor.extract.facts;

import java.time.LocalDate;
import org.corridor.extract.text.Span;

/**
 * A cumulative toll a report gives for a campaign ("the military has disclosed 13 strikes since
 * September, and they have killed at least 57 people"): a claim about the campaign as of a date,
 * never the deaths of one operation.
 *
 * @param date      the date the total is as of: the end of a range the sentence gives, else the report's date
 * @param strikes   operations counted, or null when the report gives no count
 * @param deaths    people killed, or null
 * @param bound     {@code at least}, {@code about} or {@code exactly}, as the report qualifies the figures
 * @param since     when the campaign began, if the sentence says
 */
public record RunningTotal(LocalDate date, String datePrecision, Integer strikes, Span strikesSpan, Integer deaths, Span deathsSpan,
        String bound, LocalDate since, Span sentence) {

    public RunningTotal withStrikes(Integer count, Span span) {
        return new RunningTotal(date, datePrecision, count, span, deaths, deathsSpan, bound, since, sentence);
    }

    public RunningTotal withDeaths(Integer count, Span span, String newBound) {
        return new RunningTotal(date, datePrecision, strikes, strikesSpan, count, span, newBound, since, sentence);
    }
}
