package org.corridor.extract.doc;

import org.corridor.model.InputException;

/** A document that cannot be read; the message names the file and says what to do. */
public final class DocumentException extends InputException {
    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
