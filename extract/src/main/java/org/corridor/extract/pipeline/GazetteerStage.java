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
        String text = work.text();
        java.util.List<org.corridor.extract.text.Mention> found = gazetteer.get().find(text);
        work.candidates.addAll(found);
        // "Jorge Costilla-Sanchez" for the listed "COSTILLA SANCHEZ Jorge": read again with such hyphens as spaces, for names
        // not found already
        String spaced = Gazetteer.compoundSurnamesSpaced(text);
        if (spaced == text) {
            return;
        }
        for (org.corridor.extract.text.Mention m : gazetteer.get().find(spaced)) {
            if (!m.span().of(text).equals(m.text()) && found.stream().noneMatch(f -> f.span().overlaps(m.span()))) {
                work.candidates.add(new org.corridor.extract.text.Mention(m.span(), m.span().of(text), m.kind(), m.origin(), m.confidence(),
                        m.listed(), m.code()));
            }
        }
    }
}
