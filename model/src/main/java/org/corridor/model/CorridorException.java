package org.corridor.model;

/**
 * Base of every failure Corridor reports to a person. The message is one sentence that names
 * the input, where in it, what is wrong and what to do; the CLI prints it as it is.
 */
public class CorridorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CorridorException(String message) {
        super(message);
    }

    public CorridorException(String message, Throwable cause) {
        super(message, cause);
    }
}
