package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.corridor.extract.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * A port's one-word town name ("the port of Constanta", "the Constanta Port", "in Constanta Port") is a place's, which the
 * tagger may take for a person's and a listed company may carry among its names; a demonym there is not.
 */
class NamedPortTest {
    private static Work run(String text) {
        Work work = new Work(new Document("d", "text", text, "", null, "", "", null, new ArrayList<>()));
        new PlaceNameStage().apply(work);
        return work;
    }

    @Test
    void theTownOfAPortIsAPlace() {
        assertThat(run("The container reached the port of Constanta a few days earlier.").candidates)
                .extracting(m -> m.kind() + " " + m.text()).containsExactly("PLACE Constanta");
        assertThat(run("Heroin was found at the Constanta Port in May.").candidates)
                .extracting(m -> m.text()).containsExactly("Constanta");
        assertThat(run("Record haul found in Constanta Port").candidates).extracting(m -> m.text()).containsExactly("Constanta");
    }

    @Test
    void aDemonymOrATwoWordNameIsNotReadSo() {
        assertThat(run("Customs searched it at the Romanian port.").candidates).isEmpty();
        assertThat(run("It reached the port of Santa Marta on Monday.").candidates).isEmpty();
        assertThat(run("It was a port of entry for years.").candidates).isEmpty();
    }
}
