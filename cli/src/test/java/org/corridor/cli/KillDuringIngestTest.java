package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.app.FileReport;
import org.corridor.app.IngestListener;
import org.corridor.app.IngestOptions;
import org.corridor.store.WorkspaceSummary;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the whole-or-nothing promise: a real CLI process is killed with SIGKILL while it is
 * writing the 2024 SDN file, and the workspace must open with only what was there before.
 */
class KillDuringIngestTest {
    @TempDir
    Path dir;

    @Test
    void sigkillInTheMiddleOfAnIngestLeavesNoPartialFileAndASecondIngestCompletes() throws Exception {
        Path ws = dir.resolve("ws");
        Path earlier = TestData.smallSample();
        WorkspaceSummary before;
        try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(ws))) {
            corridor.ingest().ingest(List.of(earlier), IngestOptions.defaults(), IngestListener.NONE);
            before = corridor.view().summary();
        }

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--workspace", ws.toString(), "ingest", TestData.sdn2024().toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String progress = null;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                // the first progress line comes at a tenth of the file, inside the write transaction
                if (line.startsWith("ingest sdn.csv: ")) {
                    progress = line;
                    break;
                }
            }
            assertThat(progress).as("a progress line before the end of the ingest").isNotNull();
            assertThat(process.isAlive()).as("still ingesting when killed").isTrue();
            process.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the process
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(process.exitValue()).isEqualTo(137);

        try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(ws))) {
            assertThat(corridor.view().summary()).isEqualTo(before);
            assertThat(corridor.view().ingests()).hasSize(1);
            FileReport second = corridor.ingest().ingest(List.of(TestData.sdn2024()), IngestOptions.defaults(),
                    IngestListener.NONE).get(0);
            assertThat(second.failed()).isFalse();
            assertThat(second.records()).isEqualTo(14_965);
            assertThat(corridor.view().summary().statements()).isEqualTo(before.statements() + second.statementsAdded());
            assertThat(corridor.view().ingests()).hasSize(2);
        }
    }
}
