package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.corridor.extract.doc.Document;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;
import org.junit.jupiter.api.Test;

/** A name right after a rank written in full is proposed as a person's only where nothing else was found there. */
class RankedNameStageTest {
    private static Work run(String text, Mention... found) {
        Work work = new Work(new Document("d", "text", text, "", null, "", "", null, new ArrayList<>()));
        java.util.Collections.addAll(work.candidates, found);
        new RankedNameStage().apply(work);
        return work;
    }

    @Test
    void aNameAfterARankIsAPersons() {
        Work work = run("Police spokesperson Superintendent Sala'a Sale Sala'a confirmed the find.");
        assertThat(work.candidates).extracting(m -> m.kind() + " " + m.text()).containsExactly("PERSON Sala'a Sale Sala'a");
    }

    @Test
    void aBodysOrAPostsWordsAreNoName() {
        assertThat(run("He told Commissioner Task Force members to wait. The Inspector General Office said so.").candidates)
                .isEmpty();
        assertThat(run("Sergeant Tevita said it.").candidates).as("one word is no full name").isEmpty();
    }

    @Test
    void whatTheTaggerFoundStands() {
        Mention tagged = new Mention(new Span(22, 33), "Sione Taufa", EntityKind.PERSON, "ner", 0.9, null, null);
        assertThat(run("Police said Inspector Sione Taufa spoke.", tagged).candidates).containsExactly(tagged);
    }
}
