package org.corridor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.app.FileReport;
import org.corridor.app.IngestListener;
import org.corridor.app.IngestOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Warm, in-process ingest of the 2024 SDN file into a fresh workspace per invocation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class IngestBenchmark {
    private Path workspace;
    private Path sdn;

    @Setup(Level.Invocation)
    public void freshWorkspace() throws IOException {
        sdn = Path.of(System.getProperty("corridor.sdn", "../testdata/sanctions/ofac_sdn_csv_2024-05-03/sdn.csv"));
        workspace = Files.createTempDirectory("corridor-bench");
    }

    @TearDown(Level.Invocation)
    public void removeWorkspace() throws IOException {
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public long ingestSdn2024() {
        try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(workspace))) {
            FileReport report = corridor.ingest().ingest(List.of(sdn), IngestOptions.defaults(), IngestListener.NONE).get(0);
            return report.statementsAdded();
        }
    }
}
