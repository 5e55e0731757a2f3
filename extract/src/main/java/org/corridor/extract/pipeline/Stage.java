package org.corridor.extract.pipeline;

/** One replaceable step of the {@link Pipeline}; reads and adds to the work on one document. */
public interface Stage {
    String name();

    void apply(Work work);
}
