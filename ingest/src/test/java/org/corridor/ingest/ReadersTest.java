package org.corridor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.corridor.ingest.csv.MappedCsvReader;
import org.corridor.ingest.ftm.FtmJsonReader;
import org.corridor.model.InputException;
import org.corridor.model.UsageException;
import org.corridor.testkit.HostileFiles;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    private final Readers readers = new Readers();

    @TempDir
    Path dir;

    FormatReader detect(Path file) {
        return readers.detect(Sniff.of(InputFile.of(file)), false);
    }

    @Test
    void theSharedFilesAreRecognisedByContent() {
        assertThat(detect(TestData.sdn2024()).format()).isEqualTo("ofac-csv");
        assertThat(detect(TestData.namesJsonl2025()).format()).isEqualTo("ofac-names");
        assertThat(detect(TestData.ownershipCluster()).format()).isEqualTo("ftm");
        assertThat(detect(TestData.sanctions("ofac_sdn_csv_2021-04-25/alt.csv")).format()).isEqualTo("ofac-companion");
        assertThat(detect(TestData.ucdpGedMexico()).format()).isEqualTo("ucdp-ged");
    }

    @Test
    void anEmptyFileIsRefusedByName() {
        Path file = HostileFiles.empty(dir);
        assertThatThrownBy(() -> detect(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": the file is empty; nothing to ingest");
    }

    @Test
    void aBinaryFileIsRefusedByName() {
        Path file = HostileFiles.binary(dir);
        assertThatThrownBy(() -> detect(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": looks like a binary file");
    }

    @Test
    void anXmlFileWithADoctypeIsRefusedBeforeAnyEntityIsRead() {
        Path file = HostileFiles.xxe(dir);
        FormatReader reader = detect(file);
        assertThatThrownBy(() -> Reading.of(reader, file)).isInstanceOf(InputException.class)
                .hasMessageContaining(file + " line 2: DOCTYPE declarations are refused")
                .hasMessageNotContaining("root:"); // /etc/passwd starts with "root:": nothing of it may leak
    }

    @Test
    void aJsonArrayGetsTheCommandToConvertIt() {
        Path file = HostileFiles.write(dir, "array.json", "[{\"id\": 1}]");
        assertThatThrownBy(() -> detect(file)).hasMessageContaining("jq -c '.[]'");
    }

    @Test
    void aCsvWithoutAMappingSaysHowToGiveOne() {
        Path file = HostileFiles.write(dir, "people.csv", "name,country\nAna,mx\n");
        assertThatThrownBy(() -> detect(file)).hasMessageContaining("--mapping FILE.yaml");
    }

    @Test
    void anUnknownFormatNameListsTheKnownOnes() {
        assertThatThrownBy(() -> readers.named("xlsx")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown format 'xlsx'; use one of ftm, ofac-names, ofac-csv, ucdp-ged, csv, xml");
    }

    @Test
    void aTruncatedJsonLineIsReportedWithItsLine() {
        Path file = HostileFiles.truncatedJsonLine(dir);
        assertThatThrownBy(() -> Reading.of(new FtmJsonReader(), file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + " line 2: malformed or truncated JSON");
    }

    @Test
    void aLatin1FileIsNotMisreadAsUtf8() {
        Path file = HostileFiles.latin1Ftm(dir);
        assertThatThrownBy(() -> Reading.of(new FtmJsonReader(), file)).isInstanceOf(InputException.class)
                .hasMessage(file + " line 1: the text is not valid UTF-8 (it may be Latin-1 or Windows-1252); convert it "
                        + "with 'iconv -f latin1 -t utf-8' or pass --encoding ISO-8859-1");
    }

    @Test
    void theEncodingTheLatin1ErrorSuggestsReadsTheFile() {
        Path file = HostileFiles.latin1Ftm(dir);
        java.util.List<org.corridor.model.Statement> out = new java.util.ArrayList<>();
        new FtmJsonReader().read(new ReadRequest(InputFile.of(file), new org.corridor.model.StatementContext("t", "", "2026",
                org.corridor.model.schema.SchemaRegistry.standard()), java.nio.charset.StandardCharsets.ISO_8859_1, null,
                Progress.NONE), out::add);
        assertThat(out).extracting(org.corridor.model.Statement::value).contains("Jos\u00e9 S\u00e1nchez");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutReadingItIntoMemory() {
        byte[] huge = new byte[org.corridor.ingest.text.LineSource.MAX_LINE + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        huge[0] = '{';
        Path file = HostileFiles.writeBytes(dir, "huge.ftm.jsonl", huge);
        assertThatThrownBy(() -> Reading.of(new FtmJsonReader(), file)).isInstanceOf(InputException.class)
                .hasMessage(file + " line 1: line is longer than 32 MiB; split the file or check it is the right format");
    }

    @Test
    void aBrokenQuoteInACsvIsReportedWithTheLineItOpensOn() {
        Path file = HostileFiles.brokenQuoteCsv(dir);
        assertThat(detect(file)).isInstanceOf(MappedCsvReader.class);
        assertThatThrownBy(() -> Reading.of(new MappedCsvReader(), file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + " line 3: a quoted field opened here is never closed");
    }

    @Test
    void anOfacCompanionGivenAloneSaysToIngestSdnCsv() {
        Path alt = TestData.sanctions("ofac_sdn_csv_2021-04-25/alt.csv");
        assertThatThrownBy(() -> Reading.of(detect(alt), alt)).hasMessageContaining("ingest sdn.csv");
    }
}
