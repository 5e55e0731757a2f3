package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports ingested where the ledger holds operations from elsewhere (the campaign dataset) have
 * the ones that may be the same operation proposed for review, whether the dataset came before
 * (looked for while the gazetteer builds) or in the same batch (looked for again at the end);
 * with no operations from elsewhere, nothing is proposed.
 */
class IngestSameOperationTest {
    private static final Path REPORTS = Path.of("..", "corpus", "real", "reports");

    @TempDir
    Path dir;

    @Test
    void proposalsWithTheDatasetBeforeInTheSameBatchAndNotAtAll() throws Exception {
        Path data = CampaignDataset.copyTo(dir.resolve("data"));
        try (Stream<Path> extra = Files.list(data)) {
            for (Path p : extra.filter(p -> p.getFileName().toString().startsWith("running-totals")).toList()) {
                Files.delete(p);
            }
        }
        String before = dir.resolve("before").toString();
        assertThat(Run.of("--workspace", before, "ingest", "--quiet", data.toString()).exit()).isZero();
        assertThat(Run.of("--workspace", before, "ingest", "--quiet", REPORTS.toString()).exit()).isZero();
        int proposed = sameOperationProposals(before);
        assertThat(proposed).as("proposals with the dataset ingested before").isGreaterThan(5);

        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        try (Stream<Path> files = Stream.concat(Files.list(data), Files.list(REPORTS))) {
            for (Path p : files.filter(p -> !p.getFileName().toString().endsWith(".md")).toList()) {
                Files.copy(p, mixed.resolve(p.getFileName()));
            }
        }
        String together = dir.resolve("together").toString();
        assertThat(Run.of("--workspace", together, "ingest", "--quiet", mixed.toString()).exit()).isZero();
        assertThat(sameOperationProposals(together)).as("proposals with the dataset in the same batch").isEqualTo(proposed);

        String alone = dir.resolve("alone").toString();
        assertThat(Run.of("--workspace", alone, "ingest", "--quiet", REPORTS.toString()).exit()).isZero();
        assertThat(sameOperationProposals(alone)).as("proposals with no operations from elsewhere").isZero();
    }

    private static int sameOperationProposals(String workspace) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(workspace, "corridor.db"));
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM candidate WHERE scorer = 'same-operation'")) {
            return rs.getInt(1);
        }
    }
}
