package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;

/** Issue 21: lists write people surname first; reports write them given name first, and the whole name still matches. */
class SurnameFirstNamesTest {
    @Test
    void aNameListedSurnamesFirstIsAlsoFoundGivenNameFirst() {
        assertThat(Gazetteer.givenFirst("CARO QUINTERO Rafael")).isEqualTo("Rafael CARO QUINTERO");
        assertThat(Gazetteer.givenFirst("MADURO MOROS, Nicolas")).isEqualTo("Nicolas MADURO MOROS");
        assertThat(Gazetteer.givenFirst("GONZALEZ VALENCIA Abigael")).isEqualTo("Abigael GONZALEZ VALENCIA");
        assertThat(Gazetteer.givenFirst("Tren de Aragua")).isNull();
        assertThat(Gazetteer.givenFirst("LOS LOBOS")).isNull();
        assertThat(Gazetteer.givenFirst("Rafael Caro Quintero")).isNull();

        Gazetteer g = new Gazetteer().addParty("CARO QUINTERO Rafael", EntityKind.ORGANIZATION,
                new Mention.Listed("ofac-6707", "LegalEntity", "CARO QUINTERO Rafael", "CARO QUINTERO Rafael"));
        List<Mention> found = g.find("Mexico sent Rafael Caro Quintero to the United States.");
        assertThat(found).extracting(Mention::text).containsExactly("Rafael Caro Quintero");
        assertThat(found.get(0).listed().entityId()).isEqualTo("ofac-6707");
        // the words must all be there to link: a given name and one surname is only proposed
        List<Mention> shortForm = g.find("Rafael Caro spoke.");
        assertThat(shortForm).extracting(Mention::text).containsExactly("Rafael Caro");
        assertThat(shortForm.get(0).listed().weak()).isTrue();
    }
}
