package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.corridor.testkit.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, items 11 and 14: each bad input gets its own true sentence and the right exit code. */
class BadInputMessagesTest {
    @TempDir
    Path dir;

    String ws() {
        return dir.resolve("ws").toString();
    }

    private long statements() {
        return Run.of("--workspace", ws(), "entities", "--format", "csv").out().lines().count();
    }

    @Test
    void randomBytesNamedTxtAreRefusedAsBinaryAndAddNothing() throws Exception {
        byte[] noise = new byte[1 << 20];
        new Random(20).nextBytes(noise);
        Path file = Files.write(dir.resolve("notes.txt"), noise);
        Run run = Run.of("--workspace", ws(), "ingest", "--quiet", "--language", "en", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("notes.txt: looks like binary data, not text");
        assertThat(statements()).isEqualTo(1); // the header line only
    }

    @Test
    void aTruncatedPdfIsCalledDamagedNotScanned() throws Exception {
        byte[] bytes = Pdfs.withText(null, "Page 0: the navy intercepted a semi-submersible carrying cocaine, officials said.",
                "Page 1: the navy intercepted a semi-submersible carrying cocaine, officials said.",
                "Page 2: the navy intercepted a semi-submersible carrying cocaine, officials said.");
        Path file = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 4));
        Run run = Run.of("--workspace", ws(), "ingest", "--quiet", "--language", "en", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cut.pdf: the PDF is damaged or truncated").doesNotContain("scanned");
    }

    @Test
    void aDocumentOverTheLimitIsDescribedInExactBytes() throws Exception {
        Path file = dir.resolve("huge.txt");
        Files.write(file, "word ".repeat(3_400_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Run run = Run.of("--workspace", ws(), "ingest", "--quiet", "--language", "en", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("huge.txt: the document is 17,000,000 bytes, above the 16,777,216 bytes (16 MiB)");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingEveryFormatThatCanBeForced() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "text");
        Run run = Run.of("--workspace", ws(), "ingest", "--format", "xlsx", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'xlsx'; use one of ftm, ofac-names, ofac-csv, ucdp-ged, csv, text, html, pdf")
                .doesNotContain("xml");
    }

    @Test
    void anEmptyFolderIsAnErrorNotASilentSuccess() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "# notes\n");
        Run run = Run.of("--workspace", ws(), "ingest", empty.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("empty holds no files to ingest");
    }

    @Test
    void aFailedFileShowsNoNullFormat() throws Exception {
        Path file = Files.writeString(dir.resolve("people.csv"), "name,country\nAna,mx\n");
        Run run = Run.of("--workspace", ws(), "ingest", "--quiet", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("null");
    }

    @Test
    void helpTextWithPercentSignsPrintsNoWarning() {
        for (String[] args : new String[][] {{"analyze", "exposure", "--help"}, {"ledger", "trend", "--help"}}) {
            Run run = Run.of(args);
            assertThat(run.exit()).isZero();
            assertThat(run.out() + run.err()).as(String.join(" ", args)).doesNotContainIgnoringCase("warn")
                    .doesNotContain("FormatFlagsConversionMismatch").contains("%");
        }
    }

    @Test
    void aReadCommandOnAMistypedWorkspaceSaysSoAndCreatesNothing() {
        Path typo = dir.resolve("corridor-dta");
        for (String[] command : new String[][] {{"entities"}, {"show", "x"}, {"ledger"}, {"analyze", "metrics"}, {"export"}, {"review"}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--workspace";
            args[1] = typo.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            Run run = Run.of(args);
            assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", command)).contains("holds no Corridor database");
        }
        assertThat(typo).doesNotExist();
    }

    @Test
    void aBillionSimulationRunsIsRefusedBeforeAnyMemoryIsTaken() {
        Run run = Run.of("--workspace", ws(), "simulate", "test", "--runs", "1000000000", "--seed", "1");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--runs must be between 1 and 1000000, got 1000000000").doesNotContain("OutOfMemory");
    }
}
