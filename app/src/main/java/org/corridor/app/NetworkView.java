package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.analyze.io.GraphXmlWriter;
import org.corridor.analyze.workspace.WorkspaceNetwork;
import org.corridor.model.Entity;
import org.corridor.model.UsageException;

/**
 * What the workbench's network view shows: the workspace's network of parties (or the
 * neighbourhood of one party, so many ties away), filtered by schema and date, each party with a
 * chosen centrality computed on the whole filtered network, placed by a seeded force-directed
 * layout (Fruchterman and Reingold, 1991) so the same request draws the same picture; and the same
 * parties and ties as GEXF or GraphML for Gephi.
 */
public final class NetworkView {
    public static final List<String> MEASURES = List.of("degree", "betweenness", "pagerank", "closeness", "harmonic", "eigenvector", "kcore");
    public static final int MAX_NODES = 1_000;
    public static final double WIDTH = 1000;
    public static final double HEIGHT = 700;

    private NetworkView() {
    }

    /** The view asked for: a party to centre on (null for the whole network) and how far out, filters, the measure and the most parties shown. */
    public record Request(String focus, int hops, List<String> nodeSchemata, String since, String until, String measure, int max) {
        public Request {
            if (hops < 1 || hops > 3) {
                throw new UsageException("hops must be 1, 2 or 3, got " + hops);
            }
            if (!MEASURES.contains(measure)) {
                throw new UsageException("measure must be one of " + String.join(", ", MEASURES) + ", got '" + measure + "'");
            }
            if (max < 1 || max > MAX_NODES) {
                throw new UsageException("max must be from 1 to " + MAX_NODES + ", got " + max);
            }
            nodeSchemata = List.copyOf(nodeSchemata);
        }
    }

    private record Shown(WorkspaceNetwork network, Graph whole, Graph shown, int[] original, double[] values, int total, String focus) {
    }

    private static Shown shown(Corridor corridor, Request r) {
        WorkspaceNetwork network = NetworkMetrics.workspace(corridor, r.nodeSchemata(), List.of(), Set.of(), blank(r.since()), blank(r.until()),
                false, false, "evidence", "");
        Graph g = network.graph();
        double[] values = NetworkMetrics.compute(r.measure(), g, new NetworkMetrics.Request(List.of(r.measure()), false, false, 0, 1, 0.85,
                "all", ""));
        boolean[] keep = new boolean[g.nodeCount()];
        String focusId = null;
        if (r.focus() != null && !r.focus().isBlank()) {
            Entity e = EntityPages.find(corridor, r.focus().strip());
            int start = g.indexOf(e.id()).orElseThrow(() -> new UsageException("'" + e.caption() + "' has no ties in the network as filtered; "
                    + "widen the schemata or the dates"));
            focusId = e.id();
            int[] depth = new int[g.nodeCount()];
            java.util.Arrays.fill(depth, -1);
            depth[start] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
            Graph u = g.undirected();
            while (!queue.isEmpty()) {
                int v = queue.poll();
                keep[v] = true;
                if (depth[v] == r.hops()) {
                    continue;
                }
                for (int k = u.outStart()[v]; k < u.outStart()[v + 1]; k++) {
                    int w = u.outTargets()[k];
                    if (depth[w] < 0) {
                        depth[w] = depth[v] + 1;
                        queue.add(w);
                    }
                }
            }
        } else {
            java.util.Arrays.fill(keep, true);
        }
        List<Integer> kept = new ArrayList<>();
        for (int v = 0; v < keep.length; v++) {
            if (keep[v]) {
                kept.add(v);
            }
        }
        int total = kept.size();
        if (kept.size() > r.max()) {
            final String f = focusId;
            kept.sort(Comparator.comparingDouble((Integer v) -> g.id(v).equals(f) ? Double.NEGATIVE_INFINITY : -value(values[v]))
                    .thenComparing(v -> g.id(v)));
            kept = new ArrayList<>(kept.subList(0, r.max()));
            kept.sort(Comparator.naturalOrder());
        }
        int[] original = kept.stream().mapToInt(Integer::intValue).toArray();
        int[] index = new int[g.nodeCount()];
        java.util.Arrays.fill(index, -1);
        GraphBuilder b = new GraphBuilder(false, false);
        for (int i = 0; i < original.length; i++) {
            index[original[i]] = i;
            b.node(g.id(original[i]));
        }
        g.undirected().forEachEdge((u, v, w) -> {
            if (index[u] >= 0 && index[v] >= 0 && u < v) {
                b.edge(index[u], index[v], 1);
            }
        });
        g.attributes().forEach((name, all) -> {
            String[] sub = new String[original.length];
            for (int i = 0; i < original.length; i++) {
                sub[i] = all[original[i]];
            }
            b.attribute(name, sub);
        });
        String[] measured = new String[original.length];
        for (int i = 0; i < original.length; i++) {
            measured[i] = Double.isNaN(values[original[i]]) ? "" : Double.toString(values[original[i]]);
        }
        b.attribute(r.measure(), measured);
        return new Shown(network, g, b.build(), original, values, total, focusId);
    }

    private static double value(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The view as JSON: each party shown with its name, schema, measure and place; each tie; how many there were before the cut. */
    public static ObjectNode json(Corridor corridor, Request r) {
        Shown s = shown(corridor, r);
        Graph g = s.shown();
        double[][] xy = layout(g);
        String[] names = g.attribute("name").orElse(new String[g.nodeCount()]);
        String[] schemata = g.attribute("schema").orElse(new String[g.nodeCount()]);
        String[] sanctioned = g.attribute("sanctioned").orElse(new String[g.nodeCount()]);
        ObjectNode out = EntityJson.JSON.createObjectNode();
        out.put("measure", r.measure());
        out.put("focus", s.focus());
        out.put("nodes_in_network", s.whole().nodeCount());
        out.put("nodes_in_view", s.total());
        out.put("nodes_shown", g.nodeCount());
        ArrayNode nodes = out.putArray("nodes");
        for (int v = 0; v < g.nodeCount(); v++) {
            double value = s.values()[s.original()[v]];
            ObjectNode n = nodes.addObject().put("id", g.id(v)).put("name", names[v] == null ? g.id(v) : names[v])
                    .put("schema", schemata[v]).put("sanctioned", "true".equals(sanctioned[v]));
            if (Double.isNaN(value)) {
                n.putNull("value");
            } else {
                n.put("value", value);
            }
            n.put("x", Math.round(xy[v][0] * 10) / 10.0).put("y", Math.round(xy[v][1] * 10) / 10.0);
        }
        ArrayNode edges = out.putArray("edges");
        g.forEachEdge((u, v, w) -> {
            if (u < v || g.directed()) {
                edges.addObject().put("source", g.id(u)).put("target", g.id(v)).put("kinds", s.network().kinds(g.id(u), g.id(v)));
            }
        });
        return out;
    }

    /** The parties and ties of the view as GEXF 1.2 or GraphML, with the measure as a node attribute. */
    public static String graphXml(Corridor corridor, Request r, String format) {
        Shown s = shown(corridor, r);
        StringWriter w = new StringWriter();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        switch (format) {
            case "gexf" -> GraphXmlWriter.gexf(s.shown(), w, "Parties and their ties from a Corridor workspace (network view)", today,
                    s.network()::kinds);
            case "graphml" -> GraphXmlWriter.graphml(s.shown(), w, s.network()::kinds);
            default -> throw new UsageException("format must be gexf or graphml, got '" + format + "'");
        }
        return w.toString();
    }

    /**
     * Fruchterman–Reingold on the view's parties, from places drawn from a seed fixed by the
     * parties' ids, cooled over 300 rounds, then fitted to the drawing with a margin.
     */
    static double[][] layout(Graph g) {
        int n = g.nodeCount();
        double[][] p = new double[n][2];
        if (n == 0) {
            return p;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(String.join(",", g.ids()).hashCode());
        for (int v = 0; v < n; v++) {
            p[v][0] = random.nextDouble() * WIDTH;
            p[v][1] = random.nextDouble() * HEIGHT;
        }
        double k = Math.sqrt(WIDTH * HEIGHT / n);
        double t = WIDTH / 10;
        int rounds = 300;
        double[][] d = new double[n][2];
        List<int[]> edges = new ArrayList<>();
        g.forEachEdge((u, v, w) -> {
            if (u < v) {
                edges.add(new int[] {u, v});
            }
        });
        for (int round = 0; round < rounds; round++) {
            for (double[] row : d) {
                row[0] = 0;
                row[1] = 0;
            }
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    double dx = p[u][0] - p[v][0];
                    double dy = p[u][1] - p[v][1];
                    double dist = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
                    double f = k * k / dist;
                    d[u][0] += dx / dist * f;
                    d[u][1] += dy / dist * f;
                    d[v][0] -= dx / dist * f;
                    d[v][1] -= dy / dist * f;
                }
            }
            for (int[] e : edges) {
                double dx = p[e[0]][0] - p[e[1]][0];
                double dy = p[e[0]][1] - p[e[1]][1];
                double dist = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
                double f = dist * dist / k;
                d[e[0]][0] -= dx / dist * f;
                d[e[0]][1] -= dy / dist * f;
                d[e[1]][0] += dx / dist * f;
                d[e[1]][1] += dy / dist * f;
            }
            for (int v = 0; v < n; v++) {
                // a weak pull to the centre keeps parties with no tie from drifting off
                d[v][0] += (WIDTH / 2 - p[v][0]) * 0.01 * k / 10;
                d[v][1] += (HEIGHT / 2 - p[v][1]) * 0.01 * k / 10;
                double len = Math.max(0.01, Math.sqrt(d[v][0] * d[v][0] + d[v][1] * d[v][1]));
                p[v][0] += d[v][0] / len * Math.min(len, t);
                p[v][1] += d[v][1] / len * Math.min(len, t);
            }
            t = Math.max(0.5, t * 0.98);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] q : p) {
            minX = Math.min(minX, q[0]);
            maxX = Math.max(maxX, q[0]);
            minY = Math.min(minY, q[1]);
            maxY = Math.max(maxY, q[1]);
        }
        double margin = 40;
        double sx = (WIDTH - 2 * margin) / Math.max(1, maxX - minX);
        double sy = (HEIGHT - 2 * margin) / Math.max(1, maxY - minY);
        double scale = Math.min(sx, sy);
        for (double[] q : p) {
            q[0] = margin + (q[0] - minX) * scale;
            q[1] = margin + (q[1] - minY) * scale;
        }
        return p;
    }
}
