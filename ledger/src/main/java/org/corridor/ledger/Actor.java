package org.corridor.ledger;

/** An actor of an operation: the entity the operation refers to, and the name it goes by. */
public record Actor(String id, String name) {
}
