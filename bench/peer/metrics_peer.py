"""The peer side of bench/metrics-cli: what an analyst would write with python-igraph (or
graph-tool) to do what `corridor analyze metrics --edges FILE --algorithms A --format csv` does:
read the edge file with its header, compute one measure per node, write node,value as CSV.

Prints "<tool> <algorithm> read <s> compute <s> write <s> total <s>" to stderr; the CSV goes to
the output path. The whole process (interpreter start and imports included) is timed by the
calling script; these inner figures are the read + compute + write that issue 19 compares with.

Usage: metrics_peer.py igraph|graph-tool ALGORITHM EDGES.csv OUT.csv
"""
import csv
import sys
import time


def igraph_run(algorithm, edges_path, out_path):
    import igraph as ig
    t0 = time.perf_counter()
    with open(edges_path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        g = ig.Graph.TupleList(rows, directed=False)
    g.simplify()  # Corridor merges repeated edges and drops self-loops; the peer does the same
    t1 = time.perf_counter()
    if algorithm == "degree":
        values = g.degree()
    elif algorithm == "pagerank":
        values = g.pagerank(damping=0.85)
    elif algorithm == "kcore":
        values = g.coreness()
    else:
        raise SystemExit("unknown algorithm " + algorithm)
    t2 = time.perf_counter()
    names = g.vs["name"]
    with open(out_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["node", algorithm])
        w.writerows(zip(names, values))
    t3 = time.perf_counter()
    return t0, t1, t2, t3


def graph_tool_run(algorithm, edges_path, out_path):
    import graph_tool as gt
    import graph_tool.centrality
    import graph_tool.stats
    import graph_tool.topology
    t0 = time.perf_counter()
    g = gt.load_graph_from_csv(edges_path, directed=False, skip_first=True, hashed=True, csv_options={"delimiter": ","})
    graph_tool.stats.remove_parallel_edges(g)
    graph_tool.stats.remove_self_loops(g)
    t1 = time.perf_counter()
    if algorithm == "degree":
        values = g.degree_property_map("total").a
    elif algorithm == "pagerank":
        values = graph_tool.centrality.pagerank(g, damping=0.85).a
    elif algorithm == "kcore":
        values = graph_tool.topology.kcore_decomposition(g).a
    else:
        raise SystemExit("unknown algorithm " + algorithm)
    t2 = time.perf_counter()
    names = g.vp["name"]
    with open(out_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["node", algorithm])
        w.writerows(zip((names[v] for v in g.vertices()), values.tolist()))
    t3 = time.perf_counter()
    return t0, t1, t2, t3


def main(argv):
    tool, algorithm, edges_path, out_path = argv[1:5]
    run = igraph_run if tool == "igraph" else graph_tool_run
    t0, t1, t2, t3 = run(algorithm, edges_path, out_path)
    print(f"{tool} {algorithm} read {t1 - t0:.3f} compute {t2 - t1:.3f} write {t3 - t2:.3f} total {t3 - t0:.3f}",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
