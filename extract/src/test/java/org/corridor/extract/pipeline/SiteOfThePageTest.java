package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.corridor.extract.doc.Document;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;
import org.junit.jupiter.api.Test;

/** The site the page's navigation bar names is never a person, where the tagger takes its closing blurb's name for one. */
class SiteOfThePageTest {
    private static Work chosen(String text, String name) {
        Work work = new Work(new Document("d", "text", text, "", null, "", "", null, new ArrayList<>()));
        int at = text.lastIndexOf(name);
        work.candidates.add(new Mention(new Span(at, at + name.length()), name, EntityKind.PERSON, "ner", 0.85, null, null));
        new MentionChooser().apply(work);
        return work;
    }

    @Test
    void theSitesNameInItsBlurbIsNoPerson() {
        String page = "AfricaWire | Togo | Crime\n\nCocaine found at the port\n\nGendarmes seized cocaine at the port of Lom\u00e9.\n\n"
                + "AfricaWire publishes around 300 reports a day.\n";
        assertThat(chosen(page, "AfricaWire").mentions).isEmpty();
    }

    @Test
    void aPersonNamedLikeNoSiteStands() {
        String page = "AfricaWire | Togo | Crime\n\nCocaine found at the port\n\nGendarmes seized cocaine at the port of Lom\u00e9.\n\n"
                + "Kossi Agbeko said so.\n";
        assertThat(chosen(page, "Kossi Agbeko").mentions).extracting(Mention::text).containsExactly("Kossi Agbeko");
        String plain = "AfricaWire reports\n\nCocaine found at the port\n\nAfricaWire said so.\n";
        assertThat(chosen(plain, "AfricaWire").mentions).as("no bar, no site").extracting(Mention::text).containsExactly("AfricaWire");
        String headline = "Kossi Agbeko | The gendarme who found the cocaine\n\nKossi Agbeko said he saw the packets first.\n";
        assertThat(chosen(headline, "Kossi Agbeko").mentions).as("a headline with a bar, not furniture")
                .extracting(Mention::text).containsExactly("Kossi Agbeko");
    }
}
