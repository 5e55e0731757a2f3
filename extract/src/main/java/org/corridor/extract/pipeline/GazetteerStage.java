package org.corridor.extract.pipeline;

/** Names of workspace parties and of countries, found by the gazetteer. */
public final class GazetteerStage implements Stage {
    private final Gazetteer gazetteer;

    public GazetteerStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public void apply(Work work) {
        work.candidates.addAll(gazetteer.find(work.text()));
    }
}
