package org.corridor.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.app.FileReport;
import org.corridor.app.IngestListener;
import org.corridor.app.IngestOptions;
import org.corridor.corenlp.CoreNlpTagger;
import org.corridor.extract.text.Language;

/**
 * Extraction cost against document size (issue 20, item 9): one English document each of about
 * 100 KB, 1 MB, 4 MB and 16 MB (just under the 16 MiB limit), written from the corpus's English
 * reports one after another, as a long hearing record repeats its names. Each is ingested with
 * extraction into a new, empty workspace, in this one process after a warm-up document, and timed
 * from the call to the stored report; beside it, bare CoreNLP (the same annotators and model)
 * annotates the same text as one document, as a user of CoreNLP alone would. Printed: seconds,
 * seconds per MB (10^6 bytes of file), and each size's cost per MB over the 100 KB document's.
 *
 * <p>Usage: {@code DocumentSizeBench CORPUS [SIZE_BYTES...]}
 */
public final class DocumentSizeBench {
    private static final long[] DEFAULT_SIZES = {100_000, 1_000_000, 4_000_000, 16_700_000};

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        long[] sizes = args.length > 1 ? Stream.of(args).skip(1).mapToLong(Long::parseLong).toArray() : DEFAULT_SIZES;
        List<String> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("en-")).sorted().toList()) {
                reports.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Path dir = Files.createTempDirectory("corridor-size-bench");
        RedwoodConfiguration.current().clear().apply();
        StanfordCoreNLP bare = new StanfordCoreNLP(CoreNlpTagger.properties(Language.EN));
        // warm-up: models loaded and the per-token code compiled on both sides
        Path warm = write(dir.resolve("warm-up.txt"), reports, 200_000);
        ingest(dir.resolve("ws-warm"), warm);
        bare.annotate(new Annotation(Files.readString(warm, StandardCharsets.UTF_8)));

        System.out.printf(Locale.ROOT, "%-10s %12s %12s %10s %12s %12s %10s%n", "size_MB", "corridor_s", "corridor_s/MB",
                "vs_100KB", "bare_s", "bare_s/MB", "overhead");
        double firstPerMb = Double.NaN;
        for (long size : sizes) {
            Path doc = write(dir.resolve("doc-" + size + ".txt"), reports, size);
            double mb = Files.size(doc) / 1e6;
            double ours = ingest(dir.resolve("ws-" + size), doc);
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            bare.annotate(new Annotation(text));
            double theirs = (System.nanoTime() - start) / 1e9;
            double perMb = ours / mb;
            firstPerMb = Double.isNaN(firstPerMb) ? perMb : firstPerMb;
            System.out.printf(Locale.ROOT, "%-10.2f %12.2f %12.2f %9.2fx %12.2f %12.2f %9.1f%%%n", mb, ours, perMb, perMb / firstPerMb,
                    theirs, theirs / mb, 100 * (ours / theirs - 1));
            Files.delete(doc);
        }
    }

    private static double ingest(Path workspace, Path doc) {
        long start = System.nanoTime();
        try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(workspace))) {
            List<FileReport> reports = corridor.ingest().ingest(List.of(doc), IngestOptions.defaults(), IngestListener.NONE);
            if (reports.get(0).failed()) {
                throw new IllegalStateException(doc + ": " + reports.get(0));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The reports one after another, a blank line between, until the file holds {@code bytes}. */
    private static Path write(Path file, List<String> reports, long bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        long written = 0;
        for (int i = 0; written < bytes; i++) {
            String next = reports.get(i % reports.size()) + "\n\n";
            long length = next.getBytes(StandardCharsets.UTF_8).length;
            if (written + length > bytes && written > 0) {
                break;
            }
            text.append(next);
            written += length;
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
