package org.corridor.extract.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF with PDFBox, its title and creation date. Parsing buffers through temp
 * files, not the heap, so a large PDF costs disk rather than memory; at most
 * {@link DocumentReaders#MAX_CHARS} characters of text are taken.
 */
final class PdfText {
    record Pdf(String title, String text, LocalDate created, int pages) {
    }

    private PdfText() {
    }

    /** Whether the file ends (within its last 1 KiB) with the %%EOF marker every complete PDF has. */
    static boolean endsWithEof(Path path) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(path)) {
            long size = channel.size();
            int n = (int) Math.min(1024, size);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(n);
            channel.read(tail, size - n);
            return new String(tail.array(), 0, tail.position(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    static Pdf read(Path path, String name) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(path.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setParagraphStart("\n");
            StringBuilder text = new StringBuilder();
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages && text.length() < DocumentReaders.MAX_CHARS; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(pdf));
            }
            if (text.length() > DocumentReaders.MAX_CHARS) {
                throw new DocumentException(name + ": the PDF's text is longer than " + DocumentReaders.MAX_CHARS / 1_000_000
                        + " million characters; split it into parts (e.g. with qpdf --split-pages) and ingest those");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            Calendar created = info.getCreationDate();
            LocalDate date = created == null ? null : created.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            return new Pdf(info.getTitle() == null ? "" : info.getTitle().strip(), text.toString(), date, pages);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(name + ": the PDF is encrypted with a password; decrypt it (e.g. qpdf --decrypt) and ingest that");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException d) {
                throw d;
            }
            throw new DocumentException(name + ": the PDF is damaged or truncated (" + e.getMessage()
                    + "); download it again or repair it (e.g. qpdf FILE fixed.pdf)", e);
        }
    }
}
