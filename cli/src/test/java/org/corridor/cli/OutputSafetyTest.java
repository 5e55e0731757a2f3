package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.testkit.HostileFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, items 1, 12 and 14: an export never destroys the workspace or a device, writes through
 * a symbolic link only when asked, says in one sentence why a path cannot be written, and CSV
 * cells a spreadsheet would run as formulas are neutralised.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    String ws() {
        return dir.resolve("ws").toString();
    }

    @BeforeEach
    void workspaceWithAFormulaName() {
        Path file = HostileFiles.write(dir, "people.ftm.jsonl", """
                {"id": "p-1", "schema": "Person", "properties": {"name": ["=HYPERLINK(\\"http://x.example\\",\\"click\\")"]}}
                {"id": "p-2", "schema": "Person", "properties": {"name": ["+1 Ana Example"], "notes": ["-2+3"]}}
                {"id": "p-3", "schema": "Person", "properties": {"name": ["@SUM(A1)"]}}
                {"id": "p-4", "schema": "Person", "properties": {"name": ["Plain Name"], "notes": ["-12.5"]}}
                """);
        assertThat(Run.of("--workspace", ws(), "ingest", "--quiet", file.toString()).exit()).isZero();
    }

    private long entityCount() {
        return Run.of("--workspace", ws(), "entities", "--format", "csv").out().lines().count() - 1;
    }

    @Test
    void exportOntoTheWorkspaceDatabaseIsRefusedAndTheWorkspaceStillOpens() {
        long before = entityCount();
        for (String name : List.of("corridor.db", "corridor.db-wal", "corridor.db-shm")) {
            Run run = Run.of("--workspace", ws(), "export", "--format", "ftm", "-o", dir.resolve("ws").resolve(name).toString());
            assertThat(run.exit()).as(name).isEqualTo(2);
            assertThat(run.err()).as(name).contains("is the workspace's own database").doesNotContain("Exception");
        }
        Run folder = Run.of("--workspace", ws(), "export", "--format", "gexf", "-o", ws());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(entityCount()).isEqualTo(before).isEqualTo(4);
    }

    @Test
    void aDeviceIsNeverReplacedByAFile() {
        Path device = Path.of("/dev/null");
        Run run = Run.of("--workspace", ws(), "export", "--format", "geojson", "-o", device.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("/dev/null is not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.exists(device)).isTrue();
    }

    @Test
    void aSymbolicLinkIsRefusedUnlessAskedAndThenItsTargetIsWrittenAndTheLinkKept() throws Exception {
        Path real = Files.writeString(dir.resolve("real.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real.getFileName());
        Run refused = Run.of("--workspace", ws(), "export", "--format", "ftm", "-o", link.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("is a symbolic link").contains("--follow-links");
        assertThat(Files.readString(real)).isEqualTo("old\n");

        Run through = Run.of("--workspace", ws(), "export", "--format", "ftm", "--follow-links", "-o", link.toString());
        assertThat(through.exit()).as(through.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(real)).hasSize(4);
    }

    @Test
    void anUnwritableFolderGetsOneSentenceNotAnInternalError() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        for (String format : List.of("ftm", "gexf", "graphml", "geojson")) {
            Run run = Run.of("--workspace", ws(), "export", "--format", format, "-o", blocker.resolve("out.file").toString());
            assertThat(run.exit()).as(format).isEqualTo(1);
            assertThat(run.err()).as(format).startsWith("corridor: " + blocker.resolve("out.file") + ": cannot be written")
                    .doesNotContain("internal error").containsOnlyOnce("\n");
        }
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralisedNumbersAreNot() throws Exception {
        String entities = Run.of("--workspace", ws(), "entities", "--format", "csv").out();
        assertThat(entities).contains("'=HYPERLINK(", "'+1 Ana Example", "'@SUM(A1)").doesNotContain(",=HYPERLINK", ",+1 Ana", ",@SUM");

        assertThat(Run.of("--workspace", ws(), "export", "--format", "csv", "-o", dir.resolve("csv").toString()).exit()).isZero();
        String people = Files.readString(dir.resolve("csv/Person.csv"));
        assertThat(people).contains("'=HYPERLINK(", "'+1 Ana Example", "'@SUM(A1)", "'-2+3", ",-12.5");

        String screened = Run.of("--workspace", ws(), "screen", "@SUM(A1)", "--format", "csv").out();
        assertThat(screened).contains("'@SUM(A1)").doesNotContain(",@SUM");
    }
}
