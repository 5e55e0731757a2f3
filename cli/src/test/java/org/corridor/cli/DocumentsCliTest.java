package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.app.EntityJson;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents through the CLI: ingest with extraction, cited spans, links to listed parties, hostile files, retry, eval. */
class DocumentsCliTest {
    private static final Path REPORTS = Path.of("..", "corpus", "reports");
    private static final Pattern SPAN = Pattern.compile("chars (\\d+)-(\\d+) in (\\d+)-(\\d+)");

    @TempDir
    Path dir;

    private String ws() {
        return dir.resolve("ws").toString();
    }

    @Test
    void aReportBecomesPersonsOrganisationsSanctionsAndOperationsWhoseSpansReproduceTheNamedText() throws Exception {
        Path report = REPORTS.resolve("en-01.txt");
        Run ingest = Run.of("--workspace", ws(), "ingest", "--quiet", report.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Run export = Run.of("--workspace", ws(), "export", "--format", "ftm");
        assertThat(export.exit()).as(export.err()).isZero();
        String text = Files.readString(report);
        Set<String> schemata = new HashSet<>();
        int checked = 0;
        for (String line : export.out().split("\n")) {
            JsonNode entity = EntityJson.JSON.readTree(line);
            schemata.add(entity.get("schema").asText());
            for (JsonNode s : entity.path("statements")) {
                Matcher m = SPAN.matcher(s.get("location").asText());
                assertThat(m.matches()).as(s.toString()).isTrue();
                String quoted = codePoints(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                String sentence = codePoints(text, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                assertThat(sentence).contains(quoted);
                String prop = s.get("prop").asText();
                if (prop.equals("name") || prop.equals("alias") || prop.equals("abbreviation") || prop.equals("position")
                        || prop.equals("location") || prop.equals("role")) {
                    assertThat(quoted).as(s.toString()).isEqualTo(s.get("value").asText());
                    checked++;
                }
            }
        }
        assertThat(schemata).contains("Person", "Organization", "Sanction", "Operation", "Document");
        assertThat(checked).isGreaterThan(5);
        Run show = Run.of("--workspace", ws(), "show", "Tren de Aragua");
        assertThat(show.out()).contains("[[Tren de Aragua]]").contains("Evidence");
    }

    private static String codePoints(String text, int from, int to) {
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }

    @Test
    void aDesignatedGroupNamedInAReportLinksToItsListEntryWithTheReasonRecorded() throws Exception {
        Run lists = Run.of("--workspace", ws(), "ingest", "--quiet", TestData.sdn2024().toString());
        assertThat(lists.exit()).as(lists.err()).isZero();
        Run ingest = Run.of("--workspace", ws(), "ingest", "--quiet", "--report", "json", REPORTS.resolve("en-03.txt").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        String notes = EntityJson.JSON.readTree(ingest.out()).get(0).get("skipReasons").toString();
        assertThat(notes).contains("linked: named in reports/en-03.txt: 'Cártel de Jalisco Nueva Generación' is written as the listed name");
        JsonNode cjng = EntityJson.JSON.readTree(Run.of("--workspace", ws(), "show", "--format", "json", "ofac-17671").out());
        assertThat(cjng.get("datasets").toString()).contains("reports/en-03.txt");
        Run sanctions = Run.of("--workspace", ws(), "show", "ofac-17671");
        assertThat(sanctions.out()).contains("Foreign Terrorist Organization");
        Run log = Run.of("--workspace", ws(), "review", "log", "--format", "json");
        assertThat(log.out()).contains("corridor-extract").contains("listed name");
    }

    @Test
    void hostileFilesFailOneByOneWhileTheRestOfTheBatchIsStoredAndCanBeRetried() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(REPORTS.resolve("es-01.txt"), batch.resolve("a-good.txt"));
        StringBuilder deep = new StringBuilder("<html><body><p>La Policía detuvo a dos hombres en Culiacán el lunes, y la Fiscalía dijo que "
                + "los hombres eran miembros de una banda que se dedicaba a la extorsión.</p>");
        deep.append("<div>".repeat(100_000)).append("x").append("</div>".repeat(100_000)).append("</body></html>");
        Files.writeString(batch.resolve("b-deep.html"), deep);
        Files.write(batch.resolve("c-truncated.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII));
        try (RandomAccessFile f = new RandomAccessFile(batch.resolve("d-huge.txt").toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        Files.write(batch.resolve("e-mixed.txt"), concat("2025-09-03\n\nLa Marina detuvo en Mazatlán a un operador del Cártel de Sinaloa, "
                .getBytes(StandardCharsets.UTF_8), "informó la Secretaría de Marina el martes.\n".getBytes(StandardCharsets.ISO_8859_1)));
        Run run = Run.of("--workspace", ws(), "ingest", "--quiet", "--report", "json", batch.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode reports = EntityJson.JSON.readTree(run.out());
        assertThat(reports).hasSize(5);
        assertThat(reports.get(0).get("error").isNull()).isTrue();
        assertThat(reports.get(1).get("error").isNull()).as(reports.get(1).toString()).isTrue();
        assertThat(reports.get(2).get("error").asText()).contains("c-truncated.pdf").contains("damaged or truncated");
        assertThat(reports.get(3).get("error").asText()).contains("d-huge.txt").contains("split");
        assertThat(reports.get(4).get("skipReasons").toString()).contains("not valid UTF-8");
        assertThat(run.err()).contains("corridor: ").contains("c-truncated.pdf");
        JsonNode trump = EntityJson.JSON.readTree(Run.of("--workspace", ws(), "entities", "--format", "json", "--query", "Donald Trump").out());
        assertThat(trump.toString()).contains("Donald Trump");

        Files.delete(batch.resolve("d-huge.txt"));
        Files.copy(REPORTS.resolve("en-02.txt"), batch.resolve("d-huge.txt"));
        Run retry = Run.of("--workspace", ws(), "ingest", "--quiet", "--report", "json", "--retry-failed");
        assertThat(retry.err()).contains("retrying 2 file(s)");
        JsonNode again = EntityJson.JSON.readTree(retry.out());
        assertThat(again.toString()).contains("d-huge.txt");
        Run second = Run.of("--workspace", ws(), "ingest", "--quiet", "--retry-failed");
        assertThat(second.err()).contains("retrying 1 file(s)");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aDocumentOfAMillionCharactersShowsItsExtractionProgress() throws Exception {
        // the corpus's English reports, one after another, to just over a million characters
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(REPORTS)) {
            java.util.List<Path> english = files.filter(f -> f.getFileName().toString().startsWith("en-")).sorted().toList();
            for (int i = 0; text.length() < 1_000_000; i++) {
                text.append(Files.readString(english.get(i % english.size()), StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        Path big = Files.writeString(dir.resolve("hearing-record.txt"), text, StandardCharsets.UTF_8);
        Run run = Run.of("--workspace", ws(), "ingest", big.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("extract hearing-record.txt: 10% (").contains("extract hearing-record.txt: 90% (")
                .contains("million characters");
        assertThat(run.out()).contains("hearing-record.txt").contains("ok");
        // --quiet keeps stderr for errors only
        Run quiet = Run.of("--workspace", dir.resolve("ws2").toString(), "ingest", "--quiet", big.toString());
        assertThat(quiet.err()).doesNotContain("extract hearing-record.txt");
    }

    @Test
    void evalScoresLinksToListedPartiesAndNamesAForbiddenOne() throws Exception {
        Path list = Files.writeString(dir.resolve("list.ftm.jsonl"), String.join("\n",
                "{\"id\":\"t-1\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"Tren de Aragua\"]}}",
                "{\"id\":\"e-1\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"Ejercito de Liberacion Nacional\"]}}") + "\n",
                StandardCharsets.UTF_8);
        assertThat(Run.of("--workspace", ws(), "ingest", "--quiet", list.toString()).exit()).isZero();
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "September 3, 2025\n\nStrike on boat\n\nOfficials said the crew belonged to Tren de Aragua "
                + "and that the Ejército de Liberación Nacional was not involved.\n", StandardCharsets.UTF_8);
        // the gold wants the first link and forbids the second (as it would a namesake's)
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"doc\": \"a.txt\", \"url\": \"https://example.org/a\", "
                + "\"organizations\": [[\"Tren de Aragua\"], [\"Ejército de Liberación Nacional\"]], \"links\": [{\"name\": "
                + "\"Tren de Aragua\", \"listed\": \"t-1\"}], \"must_not_link\": [{\"name\": \"Ejército de Liberación Nacional\", "
                + "\"listed\": \"e-1\"}]}\n", StandardCharsets.UTF_8);
        Run run = Run.of("--workspace", ws(), "eval", "extraction", "--errors", "--format", "json", "--gold", gold.toString(), docs.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode link = null;
        for (JsonNode m : EntityJson.JSON.readTree(run.out()).get("measures")) {
            if (m.get("measure").asText().equals("link to listed party")) {
                link = m;
            }
        }
        assertThat(link).isNotNull();
        assertThat(link.toString()).contains("\"true_positives\":1").contains("\"false_positives\":1");
        assertThat(run.err()).contains("FORBIDDEN link of 'Ejército de Liberación Nacional' to e-1");
    }

    @Test
    void evalExtractionPrintsPrecisionRecallAndF1PerMeasure() throws Exception {
        Run run = Run.of("--workspace", ws(), "eval", "extraction", "--format", "json", "--gold", "../corpus/gold.jsonl", REPORTS.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode result = EntityJson.JSON.readTree(run.out());
        assertThat(result.get("documents").asInt()).isGreaterThanOrEqualTo(40);
        JsonNode measures = result.get("measures");
        assertThat(measures.toString()).contains("entity person", "tie Membership", "operation date", "operation type+date+place");
        for (JsonNode m : measures) {
            if (m.get("measure").asText().startsWith("entity")) {
                assertThat(m.get("recall").asDouble()).as(m.toString()).isGreaterThanOrEqualTo(0.95);
            }
        }
        Run bad = Run.of("--workspace", ws(), "eval", "extraction", "--gold", REPORTS.resolve("en-01.txt").toString(), REPORTS.toString());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("en-01.txt line 1").contains("not a gold annotation");
    }
}
