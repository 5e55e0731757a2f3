"""The peer side of bench/analytics: times python-igraph and NetworkX on the edge files that
AnalyticsBench wrote. Prints lines "<tool> <graph> <algorithm> <seconds>".

igraph: exact betweenness, closeness and PageRank (PRPACK), median of RUNS. On graphs above 50,000
nodes, where a full betweenness run takes an hour or more, betweenness and closeness are timed from
a seeded sample of IGRAPH_SOURCES sources and scaled by n / IGRAPH_SOURCES, marked "estimated"
(betweenness through libigraph's igraph_betweenness_subset, see igraph_subset.py; closeness with
python-igraph's vertices= argument, which runs one BFS per listed vertex). On the smaller graphs
the same estimates are printed as "igraph-sampled" next to the full runs, to check them.
PageRank, which takes milliseconds, is timed over 21 runs for igraph and 5 for NetworkX.
NetworkX: its exact per-source algorithms are timed on a seeded sample of SAMPLE sources and the
time scaled by n / SAMPLE (the work per source is the same kind for every source: one BFS plus
its accumulation), marked "estimated"; PageRank is timed whole, stopped by the same rule as
Corridor's (L1 change below 1e-12) so both reach the same accuracy.

graph-tool (Debian's python3-graph-tool, OpenMP on GT_THREADS threads, default 2, the same two
cores Corridor uses), when installed: exact betweenness (full on the small graphs; from the same
seeded pivots, scaled, on the large ones), closeness (full on the small graphs; on the large ones
per source with source=, which runs one BFS per call on one thread, scaled, so that estimate is
one-threaded) and PageRank (epsilon 1e-12).

Usage: graph_peers.py DIR GRAPH... [--runs N] [--sample K]
"""
import csv
import os
import random
import statistics
import sys
import time

import igraph as ig
import networkx as nx

import igraph_subset

try:  # optional peer: bench/analytics installs it when it can; its drawing module is not needed
    import graph_tool as gt
    import graph_tool.centrality as gt_centrality
except ImportError:
    gt = None

IGRAPH_SOURCES = 1000
GT_THREADS = int(os.environ.get("GT_THREADS", "2"))


def load(path):
    ids, index, edges = [], {}, []
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for s, t in rows:
            for x in (s, t):
                if x not in index:
                    index[x] = len(ids)
                    ids.append(x)
            edges.append((index[s], index[t]))
    return len(ids), edges


def timed(fn, runs):
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return statistics.median(out)


def main(argv):
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    sample = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else 50
    skip = {argv.index("--runs") + 1 if "--runs" in argv else -1, argv.index("--sample") + 1 if "--sample" in argv else -1}
    directory = argv[1]
    graphs = [a for i, a in enumerate(argv) if i >= 2 and i not in skip and not a.startswith("--")]
    algorithms = os.environ.get("BENCH_ALGORITHMS", "betweenness,closeness,pagerank").split(",")
    print(f"# igraph {ig.__version__} networkx {nx.__version__} python {sys.version.split()[0]}", flush=True)
    if "betweenness" in algorithms:
        igraph_subset.check(ig)
    for name in graphs:
        n, edges = load(f"{directory}/{name}.csv")
        g = ig.Graph(n=n, edges=edges, directed=False)
        large = n > 50_000
        picked = random.Random(42).sample(range(n), min(IGRAPH_SOURCES, n))
        if "betweenness" in algorithms:
            if not large:
                print(f"igraph {name} betweenness {timed(lambda: g.betweenness(directed=False), runs):.4f}", flush=True)
            subset = igraph_subset.SubsetBetweenness(n, edges)
            t = timed(lambda: subset.betweenness(picked), 1) * n / len(picked)
            subset.close()
            print(f"{'igraph' if large else 'igraph-sampled'} {name} betweenness {t:.4f} estimated", flush=True)
        if "closeness" in algorithms:
            if not large:
                print(f"igraph {name} closeness {timed(lambda: g.closeness(normalized=True), runs):.4f}", flush=True)
            t = timed(lambda: g.closeness(vertices=picked, normalized=True), 1) * n / len(picked)
            print(f"{'igraph' if large else 'igraph-sampled'} {name} closeness {t:.4f} estimated", flush=True)
        if "pagerank" in algorithms:
            # milliseconds per run: as many runs as Corridor's PageRank gets
            print(f"igraph {name} pagerank {timed(lambda: g.pagerank(directed=False), max(runs, 21)):.6f}", flush=True)
        if gt is not None:
            graph_tool_side(name, n, edges, picked, large, algorithms, runs)
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(edges)
        rng = random.Random(42)
        sources = rng.sample(range(n), min(sample if n <= 50_000 else max(10, sample // 5), n))
        if "betweenness" in algorithms:
            t = timed(lambda: nx.betweenness_centrality(G, k=len(sources), seed=42), 1)
            print(f"networkx {name} betweenness {t * n / len(sources):.4f} estimated", flush=True)
        if "closeness" in algorithms:
            t = timed(lambda: [nx.closeness_centrality(G, u=u) for u in sources], 1)
            print(f"networkx {name} closeness {t * n / len(sources):.4f} estimated", flush=True)
        if "pagerank" not in algorithms:
            continue
        # Same stopping rule as Corridor (L1 change below 1e-12 of the total): NetworkX stops at n * tol.
        t = timed(lambda: nx.pagerank(G, alpha=0.85, tol=1e-12 / n, max_iter=10_000), max(runs, 5))
        print(f"networkx {name} pagerank {t:.6f}", flush=True)


def graph_tool_side(name, n, edges, picked, large, algorithms, runs):
    gt.openmp_set_num_threads(GT_THREADS)
    g = gt.Graph(directed=False)
    g.add_vertex(n)
    g.add_edge_list(edges)
    if "betweenness" in algorithms:
        if not large:
            print(f"graph-tool {name} betweenness {timed(lambda: gt_centrality.betweenness(g, norm=False), runs):.4f}", flush=True)
        t = timed(lambda: gt_centrality.betweenness(g, pivots=picked, norm=False), 1) * n / len(picked)
        print(f"{'graph-tool' if large else 'graph-tool-sampled'} {name} betweenness {t:.4f} estimated", flush=True)
    if "closeness" in algorithms:
        if not large:
            print(f"graph-tool {name} closeness {timed(lambda: gt_centrality.closeness(g), runs):.4f}", flush=True)
        else:
            t = timed(lambda: [gt_centrality.closeness(g, source=g.vertex(u)) for u in picked], 1) * n / len(picked)
            print(f"graph-tool {name} closeness {t:.4f} estimated", flush=True)
    if "pagerank" in algorithms:
        print(f"graph-tool {name} pagerank {timed(lambda: gt_centrality.pagerank(g, damping=0.85, epsilon=1e-12), max(runs, 21)):.6f}",
              flush=True)


if __name__ == "__main__":
    main(sys.argv)
