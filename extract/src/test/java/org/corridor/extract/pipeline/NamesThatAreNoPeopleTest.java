package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.corridor.extract.doc.Document;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;
import org.junit.jupiter.api.Test;

/** Names the tagger takes for people where the words before say what they are: a sea's ("mar Negro"), a dog's. */
class NamesThatAreNoPeopleTest {
    private static Work chosen(String text, String name) {
        return chosen(text, name, "ner");
    }

    private static Work chosen(String text, String name, String origin) {
        Work work = new Work(new Document("d", "text", text, "", null, "", "", null, new ArrayList<>()));
        int at = text.lastIndexOf(name);
        work.candidates.add(new Mention(new Span(at, at + name.length()), name, EntityKind.PERSON, origin, 0.85, null, null));
        new MentionChooser().apply(work);
        return work;
    }

    @Test
    void aSeasNameIsNoPerson() {
        String sea = "Incautan heroína\n\nLa droga estaba en el puerto de Batumi, a orillas del mar Negro.\n";
        assertThat(chosen(sea, "Negro").mentions).isEmpty();
        assertThat(chosen(sea, "Negro", "gazetteer").mentions).as("a listed trafficker's alias, written as the sea's name").isEmpty();
        assertThat(chosen("Incautan heroína\n\nLa droga era de Carlos Negro, dijo la policía.\n", "Carlos Negro").mentions)
                .as("a person whose name the word ends").extracting(Mention::text).containsExactly("Carlos Negro");
    }

    @Test
    void theAreaAGovernorHoldsIsAPlace() {
        String text = "Incautan cocaína\n\nEl gobernador de Ben Arous, Ezzeddine Chelbi, fue al puerto.\n";
        assertThat(chosen(text, "Ben Arous").mentions).extracting(m -> m.kind() + " " + m.text()).containsExactly("PLACE Ben Arous");
    }

    @Test
    void aPlaceDescribedAsACompanyIsABody() {
        String text = "Cocaine in fruit\n\nThe boxes had arrived at a warehouse of Bama, a large Norwegian wholesaler of fruit.\n";
        Work work = new Work(new Document("d", "text", text, "", null, "", "", null, new ArrayList<>()));
        int at = text.indexOf("Bama");
        work.candidates.add(new Mention(new Span(at, at + 4), "Bama", EntityKind.PLACE, "ner", 0.85, null, null));
        new MentionChooser().apply(work);
        assertThat(work.mentions).extracting(m -> m.kind() + " " + m.text()).containsExactly("ORGANIZATION Bama");
    }

    @Test
    void aDogsNameIsNoPerson() {
        assertThat(chosen("Cannabis found\n\nOfficers found the drugs with a detector dog named Alfie.\n", "Alfie").mentions)
                .isEmpty();
        assertThat(chosen("Cannabis found\n\nOfficers led by Alfie Byrne found the drugs.\n", "Alfie Byrne").mentions)
                .extracting(Mention::text).containsExactly("Alfie Byrne");
    }
}
