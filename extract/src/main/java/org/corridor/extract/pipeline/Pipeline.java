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
        return new Pipeline(List.of(new TagStage(tagger), new GazetteerStage(gazetteer), new GroupNameStage(), new NicknameStage(), new AcronymStage(),
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
        Work work = new Work(document);
        for (Stage stage : stages) {
            stage.apply(work);
        }
        return work.result();
    }
}
