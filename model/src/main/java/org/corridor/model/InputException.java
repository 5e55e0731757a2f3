package org.corridor.model;

/** An input file (or a record in it) that cannot be read as the format it claims to be. */
public class InputException extends CorridorException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
