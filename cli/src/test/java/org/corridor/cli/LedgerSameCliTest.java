package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.app.EntityJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, item 4 (begun): one strike reported by two outlets is proposed as one operation,
 * merged only on review, and parted again by undo; a different strike is not proposed. The
 * reports are written for this test.
 */
class LedgerSameCliTest {
    @TempDir
    Path dir;

    @Test
    void twoReportsOfOneStrikeAreProposedMergedOnReviewAndPartedByUndo() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("wire.txt"), """
                2025-10-18

                Two killed in strike on semi-submersible

                The U.S. military struck a semi-submersible vessel in the Caribbean on Thursday, killing two of its four crew.
                """);
        Files.writeString(reports.resolve("local.txt"), """
                2025-10-19

                Sobrevivientes del ataque

                Estados Unidos atacó un semisumergible en el mar Caribe el 16 de octubre de 2025 y murieron dos tripulantes.
                """);
        Files.writeString(reports.resolve("pacific.txt"), """
                2025-10-28

                Strikes in the Pacific kill 14

                American forces struck four boats in the eastern Pacific on Monday, killing 14 people.
                """);
        String ws = dir.resolve("ws").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", reports.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(strikes(ws)).hasSize(3);

        Run same = Run.of("--workspace", ws, "ledger", "same", "--propose", "--format", "json");
        assertThat(same.exit()).as(same.err()).isZero();
        JsonNode pairs = EntityJson.JSON.readTree(same.out());
        assertThat(pairs).hasSize(1);
        String left = pairs.get(0).get("left").asText();
        String right = pairs.get(0).get("right").asText();
        assertThat(pairs.get(0).get("explanation").asText()).contains("deaths 2 / 2").contains("Caribbean");

        JsonNode queue = EntityJson.JSON.readTree(Run.of("--workspace", ws, "review", "--format", "json").out());
        assertThat(queue.toString()).contains(left).contains(right).contains("same-operation");

        Run merge = Run.of("--workspace", ws, "review", "same", left, right);
        assertThat(merge.exit()).as(merge.err()).isZero();
        JsonNode merged = strikes(ws);
        assertThat(merged).hasSize(2);
        assertThat(merged.toString()).contains("wire.txt").contains("local.txt");

        Run undo = Run.of("--workspace", ws, "review", "undo");
        assertThat(undo.exit()).as(undo.err()).isZero();
        assertThat(strikes(ws)).hasSize(3);
    }

    @Test
    void anArticleAboutAStrikeInTheCampaignDatasetLandsAsAProposalAgainstIt() throws Exception {
        String ws = dir.resolve("ws").toString();
        Run dataset = Run.of("--workspace", ws, "ingest", "--quiet", CampaignDataset.copyTo(dir.resolve("campaign")).toString());
        assertThat(dataset.exit()).as(dataset.err()).isZero();
        Path reports = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(reports.resolve("semi.txt"), """
                2025-10-18

                Survivors of strike on semi-submersible to be sent home

                The U.S. military struck a semi-submersible vessel in the Caribbean on Thursday, October 16, 2025, killing two of its four crew.
                """);
        Run ingest = Run.of("--workspace", ws, "ingest", reports.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains("queued for review");
        JsonNode queue = EntityJson.JSON.readTree(Run.of("--workspace", ws, "review", "--format", "json").out());
        assertThat(queue.toString()).contains("campaign-strike-2025-10-16").contains("same-operation");
        // the strike of 17 October, a day later in the same sea, differs in its toll and is not proposed
        assertThat(queue.toString()).doesNotContain("campaign-strike-2025-10-17");
    }

    private static JsonNode strikes(String ws) throws Exception {
        Run ledger = Run.of("--workspace", ws, "ledger", "--type", "strike", "--format", "json");
        assertThat(ledger.exit()).as(ledger.err()).isZero();
        return EntityJson.JSON.readTree(ledger.out());
    }
}
