package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.EntityTagger;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;
import org.corridor.extract.text.Tagged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tagger read "Customs Group Manager Maritime Paul Campbell" (corpus/real-heldout-80) as one organisation; a title with
 * its office word and a given name with a surname after it is the person, the title his post. A tagger scripted to make that
 * reading stands in for CoreNLP, whose reading of such a line moves with the names around it. The name here is invented.
 */
class TitleTaggedWithTheNameTest {
    @TempDir
    Path dir;

    @Test
    void aTitleAndTheNameAfterItReadAsOneOrganisationAreThePerson() throws Exception {
        String sentence = "Customs Group Manager Maritime Mark Ellison said officers had seen more cocaine arriving by sea.";
        EntityTagger scripted = new EntityTagger() {
            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public Tagged tag(String text, Language language) {
                List<Span> paragraphs = new java.util.ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\n]+").matcher(text);
                while (m.find()) {
                    paragraphs.add(new Span(m.start(), m.end()));
                }
                int at = text.indexOf(sentence);
                String name = "Customs Group Manager Maritime Mark Ellison";
                return new Tagged(paragraphs,
                        List.of(new Mention(new Span(at, at + name.length()), name, EntityKind.ORGANIZATION, "ner", 0.9, null, null)));
            }
        };
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "Example News | World\n\nMore drugs arriving by sea, officers say\n\n25 September 2023\n\n"
                + sentence + "\n");
        Extraction x = Pipeline.standard(scripted, new Gazetteer()).extract(new DocumentReaders().read(file, "report.txt",
                new DocumentReaders.Options(null, LocalDate.of(2023, 9, 25), Language.EN, null)));
        assertThat(x.entities()).extracting(e -> e.kind() + " " + e.name()).containsExactly("PERSON Mark Ellison");
        assertThat(x.positions()).extracting(p -> p.title()).containsExactly("Customs Group Manager Maritime");
    }
}
