package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corridor.app.EntityJson;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

class LedgerCliTest {
    private static final Path WIRE = Path.of("src/test/resources/ledger/report-wire.ftm.jsonl").toAbsolutePath();
    private static final Path LOCAL = Path.of("src/test/resources/ledger/report-local.ftm.jsonl").toAbsolutePath();

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static List<CSVRecord> ged;

    @BeforeAll
    static void ingestTheGedSliceOnce() throws IOException {
        try (Reader in = Files.newBufferedReader(TestData.ucdpGedMexico(), StandardCharsets.UTF_8)) {
            ged = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        Run run = Run.of("--workspace", gedWorkspace(), "ingest", "--quiet", TestData.ucdpGedMexico().toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private static String gedWorkspace() {
        return shared.resolve("ged").toString();
    }

    @Test
    void yearlyCountsAndDeathSumsEqualThoseComputedFromTheCsv() {
        Map<String, long[]> expected = new TreeMap<>();
        for (CSVRecord r : ged) {
            long[] a = expected.computeIfAbsent(r.get("date_start").substring(0, 4), k -> new long[4]);
            a[0]++;
            a[1] += Long.parseLong(r.get("low"));
            a[2] += Long.parseLong(r.get("best"));
            a[3] += Long.parseLong(r.get("high"));
        }
        Run run = Run.of("--workspace", gedWorkspace(), "ledger", "--group-by", "year", "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("year,events,deaths_low,deaths_best,deaths_high");
        List<String> want = new ArrayList<>();
        expected.forEach((year, a) -> want.add(year + "," + a[0] + "," + a[1] + "," + a[2] + "," + a[3]));
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(want);
        assertThat(expected.values().stream().mapToLong(a -> a[0]).sum()).isEqualTo(5820);
    }

    @Test
    void showListsTheSourceColumnsOfAGedEvent() {
        CSVRecord first = ged.get(0);
        Run run = Run.of("--workspace", gedWorkspace(), "ledger", "show", "ucdp-ged-" + first.get("id"));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sinaloa Cartel").contains("Tijuana Cartel").contains("sourceArticle")
                .contains("San Diego Union Tribune").contains("no disagreements between sources");
    }

    @Test
    void geojsonExportParsesAndHasOneFeaturePerLocatedEvent() throws Exception {
        Path out = dir.resolve("ops.geojson");
        Run run = Run.of("--workspace", gedWorkspace(), "export", "--format", "geojson", "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        long located = ged.stream().filter(r -> !r.get("latitude").isEmpty() && !r.get("longitude").isEmpty()).count();
        Geometry g = new GeoJsonReader().read(Files.readString(out));
        assertThat(g.getNumGeometries()).isEqualTo((int) located);
        assertThat(g.isValid()).isTrue();
        JsonNode json = EntityJson.JSON.readTree(out.toFile());
        JsonNode first = json.get("features").get(0);
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isBetween(-118.0, -86.0);
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isBetween(14.0, 33.0);
    }

    @Test
    void trendCountsViolentEventsInvolvingAnActorInEachWindow() throws Exception {
        Run run = Run.of("--workspace", gedWorkspace(), "ledger", "trend", "--actor", "Sinaloa Cartel", "--at", "2010-01-01",
                "--months", "6", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode changes = EntityJson.JSON.readTree(run.out()).get("comparison").get("changes");
        long before = countSinaloa(LocalDate.of(2009, 7, 1), LocalDate.of(2009, 12, 31));
        long after = countSinaloa(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 6, 30));
        assertThat(changes.get(1).get("indicator").asText()).isEqualTo("violent events");
        assertThat(changes.get(1).get("before").get("best").asLong()).isEqualTo(before);
        assertThat(changes.get(1).get("after").get("best").asLong()).isEqualTo(after);
        assertThat(changes.get(1).get("ratio_low_95").asDouble()).isLessThan(changes.get(1).get("ratio").asDouble());
        assertThat(EntityJson.JSON.readTree(run.out()).get("caveat").asText()).contains("not an estimate of what the operations caused");
    }

    private static long countSinaloa(LocalDate from, LocalDate to) {
        return ged.stream().filter(r -> {
            LocalDate d = LocalDate.parse(r.get("date_start"));
            boolean involved = List.of(r.get("side_a").split(",\\s*")).contains("Sinaloa Cartel")
                    || List.of(r.get("side_b").split(",\\s*")).contains("Sinaloa Cartel");
            return involved && !d.isBefore(from) && !d.isAfter(to);
        }).count();
    }

    @Test
    void twoReportsOfOneOperationAreOneEntryWithARangeAndTheDisagreementListed() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", "--source", "wire", WIRE.toString()).exit()).isZero();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", "--source", "local", LOCAL.toString()).exit()).isZero();

        Run grouped = Run.of("--workspace", ws, "ledger", "--group-by", "year,type", "--format", "csv");
        assertThat(grouped.exit()).as(grouped.err()).isZero();
        assertThat(grouped.out().lines().toList()).containsExactly("year,type,events,deaths_low,deaths_best,deaths_high",
                "2025,arrest,1,0,0,0", "2025,strike,1,3,3,11");

        Run show = Run.of("--workspace", ws, "ledger", "show", "op-2025-09-02-caribbean");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("deaths:              3 (low 3, high 11)").contains("grade:               contested")
                .contains("fatalitiesBest: 3 (local) vs 11 (wire)").contains("sources (2):");

        JsonNode list = EntityJson.JSON.readTree(Run.of("--workspace", ws, "ledger", "--format", "json").out());
        assertThat(list).hasSize(2);
        JsonNode strike = list.get(0);
        assertThat(strike.get("deaths").toString()).isEqualTo("{\"low\":3,\"best\":3,\"high\":11}");
        assertThat(strike.get("disagreements").get(0).get("field").asText()).isEqualTo("fatalitiesBest");
    }

    @Test
    void aBadGedFileStoresNothingAndNamesTheRow() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", LOCAL.toString()).exit()).isZero();
        Path file = dir.resolve("ged-bad.csv");
        try (org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(
                Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            out.printRecord(ged.get(0).getParser().getHeaderNames());
            for (int i = 0; i < 3; i++) {
                List<String> row = new ArrayList<>(ged.get(i).toList());
                if (i == 1) {
                    row.set(ged.get(0).getParser().getHeaderNames().indexOf("deaths_civilians"), "-2");
                }
                out.printRecord(row);
            }
        }
        Run run = Run.of("--workspace", ws, "ingest", file.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("ged-bad.csv line 3 (event " + ged.get(1).get("id") + ")").contains("deaths_civilians is -2, a negative death count");
        JsonNode list = EntityJson.JSON.readTree(Run.of("--workspace", ws, "ledger", "--format", "json").out());
        assertThat(list).hasSize(2);
        assertThat(Run.of("--workspace", ws, "entities", "--schema", "Organization").out()).doesNotContain("Sinaloa");
    }

    @Test
    void gedActorNamesLinkToTheListedOrganisationsThroughTheScorer() throws Exception {
        String ws = dir.resolve("linked").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", TestData.ucdpGedMexico().toString(),
                TestData.sdn2024().toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Run run = Run.of("--workspace", ws, "ledger", "actors", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, JsonNode> byName = new TreeMap<>();
        EntityJson.JSON.readTree(run.out()).forEach(a -> byName.put(a.get("actor").asText(), a));
        JsonNode cjng = byName.get("Jalisco Cartel New Generation").get("listed");
        assertThat(cjng.get("entity_id").asText()).isEqualTo("ofac-17671");
        assertThat(cjng.get("scorer").asText()).isEqualTo("names-v1");
        assertThat(cjng.get("explanation").asText()).contains("jalisco").contains("generation");
        assertThat(byName.get("Sinaloa Cartel").get("listed").get("entity_id").asText()).isEqualTo("ofac-11440");
        assertThat(byName.get("Government of Mexico").has("listed")).isFalse();
    }

    @Test
    void unknownGroupKeysFormatsAndCodesAreUsageErrors() {
        String ws = dir.resolve("ws").toString();
        Run weekday = Run.of("--workspace", ws, "ledger", "--group-by", "weekday");
        assertThat(weekday.exit()).isEqualTo(2);
        assertThat(weekday.err()).contains("--group-by 'weekday' is not one of month, year, actor, country, type");
        assertThat(Run.of("--workspace", ws, "ledger", "--group-by", "year", "--format", "geojson").exit()).isEqualTo(2);
        // the rest are checked against a workspace, which must exist (a read command does not create one)
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", TestData.smallSample().toString()).exit()).isZero();
        assertThat(Run.of("--workspace", ws, "ledger", "--type", "bombing").err()).contains("--type 'bombing' is not one of strike");
        assertThat(Run.of("--workspace", ws, "ledger", "--country", "Atlantis").err()).contains("not a known country");
        assertThat(Run.of("--workspace", ws, "ledger", "--since", "2020", "--until", "2019").err()).contains("before --since");
        assertThat(Run.of("--workspace", ws, "ledger", "trend").err()).contains("--actor, --country or --region");
    }
}
