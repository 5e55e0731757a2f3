package org.corridor.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.app.FileReport;
import org.corridor.app.IngestListener;
import org.corridor.app.IngestOptions;
import org.corridor.corenlp.CoreNlpTagger;
import org.corridor.extract.doc.Document;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.doc.LanguageGuess;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.pipeline.Stage;
import org.corridor.extract.pipeline.Work;
import org.corridor.extract.text.Language;

/**
 * Ingest with extraction against the bare CoreNLP pipeline, side by side in one run, on reports
 * of about 1,000 words built from the corpus (two in three English, one in three Spanish).
 *
 * <p>Bare CoreNLP: the same annotators and models (tokenize, ssplit, one CRF NER model per
 * language, fast settings) annotating each text held in memory, on one thread per core. Corridor:
 * {@code corridor ingest FOLDER} into a new workspace, in-process: reading each file, language and
 * date, CoreNLP, the gazetteer and rules, statements written to SQLite with the document text,
 * links proposed. Both run {@code RUNS} times after six warm-up rounds; the best and median are printed,
 * with the cores each kept busy (process CPU time over wall time). Also printed: Corridor's tagger
 * wrapper alone on the same texts, and the extraction pipeline alone with each stage's share of time.
 *
 * <p>Every Corridor workspace starts as a copy of one that holds a sanctions list (the 2025 OFAC
 * names file in bench/extract), so the gazetteer's list names and the linking to listed parties
 * are part of the cost, as in a real workspace.
 *
 * <p>Usage: {@code ExtractBench CORPUS RUNS COUNT [LIST]} (steady state, as above);
 * {@code ExtractBench write CORPUS DIR COUNT} (writes the reports, for the cold-start rows that
 * bench/extract times as whole commands); {@code ExtractBench bare DIR} (bare CoreNLP over a
 * folder in this fresh process, models loaded inside the timing, as a user's first run would).
 */
public final class ExtractBench {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            Path dir = Files.createDirectories(Path.of(args[2]));
            reports(Path.of(args[1]), dir, Integer.parseInt(args[3]));
            return;
        }
        if (args[0].equals("bare")) {
            bareCold(Path.of(args[1]));
            return;
        }
        Path corpus = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 192;
        if (args.length > 3) {
            template = Files.createTempDirectory("corridor-extract-bench-list");
            workspaces.add(template);
            try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(template))) {
                List<FileReport> loaded = corridor.ingest().ingest(List.of(Path.of(args[3])), IngestOptions.defaults(), IngestListener.NONE);
                System.out.printf(Locale.ROOT, "workspace list: %s, %d records%n", Path.of(args[3]).getFileName(), loaded.get(0).records());
            }
        }
        Path folder = Files.createTempDirectory("corridor-extract-bench");
        List<String> texts = reports(corpus, folder, count);
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "reports: %d, %.0f words each on average, %d threads%n", texts.size(), words / (double) texts.size(),
                threads);
        RedwoodConfiguration.current().clear().apply();
        StanfordCoreNLP en = new StanfordCoreNLP(CoreNlpTagger.properties(Language.EN));
        StanfordCoreNLP es = new StanfordCoreNLP(CoreNlpTagger.properties(Language.ES));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        StageClock clock = new StageClock(Pipeline.standard(new CoreNlpTagger(), CountryNames.addTo(new Gazetteer())));
        CoreNlpTagger tagger = new CoreNlpTagger();
        // Corridor's rules and statement code run a few times per document, not per token like
        // CoreNLP's inner loops, so C2 reaches them only after a few thousand documents
        for (int w = 0; w < WARM_UP_ROUNDS; w++) {
            double bareRate = bare(texts, en, es, pool);
            double ourRate = corridor(folder, workspace());
            System.out.printf(Locale.ROOT, "warm-up %d of %d: bare CoreNLP %.2f reports/s, Corridor ingest %.2f reports/s (JIT compiling: "
                    + "bare %d ms, Corridor %d ms)%n", w + 1, WARM_UP_ROUNDS, bareRate, ourRate, compiling.get(2 * w), compiling.get(2 * w + 1));
            pipeline(folder, clock, pool);
            tagger(texts, tagger, pool);
        }
        clock.reset();
        compiling.clear();
        List<Double> bare = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> ownWork = new ArrayList<>();
        busy.clear();
        for (int r = 0; r < runs; r++) {
            double alone = tagger(texts, tagger, pool);
            System.out.printf(Locale.ROOT, "run %d: Corridor's CoreNLP tagger alone %.2f reports/s%n", r + 1, alone);
            bare.add(bare(texts, en, es, pool));
            ours.add(corridor(folder, workspace()));
            System.out.printf(Locale.ROOT, "run %d: bare CoreNLP %.2f reports/s, Corridor ingest %.2f reports/s (cores busy: bare %.2f, "
                    + "Corridor %.2f; JIT compiling: bare %d ms, Corridor %d ms)%n", r + 1, bare.get(r), ours.get(r), busy.get(2 * r),
                    busy.get(2 * r + 1), compiling.get(2 * r), compiling.get(2 * r + 1));
            ownWork.add(cpuPerReport(busy.get(2 * r + 1), ours.get(r)) - cpuPerReport(busy.get(2 * r), bare.get(r)));
            System.out.printf(Locale.ROOT, "run %d: CPU per report: bare %.1f ms, Corridor %.1f ms, Corridor's own work %.1f ms%n", r + 1,
                    cpuPerReport(busy.get(2 * r), bare.get(r)), cpuPerReport(busy.get(2 * r + 1), ours.get(r)), ownWork.get(r));
        }
        double inMemory = pipeline(folder, clock, pool);
        System.out.printf(Locale.ROOT, "extraction pipeline alone (files read, no store): %.2f reports/s; time per stage:%n", inMemory);
        clock.print();
        pool.shutdown();
        delete(folder);
        double bareBest = bare.stream().max(Double::compare).orElseThrow();
        double oursBest = ours.stream().max(Double::compare).orElseThrow();
        double bareMedian = median(bare);
        double oursMedian = median(ours);
        System.out.printf(Locale.ROOT, "best: bare CoreNLP %.2f reports/s, Corridor %.2f reports/s, overhead %.1f%%%n", bareBest, oursBest,
                100 * (1 - oursBest / bareBest));
        List<Double> overheads = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            overheads.add(1 - ours.get(r) / bare.get(r));
        }
        // each run's pair was measured back to back, so its ratio is not moved by the machine's drift between runs
        System.out.printf(Locale.ROOT, "median: bare CoreNLP %.2f reports/s, Corridor %.2f reports/s; overhead, median of the runs' "
                + "pairs: %.1f%%%n", bareMedian, oursMedian, 100 * median(overheads));
        // what the overhead is made of, in time rather than as a share of the tagger's, which the JVM's flags and the machine move
        System.out.printf(Locale.ROOT, "Corridor's own work per report (process CPU per report, Corridor's ingest less bare CoreNLP), "
                + "median of the runs: %.1f ms%n", median(ownWork));
    }

    /** Milliseconds of CPU per report: the cores a phase kept busy over its reports per second. */
    private static double cpuPerReport(double coresBusy, double reportsPerSecond) {
        return 1000 * coresBusy / reportsPerSecond;
    }

    /** Rounds before measuring: after three, C2 still spent 0.2-1.4 s compiling Corridor's per-document code in each run. */
    private static final int WARM_UP_ROUNDS = 6;
    private static final List<Path> workspaces = new ArrayList<>();

    /** A workspace holding the list, copied for each measured ingest; null for empty workspaces. */
    private static Path template;

    private static Path workspace() throws java.io.IOException {
        Path ws = Files.createTempDirectory("corridor-extract-bench-ws");
        workspaces.add(ws);
        if (template != null) {
            try (Stream<Path> files = Files.walk(template)) {
                for (Path p : files.sorted().toList()) {
                    Path to = ws.resolve(template.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return ws;
    }

    /** Bare CoreNLP on every file of a folder in a fresh process, the models' loading included; prints reports/s. */
    private static void bareCold(Path dir) throws Exception {
        long start = System.nanoTime();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        RedwoodConfiguration.current().clear().apply();
        StanfordCoreNLP en = new StanfordCoreNLP(CoreNlpTagger.properties(Language.EN));
        StanfordCoreNLP es = new StanfordCoreNLP(CoreNlpTagger.properties(Language.ES));
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        bare(texts, en, es, pool);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "bare CoreNLP, fresh process: %d reports in %.2f s = %.2f reports/s (models loaded inside the timing)%n",
                texts.size(), seconds, texts.size() / seconds);
        pool.shutdown();
    }

    private static void delete(Path folder) throws java.io.IOException {
        for (Path root : java.util.stream.Stream.concat(Stream.of(folder), workspaces.stream()).toList()) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Cores kept busy in each measured phase: process CPU time over wall time. */
    private static final List<Double> busy = new ArrayList<>();

    /** Time the JIT compilers spent in each measured phase (their threads' CPU is part of cores busy). */
    private static final List<Long> compiling = new ArrayList<>();

    private static long compiled() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double tagger(List<String> texts, CoreNlpTagger tagger, ExecutorService pool) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> tagger.tag(text, LanguageGuess.of(text) == Language.ES ? Language.ES : Language.EN)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        return texts.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double bare(List<String> texts, StanfordCoreNLP en, StanfordCoreNLP es, ExecutorService pool) throws Exception {
        long start = System.nanoTime();
        long cpu = cpu();
        long jit = compiled();
        List<Future<?>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> (LanguageGuess.of(text) == Language.ES ? es : en).annotate(new Annotation(text))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        busy.add((cpu() - cpu) / (double) (System.nanoTime() - start));
        compiling.add(compiled() - jit);
        return texts.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double pipeline(Path folder, StageClock clock, ExecutorService pool) throws Exception {
        DocumentReaders readers = new DocumentReaders();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                Document doc = readers.read(file, file.toString(), DocumentReaders.Options.DEFAULT);
                clock.add("read", t);
                return clock.pipeline().extract(doc);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        return files.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** The standard pipeline with each stage timed, summed over threads. */
    private static final class StageClock {
        private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
        private final Pipeline pipeline;

        StageClock(Pipeline standard) {
            nanos.put("read", new LongAdder());
            List<Stage> timed = new ArrayList<>();
            for (Stage stage : standard.stages()) {
                nanos.put(stage.name(), new LongAdder());
                timed.add(new Stage() {
                    @Override
                    public String name() {
                        return stage.name();
                    }

                    @Override
                    public void apply(Work work) {
                        long t = System.nanoTime();
                        stage.apply(work);
                        add(stage.name(), t);
                    }
                });
            }
            pipeline = new Pipeline(timed);
        }

        Pipeline pipeline() {
            return pipeline;
        }

        void add(String stage, long since) {
            nanos.get(stage).add(System.nanoTime() - since);
        }

        void reset() {
            nanos.values().forEach(LongAdder::reset);
        }

        void print() {
            double total = nanos.values().stream().mapToLong(LongAdder::sum).sum();
            nanos.forEach((stage, n) -> System.out.printf(Locale.ROOT, "  %-12s %5.1f%%%n", stage, 100 * n.sum() / total));
        }
    }

    private static double corridor(Path folder, Path workspace) {
        long start = System.nanoTime();
        long cpu = cpu();
        long jit = compiled();
        List<FileReport> reports;
        try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(workspace))) {
            reports = corridor.ingest().ingest(List.of(folder), IngestOptions.defaults(), IngestListener.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        busy.add((cpu() - cpu) / (seconds * 1e9));
        compiling.add(compiled() - jit);
        if (reports.stream().anyMatch(FileReport::failed)) {
            throw new IllegalStateException("a report failed: " + reports.stream().filter(FileReport::failed).findFirst().orElseThrow());
        }
        return reports.size() / seconds;
    }

    /** Reports of about 1,000 words: corpus bodies of one language joined, under the first one's date line and title. */
    private static List<String> reports(Path corpus, Path folder, int count) throws Exception {
        List<Path> en;
        List<Path> es;
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".txt")).sorted(Comparator.naturalOrder()).toList();
            en = all.stream().filter(p -> !p.getFileName().toString().contains("es-")).toList();
            es = all.stream().filter(p -> p.getFileName().toString().contains("es-")).toList();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Path> pool = i % 3 == 2 ? es : en;
            StringBuilder text = new StringBuilder(Files.readString(pool.get(i % pool.size())));
            int k = i;
            while (text.toString().split("\\s+").length < 1000) {
                k += 7;
                String other = Files.readString(pool.get(k % pool.size()));
                String body = other.substring(Math.min(other.length(), nthBlankLine(other, 2)));
                text.append('\n').append(body.strip()).append('\n');
            }
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "report-%03d.txt", i)), text);
            texts.add(text.toString());
        }
        return texts;
    }

    private static int nthBlankLine(String text, int n) {
        int at = 0;
        for (int i = 0; i < n; i++) {
            int next = text.indexOf("\n\n", at);
            if (next < 0) {
                return at;
            }
            at = next + 2;
        }
        return at;
    }
}
