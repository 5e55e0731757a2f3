package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.corridor.extract.doc.Document;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.text.EntityTagger;

/**
 * The standard extractor: named entities from a tagger, names from the gazetteer, criminal-group
 * name patterns and in-document acronyms; overlaps settled; names linked within the document;
 * then roles, designations and operations. Each stage is replaceable through {@link #with}.
 */
public final class Pipeline implements Extractor {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline standard(EntityTagger tagger, Gazetteer gazetteer) {
        return standard(tagger, () -> gazetteer);
    }

    /** The standard stages with a gazetteer that may still be building while the first documents are tagged. */
    public static Pipeline standard(EntityTagger tagger, java.util.function.Supplier<Gazetteer> gazetteer) {
        return new Pipeline(List.of(new TagStage(tagger), new GazetteerStage(gazetteer), new GroupNameStage(), new PlaceNameStage(), new NicknameStage(gazetteer), new AcronymStage(),
                new RankedNameStage(),
                new MentionChooser(), new NameLinker(), new RoleStage(), new DesignationStage(), new OperationStage()));
    }

    public List<Stage> stages() {
        return stages;
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    /** The same pipeline with the stage of the same name replaced. */
    public Pipeline with(Stage replacement) {
        List<Stage> replaced = new ArrayList<>();
        for (Stage s : stages) {
            replaced.add(s.name().equals(replacement.name()) ? replacement : s);
        }
        return new Pipeline(replaced);
    }

    @Override
    public Extraction extract(Document document) {
        return extract(document, done -> { });
    }

    /** Progress comes from the tagger, most of the time; the stages after it are linear and quick. */
    @Override
    public Extraction extract(Document document, java.util.function.LongConsumer charactersDone) {
        return finish(begin(document, charactersDone));
    }

    /** A document through the stages before the gazetteer's, which need nothing from the workspace. */
    public static final class Begun {
        private final Work work;
        private final int next;

        private Begun(Work work, int next) {
            this.work = work;
            this.next = next;
        }

        public Document document() {
            return work.document;
        }
    }

    /**
     * Runs the stages before the gazetteer's (the tagger, most of the time), so a document can be
     * tagged while the workspace's names are still being read; {@link #finish} runs the rest.
     */
    public Begun begin(Document document, java.util.function.LongConsumer charactersDone) {
        Work work = new Work(document);
        work.charactersDone = charactersDone;
        int next = 0;
        while (next < stages.size() && !stages.get(next).name().equals(GazetteerStage.NAME)) {
            run(stages.get(next++), work);
        }
        return new Begun(work, next);
    }

    public Extraction finish(Begun begun) {
        for (int i = begun.next; i < stages.size(); i++) {
            run(stages.get(i), begun.work);
        }
        begun.work.charactersDone.accept(begun.work.document.text().length());
        return begun.work.result();
    }

    private static void run(Stage stage, Work work) {
        long start = System.nanoTime();
        stage.apply(work);
        if (org.corridor.model.Trace.on()) {
            org.corridor.model.Trace.log(work.document.name() + ": stage " + stage.name(), start);
        }
    }
}
