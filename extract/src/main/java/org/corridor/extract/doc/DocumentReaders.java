package org.corridor.extract.doc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.extract.text.Language;

/**
 * Reads a document file (plain text, HTML, or PDF) into a {@link Document}. The format comes from
 * the content ({@code %PDF}, an HTML tag at the start) or the file name ({@code .txt}); the
 * publication date from the document ({@code --date} wins over both); the language is detected
 * unless given.
 *
 * <p>Memory: text and HTML files above {@link #MAX_BYTES} and PDFs whose text exceeds
 * {@link #MAX_CHARS} characters are refused with a message, so one document costs at most a few
 * times 16 MB of heap however large the file.
 */
public final class DocumentReaders {
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    public static final int MAX_CHARS = 16_000_000;

    /** What the user forced; each may be null. */
    public record Options(Charset encoding, LocalDate date, Language language, String format) {
        public static final Options DEFAULT = new Options(null, null, null, null);
    }

    /** Whether a file is a document Corridor reads, judged by its name and first bytes. */
    public static boolean isDocument(Path path, String head) {
        return format(path, head) != null;
    }

    /** {@code text}, {@code html}, {@code pdf}, or null when the file is not a document. */
    public static String format(Path path, String head) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("%pdf") || name.endsWith(".pdf")) {
            return "pdf";
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || start.startsWith("<!doctype html")
                || start.startsWith("<html")) {
            return "html";
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text";
        }
        return null;
    }

    public Document read(Path path, String name, Options options) {
        String format = options.format() != null ? options.format() : format(path, head(path, name));
        if (format == null) {
            throw new DocumentException(name + ": not a document Corridor reads (.txt, .html or .pdf); pass --format text|html|pdf");
        }
        List<String> warnings = new ArrayList<>();
        Document doc = switch (format) {
            case "pdf" -> pdf(path, name, warnings);
            case "html" -> html(path, name, options, warnings);
            case "text" -> text(path, name, options, warnings);
            default -> throw new DocumentException(name + ": unknown document format '" + format + "'; use text, html or pdf");
        };
        if (doc.text().isBlank()) {
            throw new DocumentException(name + ": the document has no text to read; check the file");
        }
        if (options.date() != null) {
            doc = doc.withPublished(options.date(), "--date");
        } else if (doc.published() == null) {
            LocalDate line = DateLine.find(doc.text()).orElse(null);
            if (line != null) {
                doc = doc.withPublished(line, "date line");
            }
        }
        if (options.language() != null) {
            doc = doc.withLanguage(options.language());
        } else if (doc.language() == null) {
            Language guessed = LanguageGuess.of(doc.text());
            if (guessed == null) {
                throw new DocumentException(name + ": too little running text to tell English from Spanish; pass --language en or es");
            }
            doc = doc.withLanguage(guessed);
        }
        return doc;
    }

    private static String head(Path path, String name) {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(512), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new DocumentException(name + ": cannot be read (" + e.getMessage() + "); check the path and its permissions", e);
        }
    }

    private static byte[] bytes(Path path, String name) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new DocumentException(String.format(Locale.ROOT, "%s: the document is %,d bytes, above the %,d bytes (16 MiB) "
                        + "Corridor reads as one document; split it (e.g. split -C 8m) and ingest the parts", name, size, MAX_BYTES));
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DocumentException(name + ": cannot be read (" + e.getMessage() + "); check the path and its permissions", e);
        }
    }

    private static Document text(Path path, String name, Options options, List<String> warnings) {
        String text = TextDecoding.decode(bytes(path, name), options.encoding(), name, warnings);
        BinaryText.refuse(text, name);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        // the headline: the first line that is neither page furniture (a navigation bar) nor a date line
        String title = headline(normalised);
        return new Document(name, "text", normalised, title.length() > 200 ? title.substring(0, 200) : title, null, "", "", null, warnings);
    }

    /** Characters of a text's head masked to find its headline before the whole text is (see {@link #headline}). */
    private static final int HEAD = 4_000;

    /**
     * The first line that is neither page furniture (a navigation bar) nor a date line. Masking a
     * line depends only on the lines before it and the next one, so the head of the text is masked
     * first and a headline found before its last line stands; the whole text only when there is none.
     */
    static String headline(String text) {
        int cut = text.length() <= HEAD ? text.length() : text.indexOf('\n', HEAD);
        if (cut >= 0 && cut < text.length()) {
            List<String> lines = PageFurniture.mask(text.substring(0, cut)).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (String l : lines.subList(0, Math.max(0, lines.size() - 1))) {
                if (DateLine.find(l).isEmpty()) {
                    return l;
                }
            }
        }
        return PageFurniture.mask(text).strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && DateLine.find(l).isEmpty()).findFirst().orElse("");
    }

    private static Document html(Path path, String name, Options options, List<String> warnings) {
        String html = TextDecoding.decode(bytes(path, name), options.encoding(), name, warnings);
        BinaryText.refuse(html, name);
        HtmlText.Page page = HtmlText.read(html, path.toUri().toString());
        Language language = null;
        String declared = page.language().toLowerCase(Locale.ROOT);
        if (declared.startsWith("es")) {
            language = Language.ES;
        } else if (declared.startsWith("en")) {
            language = Language.EN;
        }
        return new Document(name, "html", page.text(), page.title(), page.published(), page.published() == null ? "" : "metadata",
                page.url(), language, warnings);
    }

    private static Document pdf(Path path, String name, List<String> warnings) {
        PdfText.Pdf pdf = PdfText.read(path, name);
        if (pdf.text().codePoints().filter(Character::isLetter).count() < 20 && !PdfText.endsWithEof(path)) {
            throw new DocumentException(name + ": the PDF is damaged or truncated (it does not end with %%EOF and holds no text "
                    + "that could be read); download it again or repair it (e.g. qpdf FILE fixed.pdf)");
        }
        if (pdf.text().codePoints().filter(Character::isLetter).count() < 20) {
            throw new DocumentException(name + ": the PDF has no text layer (" + pdf.pages()
                    + " page(s) of images, probably scanned); run OCR on it first (e.g. ocrmypdf) and ingest the result");
        }
        return new Document(name, "pdf", pdf.text(), pdf.title(), pdf.created(), pdf.created() == null ? "" : "metadata", "", null,
                warnings);
    }
}
