package org.corridor.model.schema;

/**
 * The outcome of cleaning one raw value: the value to store, or why it was refused.
 * Cleaning happens once, at the boundary; everything inside trusts stored values.
 */
public record Cleaned(String value, String problem) {
    public static Cleaned ok(String value) {
        return new Cleaned(value, null);
    }

    public static Cleaned refused(String problem) {
        return new Cleaned(null, problem);
    }

    public boolean isOk() {
        return value != null;
    }
}
