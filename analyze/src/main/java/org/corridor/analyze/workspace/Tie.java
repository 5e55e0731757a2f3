package org.corridor.analyze.workspace;

/**
 * One relationship record behind an edge of the projected graph: which record, of what kind,
 * between whom, when, and for how much (payments), so an answer can cite its evidence.
 *
 * @param amount the payment amount (amountUsd when given, else amount), or NaN
 */
public record Tie(String id, String schema, String source, String target, String date, double amount, String currency) {
}
