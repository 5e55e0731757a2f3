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
 */
public record OperationFact(String type, Span trigger, LocalDate date, String datePrecision, Span dateSpan, String place,
        String country, Span placeSpan, List<DocEntity> conducting, List<DocEntity> targeted, Integer fatalities,
        Span fatalitiesSpan, Double seizedKg, String substance, Span quantitySpan, Double amount, String currency, Span amountSpan,
        Span sentence, double confidence) {
}
