package org.corridor.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.corridor.ingest.FormatReader;
import org.corridor.ingest.InputFile;
import org.corridor.ingest.Progress;
import org.corridor.ingest.ReadRequest;
import org.corridor.ingest.ReadSummary;
import org.corridor.ingest.Readers;
import org.corridor.ingest.Sniff;
import org.corridor.ingest.ofac.OfacCompanionReader;
import org.corridor.model.CorridorException;
import org.corridor.model.InputException;
import org.corridor.model.StatementContext;
import org.corridor.model.StorageException;
import org.corridor.model.Trace;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.FileWriter;
import org.corridor.store.IngestRecord;
import org.corridor.store.Store;
import org.corridor.store.WriteRequest;

/**
 * Ingests files and folders into a workspace: detects each file's format, reads it and writes
 * its statements in one transaction. A file that fails is reported with its reason and leaves
 * the store as it was; the other files go on.
 */
public final class IngestService {
    private final Store store;
    private final Readers readers;
    private final SchemaRegistry registry;
    private final Clock clock;

    public IngestService(Store store, Readers readers, SchemaRegistry registry, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.registry = registry;
        this.clock = clock;
    }

    public List<FileReport> ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        List<FileReport> reports = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                FileReport missing = FileReport.failure(path.toString(), null, path + ": no such file or folder; check the path");
                listener.finished(missing);
                reports.add(missing);
            } else if (Files.isDirectory(path)) {
                for (Path file : filesIn(path)) {
                    reports.add(ingestFile(file, options, listener, true));
                }
            } else {
                reports.add(ingestFile(path, options, listener, false));
            }
        }
        return reports;
    }

    /** Regular files under a folder, in name order, leaving out hidden files, docs and mapping files. */
    static List<Path> filesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isIgnored(folder.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list the folder (" + e.getMessage() + "); check its permissions", e);
        }
    }

    private static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".mapping.yaml") || name.endsWith(".mapping.yml") || name.startsWith("readme")
                || name.startsWith("license") || name.endsWith(".md");
    }

    private FileReport ingestFile(Path path, IngestOptions options, IngestListener listener, boolean inFolder) {
        String display = path.toString();
        long start = System.nanoTime();
        String format = options.format();
        FileReport report;
        try {
            InputFile file = InputFile.of(path);
            Sniff sniff = Sniff.of(file);
            FormatReader reader = format != null ? readers.named(format) : readers.detect(sniff, options.mapping() != null);
            format = reader.format();
            if (inFolder && reader instanceof OfacCompanionReader && OfacCompanionReader.hasSdnBeside(sniff)) {
                return skipCompanion(display, listener);
            }
            report = write(file, reader, options, listener.starting(display, file.size()), start);
        } catch (StorageException e) {
            throw e;
        } catch (CorridorException e) {
            report = FileReport.failure(display, format, e.getMessage());
        }
        listener.finished(report);
        return report;
    }

    private static FileReport skipCompanion(String display, IngestListener listener) {
        FileReport report = new FileReport(display, "ofac-companion", null, List.of(), 0, 0, 0, 0, 0,
                List.of("read together with the sdn.csv beside it"), 0, null);
        listener.finished(report);
        return report;
    }

    private FileReport write(InputFile file, FormatReader reader, IngestOptions options, Progress progress, long start) {
        String source = options.source() != null ? options.source() : defaultSource(file.path());
        String now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        StatementContext context = new StatementContext(source, options.label(), now, registry);
        ReadSummary[] summary = new ReadSummary[1];
        FileWriter writer = sink -> {
            java.util.function.Consumer<org.corridor.model.Statement> add = options.namespace() == null ? sink::add
                    : s -> sink.add(Namespace.apply(options.namespace(), s, registry));
            summary[0] = reader.read(new ReadRequest(file, context, options.charset(), options.mapping(), progress), add);
            return new FileWriter.Produced(summary[0].entities(), summary[0].skipped());
        };
        // the hash is only needed for the file's record at the end, so it is computed alongside the reading
        CompletableFuture<String> hash = CompletableFuture.supplyAsync(() -> sha256(file.path()));
        WriteRequest request = new WriteRequest(source, file.path().toAbsolutePath().normalize().toString(),
                () -> join(hash), reader.format(), options.label(), now);
        long writing = System.nanoTime();
        IngestRecord record = store.write(request, writer);
        Trace.log("file written", writing);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new FileReport(file.displayName(), reader.format(), source, summary[0].companions(), summary[0].records(),
                record.entities(),
                record.statementsSeen(), record.statementsAdded(), record.skipped(), summary[0].skipReasons(), seconds, null);
    }

    private static String join(CompletableFuture<String> hash) {
        try {
            return hash.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The file's folder and name, e.g. {@code ofac_sdn_csv_2024-05-03/sdn.csv}. */
    static String defaultSource(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        String name = abs.getFileName().toString();
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
