package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.app.EntityJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, item 3 (begun): a running total read from a report is a dated claim about the
 * campaign; `ledger totals` sets it beside the strikes the ledger holds up to that date and says
 * how many deaths and strikes the ledger lacks if the claim is right. The reports are written for
 * this test.
 */
class LedgerTotalsCliTest {
    @TempDir
    Path dir;

    @Test
    void aRunningTotalIsSetBesideTheLedgersOwnStrikesUpToItsDate() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), """
                2025-09-16

                Second strike on a boat kills three

                WASHINGTON — U.S. forces struck a boat in international waters on Monday, killing three men, the president said.
                """);
        Files.writeString(reports.resolve("b.txt"), """
                2025-10-20

                Campaign toll rises

                The campaign, which began in early September, has now killed at least 27 people in seven strikes, officials said.
                """);
        String ws = dir.resolve("ws").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", reports.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Run run = Run.of("--workspace", ws, "ledger", "totals", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode totals = EntityJson.JSON.readTree(run.out()).get("totals");
        assertThat(totals).hasSize(1);
        JsonNode t = totals.get(0);
        assertThat(t.get("date").asText()).isEqualTo("2025-10-20");
        assertThat(t.get("bound").asText()).isEqualTo("at least");
        assertThat(t.get("deaths_claimed").asInt()).isEqualTo(27);
        assertThat(t.get("operations_claimed").asInt()).isEqualTo(7);
        assertThat(t.get("operations_in_ledger").asInt()).isEqualTo(1);
        assertThat(t.get("strikes_in_ledger").asInt()).isEqualTo(1);
        assertThat(t.get("deaths_in_ledger").get("best").asInt()).isEqualTo(3);
        assertThat(t.get("deaths_gap").asInt()).isEqualTo(24);
        assertThat(t.get("operations_gap").asInt()).isEqualTo(6);
        // an operation type the ledger does not know is a usage error, not an empty comparison
        Run unknown = Run.of("--workspace", ws, "ledger", "reconcile", "--type", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--type 'nope' is not one of strike");
        // the total is not a strike: the ledger holds the one strike only, with its three deaths
        Run ledger = Run.of("--workspace", ws, "ledger", "--type", "strike", "--format", "json");
        JsonNode strikes = EntityJson.JSON.readTree(ledger.out());
        assertThat(strikes).hasSize(1);
        assertThat(strikes.get(0).toString()).contains("\"best\":3");
    }
}
