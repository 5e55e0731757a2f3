package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.app.EntityJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, acceptance 3: one operation, many reports. Every source's report in the bundled
 * campaign dataset becomes an operation of its own, as if each article had been ingested alone,
 * and a seeded share of them is written the way other outlets write: the month instead of the
 * day, the sea named in Spanish, "at least N" instead of N. Distinct strikes on nearby dates
 * (two in the eastern Pacific on 21 and 22 October, three on the night of 16 February) stay in.
 * Same-operation proposals must find at least 95% of the pairs that are one operation; nothing is
 * merged until a reviewer says so, and undoing a merge restores the workspace exactly.
 */
class SameOperationCampaignTest {
    @TempDir
    Path dir;

    @Test
    void reportsOfOneStrikeAreProposedAsOneAndAMergeIsUndoneExactly() throws Exception {
        Path data = CampaignDataset.copyTo(dir.resolve("bundled"));
        Path set = Files.createDirectories(dir.resolve("reports"));
        Files.copy(data.resolve("strikes-2025-26.mapping.yaml"), set.resolve("strikes-2025-26.mapping.yaml"));
        List<Map<String, String>> rows = CampaignDataset.rows(data.resolve(CampaignDataset.STRIKES));
        Map<String, String> truth = new LinkedHashMap<>(); // each report's operation id -> the operation it reports
        Random random = new Random(23);
        try (Writer w = Files.newBufferedWriter(set.resolve(CampaignDataset.STRIKES), StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(rows.get(0).keySet().toArray(String[]::new)).get())) {
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = new LinkedHashMap<>(rows.get(i));
                String report = r.get("op") + "-report-" + i;
                truth.put("campaign-" + report, r.get("op"));
                r.put("op", report);
                if (random.nextDouble() < 0.3) {
                    r.put("date", r.get("date").substring(0, 7));
                    r.put("date_precision", "month");
                }
                if (random.nextDouble() < 0.3) {
                    r.put("region", r.get("region").replace("Caribbean Sea", "mar Caribe").replace("eastern Pacific", "Pacífico oriental"));
                    r.put("place", "");
                }
                if (random.nextDouble() < 0.25 && !r.get("deaths_best").isBlank()) {
                    r.put("deaths_low", r.get("deaths_best"));
                    r.put("deaths_best", "");
                }
                out.printRecord(r.values());
            }
        }
        String ws = dir.resolve("ws").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", set.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(operations(ws)).as("one operation per report").isEqualTo(rows.size());

        Set<Set<String>> same = new HashSet<>();
        List<String> ids = new ArrayList<>(truth.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (truth.get(ids.get(i)).equals(truth.get(ids.get(j)))) {
                    same.add(Set.of(ids.get(i), ids.get(j)));
                }
            }
        }
        Run proposed = Run.of("--workspace", ws, "ledger", "same", "--propose", "--format", "json");
        assertThat(proposed.exit()).as(proposed.err()).isZero();
        Set<Set<String>> found = new HashSet<>();
        for (JsonNode p : EntityJson.JSON.readTree(proposed.out())) {
            found.add(Set.of(p.get("left").asText(), p.get("right").asText()));
        }
        long hits = same.stream().filter(found::contains).count();
        double recall = hits / (double) same.size();
        double precision = hits / (double) found.size();
        List<String> missed = same.stream().filter(p -> !found.contains(p)).map(p -> String.join(" + ", new TreeSet<>(p))).sorted().toList();
        System.out.printf(java.util.Locale.ROOT, "same-operation on the campaign set: %d true pairs, %d proposals, recall %.3f, precision %.3f%n",
                same.size(), found.size(), recall, precision);
        assertThat(recall).as("recall %.3f over %d true pairs (precision %.3f of %d proposals); missed %s", recall, same.size(), precision,
                found.size(), missed).isGreaterThanOrEqualTo(0.95);
        // proposals only: nothing was merged without a reviewer
        assertThat(operations(ws)).isEqualTo(rows.size());

        List<TreeSet<String>> before = WorkspaceState.of(Path.of(ws));
        Set<String> pair = same.stream().filter(found::contains).findFirst().orElseThrow();
        List<String> two = new ArrayList<>(new TreeSet<>(pair));
        Run merge = Run.of("--workspace", ws, "review", "same", two.get(0), two.get(1));
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(operations(ws)).isEqualTo(rows.size() - 1);
        Run undo = Run.of("--workspace", ws, "review", "undo");
        assertThat(undo.exit()).as(undo.err()).isZero();
        List<TreeSet<String>> after = WorkspaceState.of(Path.of(ws));
        assertThat(after.get(0)).as("statements").isEqualTo(before.get(0));
        assertThat(after.get(3)).as("canonical table").isEqualTo(before.get(3));
        assertThat(operations(ws)).isEqualTo(rows.size());
    }

    private static int operations(String ws) throws Exception {
        Run ledger = Run.of("--workspace", ws, "ledger", "--format", "json");
        assertThat(ledger.exit()).as(ledger.err()).isZero();
        return EntityJson.JSON.readTree(ledger.out()).size();
    }
}
