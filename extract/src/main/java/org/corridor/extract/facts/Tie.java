package org.corridor.extract.facts;

import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.text.Span;

/**
 * A person's tie to an organisation stated in a title or apposition: {@code Membership} for a
 * criminal or armed group, {@code Employment} for a government body, force or company.
 */
public record Tie(String schema, DocEntity person, DocEntity organization, String role, Span span, Span sentence) {
}
