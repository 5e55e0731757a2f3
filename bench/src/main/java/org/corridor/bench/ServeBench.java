package org.corridor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Latency and throughput of a running {@code corridor serve} under concurrent clients: each of
 * CLIENTS threads sends one request after another (closed loop, no think time) for a warm-up and
 * then a measured period, per kind of request: search ({@code /api/v1/entities?query=}), the
 * entity page's JSON ({@code /api/v1/entities/ID}) and ledger grouping
 * ({@code /api/v1/ledger?group-by=month}); then all three mixed, for {@code mixed} seconds, which
 * the script runs while an ingest writes to the same workspace. Prints p50, p99, max, requests/s
 * and how many answers were not 200.
 * Usage: ServeBench BASE_URL CLIENTS WARMUP_S MEASURE_S [mixed SECONDS]
 */
public final class ServeBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        JsonNode all = JSON.readTree(get(base + "/api/v1/entities?limit=0").body());
        List<String> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (JsonNode e : all) {
            ids.add(e.get("id").asText());
            for (String w : e.get("caption").asText().split("\\s+")) {
                if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                    words.add(w);
                }
            }
        }
        if (ids.isEmpty() || words.isEmpty()) {
            throw new IllegalStateException("the workspace at " + base + " has no entities to ask for; run the quickstart first");
        }
        IntFunction<String> search = i -> base + "/api/v1/entities?limit=20&query=" + enc(words.get(i % words.size()));
        IntFunction<String> entity = i -> base + "/api/v1/entities/" + enc(ids.get(i % ids.size()));
        IntFunction<String> ledger = i -> base + "/api/v1/ledger?group-by=month";
        if (args.length > 5 && args[4].equals("mixed")) {
            int seconds = Integer.parseInt(args[5]);
            IntFunction<String> mixed = i -> switch (i % 3) {
                case 0 -> search.apply(i / 3);
                case 1 -> entity.apply(i / 3);
                default -> ledger.apply(i);
            };
            report("mixed reads during the ingest", run(mixed, clients, seconds));
            return;
        }
        System.out.printf(Locale.ROOT, "workspace: %d entities; %d clients, closed loop; %d s warm-up, %d s measured per kind%n",
                ids.size(), clients, warmup, measure);
        for (var kind : List.of(new Object[] {"search", search}, new Object[] {"entity", entity}, new Object[] {"ledger group-by month", ledger})) {
            @SuppressWarnings("unchecked")
            IntFunction<String> url = (IntFunction<String>) kind[1];
            run(url, clients, warmup);
            report((String) kind[0], run(url, clients, measure));
        }
    }

    private record Result(long[] nanos, long count, long notOk, double seconds) {
    }

    private static Result run(IntFunction<String> url, int clients, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong next = new AtomicLong();
        AtomicLong notOk = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            long[] lat = new long[1 << 20];
            perThread.add(lat);
            int me = t;
            Thread th = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < lat.length) {
                    int i = (int) next.getAndIncrement();
                    long t0 = System.nanoTime();
                    try {
                        if (get(url.apply(i)).statusCode() != 200) {
                            notOk.incrementAndGet();
                        }
                    } catch (Exception e) {
                        notOk.incrementAndGet();
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                counts[me] = n;
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(all, total, notOk.get(), elapsed);
    }

    private static void report(String kind, Result r) {
        if (r.count() == 0) {
            System.out.printf(Locale.ROOT, "%-30s no request completed%n", kind);
            return;
        }
        System.out.printf(Locale.ROOT, "%-30s p50 %6.1f ms  p99 %6.1f ms  max %7.1f ms  %7.1f requests/s  (%d requests, %d not 200)%n",
                kind, pct(r.nanos(), 0.50), pct(r.nanos(), 0.99), r.nanos()[r.nanos().length - 1] / 1e6, r.count() / r.seconds(), r.count(),
                r.notOk());
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
