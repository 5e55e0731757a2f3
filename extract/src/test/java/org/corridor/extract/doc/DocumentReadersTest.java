package org.corridor.extract.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.corridor.extract.text.Language;
import org.corridor.testkit.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {
    @TempDir
    Path dir;

    private final DocumentReaders readers = new DocumentReaders();

    private Document read(Path file) {
        return readers.read(file, file.getFileName().toString(), DocumentReaders.Options.DEFAULT);
    }

    @Test
    void plainTextTakesItsDateFromTheFirstLineAndItsTitleFromTheNext() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "3 de septiembre de 2025\n\nEstados Unidos ataca una lancha\n\nLas fuerzas de Estados Unidos atacaron "
                + "el martes una embarcación en el Caribe, según el gobierno.\n");
        Document doc = read(file);
        assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(doc.dateFrom()).isEqualTo("date line");
        assertThat(doc.title()).isEqualTo("Estados Unidos ataca una lancha");
        assertThat(doc.language()).isEqualTo(Language.ES);
        assertThat(doc.format()).isEqualTo("text");
    }

    @Test
    void htmlKeepsTheArticleAndDropsNavigationAdvertsAndMostPopular() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, """
                <!doctype html><html lang="en"><head><title>Strike kills 11 | Example News</title>
                <meta property="og:title" content="Strike on boat kills 11">
                <meta property="article:published_time" content="2025-09-03T14:05:00Z">
                <link rel="canonical" href="https://news.example/strike"></head>
                <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
                <div class="ad-slot">Buy cheap flights now</div>
                <article><h1>Strike on boat kills 11</h1>
                <p>The U.S. military struck a boat in the Caribbean on Tuesday, killing 11 people, officials said.</p>
                <aside class="related">Related: Ten things to know</aside>
                <p>The State Department designated the group in February.</p></article>
                <section class="most-popular"><p>Celebrity weds in secret ceremony</p></section>
                <footer>Copyright Example News</footer></body></html>
                """);
        Document doc = read(file);
        assertThat(doc.title()).isEqualTo("Strike on boat kills 11");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(doc.url()).isEqualTo("https://news.example/strike");
        assertThat(doc.language()).isEqualTo(Language.EN);
        assertThat(doc.text()).contains("killing 11 people", "designated the group in February")
                .doesNotContain("Home", "cheap flights", "Ten things", "Celebrity", "Copyright");
    }

    @Test
    void htmlWithAHundredThousandNestedTagsIsReadWithoutExhaustingTheStack() throws Exception {
        Path file = dir.resolve("deep.html");
        StringBuilder html = new StringBuilder("<html><body><p>Mexican police arrested two men in Culiacán on Monday, and the state prosecutor said that the men were members of a gang that was known for extortion.</p>");
        html.append("<div>".repeat(100_000)).append("deep text").append("</div>".repeat(100_000)).append("</body></html>");
        Files.writeString(file, html);
        Document doc = read(file);
        assertThat(doc.text()).contains("arrested two men");
    }

    @Test
    void pdfTextLayerIsRead() throws Exception {
        Path file = dir.resolve("statement.pdf");
        Pdfs.write(file, "Treasury statement", "The Treasury sanctioned the Cartel de los Soles on Friday, officials said in a statement.");
        Document doc = read(file);
        assertThat(doc.format()).isEqualTo("pdf");
        assertThat(doc.title()).isEqualTo("Treasury statement");
        assertThat(doc.text()).contains("Cartel de los Soles");
    }

    @Test
    void aPdfWithoutTextLayerAndATruncatedPdfAreRefusedWithWhatToDo() throws Exception {
        Path scanned = dir.resolve("scanned.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(scanned.toFile());
        }
        assertThatThrownBy(() -> read(scanned)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("scanned.pdf").hasMessageContaining("no text layer").hasMessageContaining("OCR");
        Path truncated = dir.resolve("truncated.pdf");
        byte[] whole = Files.readAllBytes(scanned);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 3));
        assertThatThrownBy(() -> read(truncated)).isInstanceOf(DocumentException.class).hasMessageContaining("truncated.pdf");
    }

    @Test
    void aTwoHundredMegabyteTextIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertThatThrownBy(() -> read(big)).isInstanceOf(DocumentException.class).hasMessageContaining("huge.txt")
                .hasMessageContaining("209,715,200 bytes").hasMessageContaining("split");
    }

    @Test
    void mixedEncodingsAreReadLineByLineWithAWarning() throws Exception {
        Path file = dir.resolve("mixed.txt");
        byte[] utf8 = "2025-09-03\n\nLa Policía detuvo a dos hombres en Culiacán, según la Fiscalía.\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "El operativo se realizó en Mazatlán y participó la Marina.\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(latin1, 0, both, utf8.length, latin1.length);
        Files.write(file, both);
        Document doc = read(file);
        assertThat(doc.text()).contains("Culiacán", "Mazatlán", "participó");
        assertThat(doc.warnings()).singleElement().asString().contains("1 line(s) were not valid UTF-8");
    }

    @Test
    void anEmptyOrWordlessDocumentSaysWhatIsWrong() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "   \n");
        assertThatThrownBy(() -> read(empty)).hasMessageContaining("empty.txt").hasMessageContaining("no text");
        Path numbers = dir.resolve("numbers.txt");
        Files.writeString(numbers, "1 2 3 4 5 6 7 8 9\n");
        assertThatThrownBy(() -> read(numbers)).hasMessageContaining("--language");
    }
}
