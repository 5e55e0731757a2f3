package org.corridor.app;

import org.corridor.model.UsageException;

/** An id or name that names nothing in the workspace: a usage error on the command line, a 404 on the web. */
public final class NotFoundException extends UsageException {
    private static final long serialVersionUID = 1L;
    private final String publicDetail;

    /**
     * @param message      for the command line, which may name the workspace's folder
     * @param publicDetail for the web, which names no folder or other internal path
     */
    public NotFoundException(String message, String publicDetail) {
        super(message);
        this.publicDetail = publicDetail;
    }

    public String publicDetail() {
        return publicDetail;
    }
}
