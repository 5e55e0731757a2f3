package org.corridor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.app.NetworkMetrics;
import org.corridor.model.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "metrics", mixinStandardHelpOptions = true, description = {"Centrality and structure per node.",
    "Algorithms: degree, indegree, outdegree, strength, betweenness, closeness, harmonic, pagerank, eigenvector, kcore, component, scc.",
    "Values match igraph's defaults: raw betweenness, closeness as the inverse mean distance to reachable nodes, PageRank with damping 0.85."})
final class MetricsCommand extends AnalyzeSubcommand {
    static final List<String> ALL = NetworkMetrics.ALL;

    @Option(names = "--algorithms", split = ",", paramLabel = "NAME", defaultValue = NetworkMetrics.DEFAULTS,
            description = "Comma-separated; each becomes a column (default ${DEFAULT-VALUE}).")
    List<String> algorithms;

    @Option(names = "--normalized", description = "Normalise degree and betweenness by the number of other nodes / pairs.")
    boolean normalized;

    @Option(names = "--samples", paramLabel = "K", defaultValue = "0", description = "Estimate betweenness from K sampled sources (0: exact).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for sampled betweenness (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--damping", paramLabel = "D", defaultValue = "0.85", description = "PageRank damping factor (default ${DEFAULT-VALUE}).")
    double damping;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "all", description = "Directed graphs, closeness and harmonic: "
            + "all (direction ignored, igraph's default), out or in (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30", description = "Table: the top N nodes by the first algorithm; 0 for all. CSV and JSON list every node.")
    int limit;

    @Override
    public Integer call() {
        NetworkMetrics.Request request = new NetworkMetrics.Request(algorithms, network.weighted, normalized, samples, seed, damping, mode,
                "--");
        long t = System.nanoTime();
        var net = analysisNetwork(Set.of());
        Trace.log("network loaded", t);
        t = System.nanoTime();
        NetworkMetrics.Measured m = NetworkMetrics.measure(net, request, (a, work) -> withProgress(a, net.nodeCount(), net.edgeCount(), work));
        Trace.log("computed " + algorithms, t);
        t = System.nanoTime();
        switch (format) {
            case CSV -> csv(m);
            case JSON -> Output.json(out(), NetworkMetrics.json(net, m));
            case TABLE -> table(m);
        }
        Trace.log("written", t);
        return 0;
    }

    /** Every node in index order, streamed: a 100,000-node file is written without a row object per node. */
    private void csv(NetworkMetrics.Measured m) {
        StringBuilder sb = new StringBuilder(m.nodes() * (16 + 20 * m.columns().size()));
        sb.append("node");
        for (String a : algorithms) {
            sb.append(',').append(a);
        }
        sb.append("\r\n");
        for (int v = 0; v < m.nodes(); v++) {
            CsvCells.append(sb, m.ids().get(v));
            for (double[] column : m.columns()) {
                sb.append(',').append(Numbers.full(column[v]));
            }
            sb.append("\r\n");
        }
        out().print(sb);
        out().flush();
    }

    private void table(NetworkMetrics.Measured m) {
        int[] order = m.ranking();
        String[] names = m.names();
        List<String> header = new ArrayList<>(List.of("node"));
        if (names != null) {
            header.add("name");
        }
        header.addAll(algorithms);
        int shown = limit > 0 ? Math.min(limit, order.length) : order.length;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            int v = order[i];
            List<String> row = new ArrayList<>(List.of(m.ids().get(v)));
            if (names != null) {
                row.add(names[v]);
            }
            for (double[] column : m.columns()) {
                row.add(Numbers.brief(column[v]));
            }
            rows.add(row);
        }
        out().println(m.nodes() + " nodes, " + m.edges() + (m.directed() ? " directed" : "")
                + " edges" + (shown < order.length ? "; top " + shown + " by " + algorithms.get(0) : ""));
        Output.table(out(), header, rows);
    }
}
