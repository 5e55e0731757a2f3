package org.corridor.model;

/** The workspace could not be opened, read or written. */
public class StorageException extends CorridorException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
