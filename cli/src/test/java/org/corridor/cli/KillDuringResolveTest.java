package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 20, item 4 and acceptance 2 (for resolve): a `corridor resolve` killed with SIGKILL at
 * seeded random moments in the first half of a run leaves the workspace exactly as before it
 * started, and running it again gives exactly the workspace of a run that was never interrupted:
 * statements, merges and queue.
 */
class KillDuringResolveTest {
    @TempDir
    Path dir;

    private static List<TreeSet<String>> state(Path ws) throws Exception {
        return WorkspaceState.of(ws);
    }

    private static void copy(Path from, Path to) throws Exception {
        WorkspaceState.copy(from, to);
    }

    private static Process resolve(Path ws) throws Exception {
        Process p = WorkspaceState.corridor(ws, "resolve");
        Thread.ofVirtual().start(() -> {
            try {
                p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                // the process was killed
            }
        });
        return p;
    }

    @Test
    void aResolveKilledAtRandomMomentsLeavesNothingHalfDoneAndARerunMatchesAnUninterruptedRun() throws Exception {
        Path template = dir.resolve("template");
        try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(template))) {
            corridor.ingest().ingest(List.of(TestData.sanctions("ofac_sdn_csv_2021-04-25")),
                    new IngestOptions(null, null, null, null, null, "ofac2021"), IngestListener.NONE);
            corridor.ingest().ingest(List.of(TestData.sdn2024()), IngestOptions.defaults(), IngestListener.NONE);
        }
        List<TreeSet<String>> before = state(template);

        Path whole = dir.resolve("whole");
        copy(template, whole);
        long started = System.nanoTime();
        Process uninterrupted = resolve(whole);
        assertThat(uninterrupted.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(uninterrupted.exitValue()).isZero();
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<TreeSet<String>> expected = state(whole);
        assertThat(expected.get(1)).as("merges recorded").hasSizeGreaterThan(1_000);

        SplittableRandom random = new SplittableRandom(2020);
        for (int k = 0; k < 3; k++) {
            Path ws = dir.resolve("killed-" + k);
            copy(template, ws);
            // in the first half of a run: resolve scores everything first and writes at the end
            long delay = 300 + random.nextLong(Math.max(1, millis / 2 - 300));
            Process p = resolve(ws);
            Thread.sleep(delay);
            p.destroyForcibly(); // SIGKILL
            p.waitFor(1, TimeUnit.MINUTES);
            List<TreeSet<String>> afterKill = state(ws);
            assertThat(afterKill).as("killed after " + delay + " ms: all or nothing").isIn(before, expected);
            // whether it finished before the kill or not, running it again gives the uninterrupted result
            Process rerun = resolve(ws);
            assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(rerun.exitValue()).isZero();
            assertThat(state(ws)).as("rerun after a kill at " + delay + " ms").isEqualTo(expected);
        }
    }
}
