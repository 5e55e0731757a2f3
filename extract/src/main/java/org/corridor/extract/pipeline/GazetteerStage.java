package org.corridor.extract.pipeline;

/** Names of workspace parties and of countries, found by the gazetteer. */
public final class GazetteerStage implements Stage {
    private final java.util.function.Supplier<Gazetteer> gazetteer;

    public GazetteerStage(Gazetteer gazetteer) {
        this(() -> gazetteer);
    }

    /** A gazetteer still being built: documents are tagged meanwhile, and this stage waits for it. */
    public GazetteerStage(java.util.function.Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The first stage that needs the workspace's names; {@link Pipeline#begin} stops before it. */
    static final String NAME = "gazetteer";

    @Override
    public void apply(Work work) {
        work.candidates.addAll(gazetteer.get().find(work.text()));
    }
}
