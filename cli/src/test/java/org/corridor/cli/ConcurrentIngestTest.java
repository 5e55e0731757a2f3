package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 8 and acceptance 3: four ingests of different files started at once into one
 * workspace, as four processes, all complete (each waits its turn on the workspace's write lock)
 * and leave the same statements as the four run one after another.
 */
class ConcurrentIngestTest {
    @TempDir
    Path dir;

    private static final List<Path> FILES = List.of(TestData.sdn2021(), TestData.donations(), TestData.ownershipCluster(),
            TestData.smallSample());

    private static Process start(Path ws, Path file, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--workspace", ws.toString(), "ingest", "--quiet", file.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static TreeSet<String> statementIds(Path ws) throws Exception {
        TreeSet<String> ids = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("corridor.db"));
                ResultSet rs = c.createStatement().executeQuery("SELECT entity_id, id FROM statement")) {
            while (rs.next()) {
                ids.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return ids;
    }

    @Test
    void fourConcurrentIngestsAllCompleteWithTheStatementsOfFourInARow() throws Exception {
        Path together = dir.resolve("together");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            processes.add(start(together, FILES.get(i), dir.resolve("log" + i + ".txt")));
        }
        boolean someoneWaited = false;
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String log = Files.readString(dir.resolve("log" + i + ".txt"));
            assertThat(p.exitValue()).as(log).isZero();
            assertThat(log).doesNotContain("SQLITE_BUSY").doesNotContain("database is locked");
            someoneWaited |= log.contains("waiting for it to finish");
        }

        Path inARow = dir.resolve("in-a-row");
        for (Path file : FILES) {
            Process p = start(inARow, file, dir.resolve("row.txt"));
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("row.txt"))).isZero();
        }
        TreeSet<String> expected = statementIds(inARow);
        assertThat(expected).hasSizeGreaterThan(100_000);
        assertThat(statementIds(together)).isEqualTo(expected);
        // four JVMs started together reach the lock within the same second or two; at least one waits
        assertThat(someoneWaited).as("a writer waited for another").isTrue();
    }
}
