package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.app.EntityJson;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 3: ingesting the same reports again is a no-op (no statements, merges or review
 * proposals added, no entity lost), so re-running an interrupted ingest finishes the work instead
 * of linking the reports to their own first pass.
 */
class ReingestTest {
    @TempDir
    Path dir;

    private String ws() {
        return dir.resolve("ws").toString();
    }

    private List<Long> state() {
        long entities = Run.of("--workspace", ws(), "entities", "--limit", "0", "--format", "csv").out().lines().count();
        long queued = Run.of("--workspace", ws(), "review", "--format", "csv").out().lines().count();
        long decisions = Run.of("--workspace", ws(), "review", "log", "--format", "csv").out().lines().count();
        return List.of(entities, queued, decisions);
    }

    @Test
    void theSameReportsIngestedTwiceAddNothingTheSecondTime() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        try (Stream<Path> files = Files.list(Path.of("..", "corpus", "reports"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(12).toList()) {
                Files.copy(f, reports.resolve(f.getFileName()));
            }
        }
        // a listed party for the reports' names to be linked to, as in a real workspace
        assertThat(Run.of("--workspace", ws(), "ingest", "--quiet", TestData.namesJsonl2025().toString()).exit()).isZero();
        Run first = Run.of("--workspace", ws(), "ingest", "--quiet", "--report", "json", reports.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        List<Long> after = state();
        assertThat(EntityJson.JSON.readTree(first.out()).findValues("statementsAdded")).allMatch(n -> n.asLong() > 0);

        Run second = Run.of("--workspace", ws(), "ingest", "--quiet", "--report", "json", reports.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        JsonNode again = EntityJson.JSON.readTree(second.out());
        assertThat(again).hasSize(12);
        for (JsonNode r : again) {
            assertThat(r.get("statementsAdded").asLong()).as(r.toString()).isZero();
            assertThat(r.get("skipReasons").toString()).contains("unchanged: the same content was ingested before");
        }
        assertThat(state()).isEqualTo(after);
    }
}
