package org.corridor.extract.facts;

import java.time.LocalDate;
import java.util.List;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.text.Span;

/**
 * An operation a sentence reports. Spans point at the words that state each field; a field the
 * sentence does not state is null.
 *
 * @param type          strike, raid, interdiction, seizure, arrest, extradition or reward
 * @param datePrecision day, month, or {@code publication} when the date is the report's own
 * @param survivors     people the report says survived it (0 for "no survivors")
 */
public record OperationFact(String type, Span trigger, LocalDate date, String datePrecision, Span dateSpan, String place,
        String country, Span placeSpan, List<DocEntity> conducting, List<DocEntity> targeted, Integer fatalities,
        Span fatalitiesSpan, Integer survivors, Span survivorsSpan, Double seizedKg, String substance, Span quantitySpan,
        Double amount, String currency, Span amountSpan, Span sentence, double confidence) {

    public OperationFact withType(String newType) {
        return new OperationFact(newType, trigger, date, datePrecision, dateSpan, place, country, placeSpan, conducting, targeted,
                fatalities, fatalitiesSpan, survivors, survivorsSpan, seizedKg, substance, quantitySpan, amount, currency, amountSpan,
                sentence, confidence);
    }

    public OperationFact withDate(LocalDate date, String precision, Span span) {
        return new OperationFact(type, trigger, date, precision, span, place, country, placeSpan, conducting, targeted, fatalities,
                fatalitiesSpan, survivors, survivorsSpan, seizedKg, substance, quantitySpan, amount, currency, amountSpan, sentence,
                confidence);
    }

    public OperationFact withPlace(String place, String country, Span span) {
        return new OperationFact(type, trigger, date, datePrecision, dateSpan, place, country, span, conducting, targeted,
                fatalities, fatalitiesSpan, survivors, survivorsSpan, seizedKg, substance, quantitySpan, amount, currency, amountSpan,
                sentence, confidence);
    }

    /** This operation placed where {@code other} is: its place, country and the span naming it. */
    public OperationFact withPlaceOf(OperationFact other) {
        return withPlace(other.place(), other.country(), other.placeSpan());
    }

    public OperationFact withFatalities(Integer count, Span span) {
        return new OperationFact(type, trigger, date, datePrecision, dateSpan, place, country, placeSpan, conducting, targeted,
                count, span, survivors, survivorsSpan, seizedKg, substance, quantitySpan, amount, currency, amountSpan, sentence,
                confidence);
    }

    public OperationFact withSurvivors(Integer count, Span span) {
        return new OperationFact(type, trigger, date, datePrecision, dateSpan, place, country, placeSpan, conducting, targeted,
                fatalities, fatalitiesSpan, count, span, seizedKg, substance, quantitySpan, amount, currency, amountSpan, sentence,
                confidence);
    }

    public OperationFact withConfidence(double value) {
        return new OperationFact(type, trigger, date, datePrecision, dateSpan, place, country, placeSpan, conducting, targeted,
                fatalities, fatalitiesSpan, survivors, survivorsSpan, seizedKg, substance, quantitySpan, amount, currency, amountSpan,
                sentence, value);
    }
}
