package org.corridor.extract.facts;

import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.text.Span;

/**
 * A designation or sanction a document reports: who was designated, by which authority, under
 * which programme, and when (an ISO date, or year-month when only the month is given; null when
 * the sentence gives no date).
 */
public record Designation(DocEntity target, String authority, String program, String date, Span trigger, Span programSpan,
        Span dateSpan, Span sentence) {
}
