package org.corridor.model;

/** A request that cannot be carried out as asked: a wrong option, an unknown name or id. */
public class UsageException extends CorridorException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
