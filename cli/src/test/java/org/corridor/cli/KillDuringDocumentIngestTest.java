package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.app.IngestListener;
import org.corridor.app.IngestOptions;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, acceptance 2 (for documents): `corridor ingest FOLDER` of the 50 corpus reports into
 * a workspace holding the 2024 OFAC list, killed with SIGKILL at seeded random points of the
 * batch, then run again, gives exactly the workspace of a run that was never interrupted:
 * statements (with their spans and sources), the links to listed parties and the queue. Before,
 * the rerun's gazetteer held the names of the documents already stored and linked later reports
 * to them (37 merges against none).
 */
class KillDuringDocumentIngestTest {
    private static final Path REPORTS = Path.of("..", "corpus", "reports");

    @TempDir
    Path dir;

    @Test
    void aFolderIngestKilledAtRandomPointsAndRunAgainMatchesAnUninterruptedOne() throws Exception {
        Path template = dir.resolve("template");
        try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(template))) {
            corridor.ingest().ingest(List.of(TestData.sdn2024()), IngestOptions.defaults(), IngestListener.NONE);
        }
        Path whole = dir.resolve("whole");
        WorkspaceState.copy(template, whole);
        Run uninterrupted = Run.of("--workspace", whole.toString(), "ingest", "--quiet", REPORTS.toString());
        assertThat(uninterrupted.exit()).as(uninterrupted.err()).isZero();
        List<TreeSet<String>> expected = WorkspaceState.of(whole);
        assertThat(expected.get(1)).as("reports linked to listed parties").isNotEmpty();

        SplittableRandom random = new SplittableRandom(20);
        for (int k = 0; k < 2; k++) {
            // between 20% and 60% of the files: reports are committed 32 at a time and shown as done
            // once committed, so the line for 35 of 50 comes only after the last report was stored
            int tenth = 2 + random.nextInt(5);
            Path ws = dir.resolve("killed-" + k);
            WorkspaceState.copy(template, ws);
            Process p = WorkspaceState.corridor(ws, "ingest", REPORTS.toString());
            String seen = null;
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (line.startsWith("ingest: ") && line.contains("(" + tenth * 10 + "%)")) {
                        seen = line;
                        break;
                    }
                }
                p.destroyForcibly(); // SIGKILL
                assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            }
            assertThat(seen).as("a progress line at " + tenth * 10 + "%").isNotNull();
            assertThat(WorkspaceState.of(ws)).as("killed at " + seen).isNotEqualTo(expected);

            Run rerun = Run.of("--workspace", ws.toString(), "ingest", "--quiet", REPORTS.toString());
            assertThat(rerun.exit()).as(rerun.err()).isZero();
            assertThat(WorkspaceState.of(ws)).as("rerun after a kill at " + seen).isEqualTo(expected);
        }
    }
}
