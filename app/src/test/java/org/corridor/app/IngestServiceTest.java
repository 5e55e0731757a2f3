package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.corridor.store.WorkspaceSummary;
import org.corridor.testkit.HostileFiles;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IngestServiceTest {
    static final Clock FROZEN = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Corridor open() {
        return Corridor.open(CorridorConfig.defaults().withWorkspace(dir.resolve("ws")), FROZEN);
    }

    static List<FileReport> ingest(Corridor corridor, Path... paths) {
        return corridor.ingest().ingest(List.of(paths), IngestOptions.defaults(), IngestListener.NONE);
    }

    static final Map<String, Function<Path, Path>> HOSTILE = Map.of(
            "xxe", HostileFiles::xxe,
            "broken-quote", HostileFiles::brokenQuoteCsv,
            "truncated-json", HostileFiles::truncatedJsonLine,
            "empty", HostileFiles::empty,
            "binary", HostileFiles::binary,
            "latin1", HostileFiles::latin1Ftm);

    @ParameterizedTest
    @ValueSource(strings = {"xxe", "broken-quote", "truncated-json", "empty", "binary", "latin1"})
    void aHostileOrBrokenFileFailsWithOneSentenceAndLeavesTheStoreAsItWas(String kind) {
        try (Corridor corridor = open()) {
            ingest(corridor, TestData.smallSample());
            WorkspaceSummary before = corridor.view().summary();
            int ingestsBefore = corridor.view().ingests().size();

            Path bad = HOSTILE.get(kind).apply(dir.resolve(kind));
            FileReport report = ingest(corridor, bad).get(0);

            assertThat(report.failed()).isTrue();
            // one sentence: names the file, says what is wrong, then after a semicolon what to do
            assertThat(report.error()).startsWith(bad.toString()).doesNotContain("\n").doesNotContain("Exception")
                    .containsOnlyOnce("; ");
            assertThat(report.statementsAdded()).isZero();
            assertThat(corridor.view().summary()).isEqualTo(before);
            assertThat(corridor.view().ingests()).hasSize(ingestsBefore);
        }
    }

    @Test
    void aFolderGoesOnPastAFileThatFails() throws IOException {
        Path folder = dir.resolve("mixed");
        HostileFiles.truncatedJsonLine(folder);
        Files.copy(TestData.smallSample(), folder.resolve("sample.ftm.jsonl"));
        HostileFiles.write(folder, "README.md", "# notes, not data\n");
        try (Corridor corridor = open()) {
            List<FileReport> reports = ingest(corridor, folder);
            assertThat(reports).extracting(r -> Path.of(r.file()).getFileName().toString(), FileReport::failed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("sample.ftm.jsonl", false),
                            org.assertj.core.groups.Tuple.tuple("truncated.ftm.jsonl", true));
            assertThat(corridor.view().summary().entities()).isEqualTo(7);
        }
    }

    @Test
    void theSdnFileLoadsEveryRecordAndASecondIngestAddsNothing() {
        try (Corridor corridor = open()) {
            FileReport first = ingest(corridor, TestData.sdn2024()).get(0);
            assertThat(first.records()).isEqualTo(14_965);
            assertThat(first.statementsAdded()).isPositive().isEqualTo(corridor.view().summary().statements());
            assertThat(first.source()).isEqualTo("ofac_sdn_csv_2024-05-03/sdn.csv");
            FileReport second = ingest(corridor, TestData.sdn2024()).get(0);
            assertThat(second.statementsAdded()).isZero();
            assertThat(second.statementsSeen()).isEqualTo(first.statementsSeen());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ownership_cluster.ftm.jsonl", "small_sample.ftm.jsonl", "de_parteispenden_payments.ftm.jsonl"})
    void anFtmSampleSurvivesImportAndExportUnchanged(String sample) throws IOException {
        Path file = TestData.ftm(sample);
        StringWriter out = new StringWriter();
        try (Corridor corridor = open()) {
            assertThat(ingest(corridor, file).get(0).failed()).isFalse();
            corridor.export().ftm(out);
        }
        Map<String, JsonNode> expected = byId(Files.readAllLines(file).stream());
        Map<String, JsonNode> actual = byId(out.toString().lines());
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String id : expected.keySet()) {
            assertThat(actual.get(id).get("schema")).as(id).isEqualTo(expected.get(id).get("schema"));
            assertThat(properties(actual.get(id))).as(id).isEqualTo(properties(expected.get(id)));
        }
    }

    private static Map<String, JsonNode> byId(Stream<String> lines) {
        Map<String, JsonNode> map = new HashMap<>();
        lines.filter(l -> !l.isBlank()).forEach(l -> {
            try {
                JsonNode node = EntityJson.JSON.readTree(l);
                map.put(node.get("id").asText(), node);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return map;
    }

    private static Map<String, TreeSet<String>> properties(JsonNode entity) {
        Map<String, TreeSet<String>> map = new TreeMap<>();
        entity.get("properties").properties().forEach(e -> {
            TreeSet<String> values = new TreeSet<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            map.put(e.getKey(), values);
        });
        return map;
    }

    @Test
    void csvExportWritesOneFilePerSchemaWithAHeader() throws IOException {
        try (Corridor corridor = open()) {
            ingest(corridor, TestData.donations());
            Map<String, Long> counts = corridor.export().csvPerSchema(dir.resolve("csv"));
            assertThat(counts).containsEntry("Payment", 290L).containsEntry("Company", 56L);
            List<String> payments = Files.readAllLines(dir.resolve("csv/Payment.csv"));
            assertThat(payments.get(0)).startsWith("id,caption,").contains("payer").contains("beneficiary").contains("amountEur");
            assertThat(payments).hasSize(291);
        }
    }

    @Test
    void quickstartJoinsTheDesignationsToTheListedGroups() {
        try (Corridor corridor = open()) {
            QuickstartService.Result result = new QuickstartService(corridor).run(IngestListener.NONE);
            assertThat(result.reports()).noneMatch(FileReport::failed);
            assertThat(result.designated()).extracting(QuickstartService.Designated::id)
                    .contains("ofac-49756", "ofac-11440", "ofac-17671", "ofac-15412");
            QuickstartService.Designated tda = result.designated().stream().filter(d -> d.id().equals("ofac-49756"))
                    .findFirst().orElseThrow();
            assertThat(tda.programs()).contains("FTO", "SDGT");
            assertThat(tda.sources()).hasSize(2);
            assertThat(dir.resolve("ws/examples/README.md")).isRegularFile();
            // the network's brokers and a resolution preview that changes nothing
            assertThat(result.brokers().top()).isNotEmpty();
            assertThat(result.brokers().top().get(0).betweenness()).isGreaterThan(0);
            assertThat(result.resolution().wouldMerge()).isPositive();
            assertThat(corridor.review().log(0)).isEmpty();
            // the strategy comparison: every built-in strategy, and the report written
            assertThat(result.strategies().rows()).extracting(QuickstartService.StrategyRow::name)
                    .containsExactly("baseline", "leader_removal", "interdiction_surge", "optimised_interdiction", "financial_disruption",
                            "demand_reduction", "combined");
            assertThat(result.strategies().rows().get(2).seizures().mean())
                    .isGreaterThan(result.strategies().rows().get(0).seizures().mean());
            assertThat(dir.resolve("ws/report.html")).content().contains("<svg", "interdiction_surge");
        }
    }
}
