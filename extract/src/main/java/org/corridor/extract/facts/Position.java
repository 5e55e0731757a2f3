package org.corridor.extract.facts;

import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.text.Span;

/** A title or role a document gives a person ("Mexican President", "leader of the CJNG"). */
public record Position(DocEntity person, String title, Span span, Span sentence) {
}
