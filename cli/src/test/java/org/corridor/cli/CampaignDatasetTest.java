package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corridor.app.EntityJson;
import org.corridor.ledger.Codes;
import org.corridor.ledger.Sourcing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, acceptance 1 and 2: the bundled dataset of the 2025-26 strike campaign cites every
 * value, keeps its figures in order, and the ledger reads it as operations with every source's
 * claims, monthly ranges and a reconciliation of each reported running total with the per-strike
 * sum (which this test works out again from the file).
 */
class CampaignDatasetTest {
    @TempDir
    Path dir;

    @Test
    void everyRowCitesItsSourceAndKeepsItsFiguresInOrder() throws Exception {
        Path data = CampaignDataset.copyTo(dir.resolve("campaign"));
        List<Map<String, String>> strikes = CampaignDataset.rows(data.resolve(CampaignDataset.STRIKES));
        assertThat(strikes).hasSizeGreaterThan(60);
        Set<String> sources = new HashSet<>();
        for (Map<String, String> r : strikes) {
            String where = r.get("op") + " / " + r.get("outlet");
            assertThat(r.get("url")).as(where).matches("https?://\\S+");
            assertThat(r.get("outlet")).as(where).isNotBlank();
            LocalDate published = LocalDate.parse(r.get("published"));
            LocalDate date = LocalDate.parse(r.get("date"));
            assertThat(date).as(where + ": reported after it happened").isBeforeOrEqualTo(published);
            assertThat(date).as(where).isAfterOrEqualTo(LocalDate.of(2025, 9, 2));
            assertThat(Codes.TYPES).as(where).contains(r.get("type"));
            assertThat(Sourcing.KINDS).as(where).contains(r.get("source_kind"));
            assertThat(r.get("verification")).as(where).isNotBlank();
            Long low = number(r.get("deaths_low"));
            Long best = number(r.get("deaths_best"));
            Long high = number(r.get("deaths_high"));
            if (low != null && best != null) {
                assertThat(low).as(where).isLessThanOrEqualTo(best);
            }
            if (best != null && high != null) {
                assertThat(best).as(where).isLessThanOrEqualTo(high);
            }
            if (low != null && high != null) {
                assertThat(low).as(where).isLessThanOrEqualTo(high);
            }
            if (!r.get("latitude").isBlank() || !r.get("longitude").isBlank()) {
                // coordinates only where a source gives them, both of them, with their precision
                assertThat(Double.parseDouble(r.get("latitude"))).as(where).isBetween(-90.0, 90.0);
                assertThat(Double.parseDouble(r.get("longitude"))).as(where).isBetween(-180.0, 180.0);
                assertThat(r.get("place_precision")).as(where).isNotBlank();
            }
            assertThat(sources.add(r.get("op") + "|" + r.get("outlet") + "|" + r.get("published"))).as(where + " cited once").isTrue();
        }
        // the campaign from its first strike, in both seas, with the land operations with Ecuador
        assertThat(strikes).anyMatch(r -> r.get("date").equals("2025-09-02"));
        assertThat(strikes).anyMatch(r -> r.get("region").equals("eastern Pacific"));
        assertThat(strikes).anyMatch(r -> r.get("region").equals("Ecuador"));

        List<Map<String, String>> totals = CampaignDataset.rows(data.resolve(CampaignDataset.TOTALS));
        assertThat(totals).hasSizeGreaterThan(20);
        for (Map<String, String> t : totals) {
            String where = t.get("total");
            assertThat(t.get("url")).as(where).matches("https?://\\S+");
            assertThat(LocalDate.parse(t.get("as_of"))).as(where).isBeforeOrEqualTo(LocalDate.parse(t.get("published")));
            assertThat(t.get("bound")).as(where).isIn("exact", "at least");
            assertThat(t.get("counts")).as(where).isIn("strikes", "vessels");
            assertThat(number(t.get("deaths"))).as(where).isPositive();
        }
    }

    @Test
    void reconcileSetsTheLedgersPerStrikeSumBesideEveryRunningTotal() throws Exception {
        Path data = CampaignDataset.copyTo(dir.resolve("campaign"));
        String ws = ingest(data);
        Run run = Run.of("--workspace", ws, "ledger", "reconcile", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode totals = EntityJson.JSON.readTree(run.out()).get("totals");
        List<Map<String, String>> claims = CampaignDataset.rows(data.resolve(CampaignDataset.TOTALS));
        assertThat(totals).hasSize(claims.size());

        // per strike of the vessel campaign: its earliest reported date and the lower median of its sources' best figures
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, List<Long>> bests = new HashMap<>();
        for (Map<String, String> r : CampaignDataset.rows(data.resolve(CampaignDataset.STRIKES))) {
            if (!r.get("campaign").equals(CampaignDataset.VESSEL_CAMPAIGN) || !r.get("type").equals("strike")) {
                continue;
            }
            dates.merge(r.get("op"), LocalDate.parse(r.get("date")), (a, b) -> a.isBefore(b) ? a : b);
            Long best = number(r.get("deaths_best")) != null ? number(r.get("deaths_best")) : number(r.get("deaths_low"));
            List<Long> list = bests.computeIfAbsent(r.get("op"), k -> new ArrayList<>());
            if (best != null) {
                list.add(best);
            }
        }
        for (JsonNode t : totals) {
            LocalDate asOf = LocalDate.parse(t.get("date").asText());
            long sum = 0;
            int strikes = 0;
            for (Map.Entry<String, LocalDate> op : dates.entrySet()) {
                if (!op.getValue().isAfter(asOf)) {
                    strikes++;
                    List<Long> b = bests.get(op.getKey()).stream().sorted().toList();
                    sum += b.isEmpty() ? 0 : b.get((b.size() - 1) / 2);
                }
            }
            String id = t.get("id").asText();
            assertThat(t.get("operations_in_ledger").asInt()).as(id).isEqualTo(strikes);
            assertThat(t.get("deaths_in_ledger").get("best").asLong()).as(id).isEqualTo(sum);
            assertThat(t.get("deaths_gap").asLong()).as(id).isEqualTo(t.get("deaths_claimed").asLong() - sum);
            assertThat(t.get("sources")).as(id).isNotEmpty();
        }
        // the table says where the gap opens
        Run table = Run.of("--workspace", ws, "ledger", "reconcile");
        assertThat(table.out()).contains("where the gap opens");
    }

    @Test
    void monthlyCsvGivesEventsAndDeathRangesAndShowListsEverySourcesClaims() throws Exception {
        Path data = CampaignDataset.copyTo(dir.resolve("campaign"));
        String ws = ingest(data);
        Run monthly = Run.of("--workspace", ws, "ledger", "--type", "strike", "--group-by", "month", "--format", "csv");
        assertThat(monthly.exit()).as(monthly.err()).isZero();
        List<String> lines = monthly.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("month,events,deaths_low,deaths_best,deaths_high");
        Map<String, Integer> expected = new TreeMap<>();
        Map<String, LocalDate> firstDate = new HashMap<>();
        for (Map<String, String> r : CampaignDataset.rows(data.resolve(CampaignDataset.STRIKES))) {
            if (r.get("type").equals("strike")) {
                firstDate.merge(r.get("op"), LocalDate.parse(r.get("date")), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        firstDate.values().forEach(d -> expected.merge(d.toString().substring(0, 7), 1, Integer::sum));
        Map<String, Integer> got = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            got.put(f[0], Integer.parseInt(f[1]));
            assertThat(Long.parseLong(f[2])).as(line).isLessThanOrEqualTo(Long.parseLong(f[3]));
            assertThat(Long.parseLong(f[3])).as(line).isLessThanOrEqualTo(Long.parseLong(f[4]));
        }
        assertThat(got).isEqualTo(expected);

        // the strikes that rest on the official claim alone, by the sourcing grade
        Run single = Run.of("--workspace", ws, "ledger", "--type", "strike", "--grade", "single-claim", "--format", "json");
        assertThat(single.exit()).as(single.err()).isZero();
        JsonNode singles = EntityJson.JSON.readTree(single.out());
        assertThat(singles.size()).isGreaterThan(20);
        singles.forEach(e -> assertThat(e.get("sourcing").asText()).isEqualTo("single-claim"));

        // the overnight strike of 23-24 October: each source's claims, the affiliation as a claim, the date disagreement
        Run show = Run.of("--workspace", ws, "ledger", "show", "campaign-strike-2025-10-24");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("campaign:            US strikes on vessels 2025-26")
                .contains("running total 2025-10-24 (").contains("corridor ledger reconcile");
        assertThat(show.out()).contains("claimed affiliation: Tren de Aragua (").contains("Baird Maritime (Reuters) 2025-10-24")
                .contains("Overview Press 2025-10-24").contains("sourcing:").contains("startDate: 2025-10-24").contains("vs 2025-10-23 (");
        // a strike whose official account independent reporting contradicted, and one corroborated by survivors sent home
        assertThat(Run.of("--workspace", ws, "ledger", "show", "campaign-strike-2025-09-02").out()).contains("sourcing:            contradicted");
        assertThat(Run.of("--workspace", ws, "ledger", "show", "campaign-strike-2025-10-16").out()).contains("sourcing:            corroborated")
                .contains("deaths:              2 (low 1, high 2)");
    }

    private String ingest(Path data) {
        String ws = dir.resolve("ws").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", data.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        return ws;
    }

    private static Long number(String v) {
        return v == null || v.isBlank() ? null : Long.parseLong(v.strip());
    }
}
