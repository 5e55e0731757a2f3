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
        java.util.regex.Matcher compound = COMPOUND_SURNAME.matcher(text);
        if (!compound.find()) {
            return;
        }
        // "Jorge Costilla-Sanchez" for the listed "COSTILLA SANCHEZ Jorge": English papers join Spanish surnames with a hyphen,
        // lists write them apart; read again with those hyphens as spaces (offsets unchanged), for names not found already
        StringBuilder spaced = new StringBuilder(text);
        do {
            spaced.setCharAt(compound.start() + compound.group(1).length(), ' ');
        } while (compound.find());
        for (org.corridor.extract.text.Mention m : gazetteer.get().find(spaced.toString())) {
            if (!m.span().of(text).equals(m.text()) && found.stream().noneMatch(f -> f.span().overlaps(m.span()))) {
                work.candidates.add(new org.corridor.extract.text.Mention(m.span(), m.span().of(text), m.kind(), m.origin(), m.confidence(),
                        m.listed(), m.code()));
            }
        }
    }

    /** Two capitalised words joined by a hyphen: "Costilla-Sanchez", "Guzman-Loera". */
    private static final java.util.regex.Pattern COMPOUND_SURNAME = java.util.regex.Pattern.compile("(?U)(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+)-\\p{Lu}\\p{Ll}+");
}
