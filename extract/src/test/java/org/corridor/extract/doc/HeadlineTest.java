package org.corridor.extract.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The headline read from the masked head of a text is the one the whole masked text gives. */
class HeadlineTest {
    /** The answer from masking the whole text, as the reader did before it masked the head first. */
    private static String wholeText(String text) {
        return PageFurniture.mask(text).strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && DateLine.find(l).isEmpty()).findFirst().orElse("");
    }

    @Test
    void everyCorpusReportGetsTheSameHeadlineAsFromTheWholeText() throws Exception {
        List<Path> files;
        try (Stream<Path> dev = Files.list(Path.of("../corpus/reports")); Stream<Path> real = Files.list(Path.of("../corpus/real/reports"))) {
            files = Stream.concat(dev, real).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(80);
        for (Path f : files) {
            String text = Files.readString(f).replace("\r\n", "\n");
            assertThat(DocumentReaders.headline(text)).as(f.toString()).isEqualTo(wholeText(text)).isNotEmpty();
        }
    }

    @Test
    void aHeadBeyondTheCutOrAHeadlineOnItsEdgeGivesTheWholeTextsAnswer() {
        String nav = "Home | World | Americas | Business | Sport | Subscribe\n";
        String body = "\nThe strike took place on Friday, officials said.\n".repeat(200);
        for (int navLines = 0; navLines < 120; navLines += 7) {
            for (String between : List.of("", "\n", "\n\n\n", "October 19, 2025\n")) {
                String text = nav.repeat(navLines) + between + "US strike kills three off Venezuela\nBy Staff Reporter\n" + body;
                assertThat(DocumentReaders.headline(text)).as(navLines + " lines of navigation").isEqualTo(wholeText(text));
            }
        }
        // a name alone on the line just above the cut's date line is a byline only in the whole text's reading
        String edge = "x".repeat(3_990) + "\nJane Doe\nOctober 19, 2025\nThe strike took place on Friday.\n";
        assertThat(DocumentReaders.headline(edge)).isEqualTo(wholeText(edge));
        assertThat(DocumentReaders.headline("")).isEqualTo(wholeText(""));
        assertThat(DocumentReaders.headline("only\n")).isEqualTo("only");
    }
}
