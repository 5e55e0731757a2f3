package org.corridor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.corridor.resolve.names.NameAnalyzer;
import org.corridor.resolve.score.Qualifiers;
import org.corridor.resolve.score.ScoreOptions;
import org.corridor.resolve.screen.Listed;
import org.corridor.resolve.screen.NameIndex;
import org.corridor.resolve.screen.Screener;

/**
 * Screening speed in-process: every name of OFAC's 2025 names file screened against an index of
 * the whole file, as a parallel batch (names/s) and one at a time (latency p50, p99).
 * Usage: ScreenBench SDN_ENTITIES_JSONL [RUNS]
 */
public final class ScreenBench {
    private ScreenBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        NameAnalyzer analyzer = new NameAnalyzer();
        List<Listed> listed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        long t0 = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode e = json.readTree(line);
                List<String> own = new ArrayList<>();
                e.get("names").forEach(n -> own.add(n.get("full_name").asText()));
                names.addAll(own);
                listed.add(new Listed("ofac-" + e.get("entity_id").asText(), "LegalEntity", own.get(0),
                        own.stream().map(analyzer::analyze).toList(), Qualifiers.NONE));
            }
        }
        NameIndex index = NameIndex.of(listed);
        double build = (System.nanoTime() - t0) / 1e9;
        Screener screener = new Screener(index, analyzer, ScoreOptions.DEFAULTS);
        System.out.printf(Locale.ROOT, "index: %d entities, %d names, built in %.2f s (parse, analyse, post)%n", listed.size(),
                names.size(), build);
        // warm-up: one pass over a third of the names
        names.subList(0, names.size() / 3).parallelStream().forEach(n -> screener.screen(n, Qualifiers.NONE, 5));
        for (int r = 1; r <= runs; r++) {
            AtomicLong hits = new AtomicLong();
            long start = System.nanoTime();
            IntStream.range(0, names.size()).parallel()
                    .forEach(i -> hits.addAndGet(screener.screen(names.get(i), Qualifiers.NONE, 5).size()));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "batch run %d: %d names in %.2f s = %.0f names/s (%d threads, %d hits)%n", r,
                    names.size(), seconds, names.size() / seconds, Runtime.getRuntime().availableProcessors(), hits.get());
        }
        int sample = Math.min(5000, names.size());
        long[] latency = new long[sample];
        for (int i = 0; i < sample; i++) {
            String n = names.get((int) ((long) i * names.size() / sample));
            long s = System.nanoTime();
            screener.screen(n, Qualifiers.NONE, 5);
            latency[i] = System.nanoTime() - s;
        }
        Arrays.sort(latency);
        System.out.printf(Locale.ROOT, "single name, one thread, %d names: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", sample,
                latency[sample / 2] / 1e6, latency[(int) (sample * 0.99)] / 1e6, latency[sample - 1] / 1e6);
    }
}
