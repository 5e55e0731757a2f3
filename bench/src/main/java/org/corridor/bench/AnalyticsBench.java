package org.corridor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corridor.analyze.centrality.BrandesBetweenness;
import org.corridor.analyze.centrality.Closeness;
import org.corridor.analyze.centrality.NodeMeasure;
import org.corridor.analyze.centrality.PageRank;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphWriter;
import org.corridor.analyze.graph.Parallel;
import org.corridor.analyze.graph.RandomGraphs;

/**
 * The Corridor side of bench/analytics: makes the seeded benchmark graphs, writes each as an edge
 * file for the Python peers, and times exact betweenness, closeness and PageRank in this JVM
 * after a warm-up run. Prints one line per measurement: tool, graph, algorithm, seconds (median),
 * and "estimated" where the time is scaled up from a sample of sources.
 *
 * <p>Usage: AnalyticsBench OUT_DIR [small|large|all|scale-free-100k|small-world-100k] [RUNS]
 */
public final class AnalyticsBench {
    record Spec(String name, Graph graph) {
    }

    /** BENCH_ALGORITHMS=pagerank (comma-separated) limits the run; default all three. */
    private static final List<String> ALGORITHMS = List.of(System.getenv().getOrDefault("BENCH_ALGORITHMS",
            "betweenness,closeness,pagerank").split(","));

    /** The tool name printed on each line: BENCH_TOOL (e.g. corridor-1t for a run with CORRIDOR_THREADS=1), else corridor. */
    private static final String TOOL = System.getenv().getOrDefault("BENCH_TOOL", "corridor");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String which = args.length > 1 ? args[1] : "all";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(out);
        List<Spec> specs = new ArrayList<>();
        if (!which.equals("large")) {
            specs.add(new Spec("scale-free-10k", RandomGraphs.barabasiAlbert(10_000, 5, 42, false)));
            specs.add(new Spec("small-world-10k", RandomGraphs.wattsStrogatz(10_000, 10, 0.1, 42)));
        }
        if (which.equals("all") || which.equals("large") || which.equals("scale-free-100k")) {
            specs.add(new Spec("scale-free-100k", RandomGraphs.barabasiAlbert(100_000, 5, 42, false)));
        }
        if (which.equals("all") || which.equals("large") || which.equals("small-world-100k")) {
            specs.add(new Spec("small-world-100k", RandomGraphs.wattsStrogatz(100_000, 10, 0.1, 42)));
        }
        warmUp();
        System.out.println("# threads " + Parallel.threads());
        for (Spec s : specs) {
            Graph g = s.graph();
            GraphWriter.edgesCsv(g, out.resolve(s.name() + ".csv"));
            System.out.printf(Locale.ROOT, "graph %s nodes %d edges %d%n", s.name(), g.nodeCount(), g.edgeCount());
            boolean large = g.nodeCount() > 50_000;
            int r = large ? 1 : runs;
            if (ALGORITHMS.contains("betweenness")) {
                if (large) {
                    sampled(s.name(), g, TOOL);
                } else {
                    time(s.name(), new BrandesBetweenness(false, false), g, r);
                    sampled(s.name(), g, TOOL + "-sampled");
                }
            }
            if (ALGORITHMS.contains("closeness")) {
                time(s.name(), new Closeness(false, true, Closeness.Mode.ALL), g, r);
            }
            if (ALGORITHMS.contains("pagerank")) {
                time(s.name(), new PageRank(0.85, false), g, runs);
            }
        }
    }

    private static void warmUp() {
        Graph g = RandomGraphs.barabasiAlbert(8_000, 5, 1, false);
        for (int i = 0; i < 3; i++) {
            new BrandesBetweenness(false, false).compute(g);
            new Closeness(false, true, Closeness.Mode.ALL).compute(g);
            new PageRank(0.85, false).compute(g);
        }
    }

    private static final long PAGERANK_WARM_UP_NANOS = 3_000_000_000L;

    /** Sources timed for an estimate of exact betweenness where a full run takes most of an hour. */
    static final int SAMPLED_SOURCES = 1_000;

    /**
     * Exact betweenness's time estimated from {@link #SAMPLED_SOURCES} seeded sources, scaled by
     * n / sources: Brandes does one BFS and one accumulation per source, the same kernel a full
     * run uses. On the 10k graphs it is printed next to the full run as a check of the estimate.
     */
    private static void sampled(String graph, Graph g, String tool) {
        BrandesBetweenness m = new BrandesBetweenness(false, false, SAMPLED_SOURCES, 42, Parallel.threads());
        long t0 = System.nanoTime();
        m.compute(g);
        double seconds = (System.nanoTime() - t0) / 1e9 * g.nodeCount() / SAMPLED_SOURCES;
        System.out.printf(Locale.ROOT, "%s %s betweenness %.4f estimated%n", tool, graph, seconds);
    }

    private static void time(String graph, NodeMeasure m, Graph g, int runs) {
        if (m instanceof PageRank) {
            // Milliseconds per run: warm it on this graph for a few seconds and take more runs, as
            // JMH would. Twenty runs were not enough: the passes were still partly in C1 code, about
            // twice as slow on the 10k graphs.
            long warmUntil = System.nanoTime() + PAGERANK_WARM_UP_NANOS;
            for (int i = 0; i < 20 || System.nanoTime() < warmUntil; i++) {
                m.compute(g);
            }
            runs = Math.max(runs, 21);
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            m.compute(g);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "%s %s %s %.6f%n", TOOL, graph, m.name(), seconds[runs / 2]);
    }
}
