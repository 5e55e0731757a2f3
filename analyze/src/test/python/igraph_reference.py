"""Reference values from python-igraph for Corridor's parity tests.

Usage: igraph_reference.py EDGES.csv [--nodes NODES.csv] [--directed] [--weighted]

Reads the same CSV files Corridor reads (header source,target[,weight]; nodes file with the id in
its first column), merges parallel edges by summing weights and drops self-loops as Corridor does,
and prints one JSON object: node ids in Corridor's order (nodes file first, then first appearance
in the edge file) and one list per measure, each computed with igraph's defaults unless its name
says otherwise (closeness_out: mode="out").
"""
import csv
import json
import sys

import igraph as ig


def main(argv):
    edges_path = argv[1]
    directed = "--directed" in argv
    weighted = "--weighted" in argv
    nodes_path = argv[argv.index("--nodes") + 1] if "--nodes" in argv else None
    ids, index = [], {}

    def node(name):
        if name not in index:
            index[name] = len(ids)
            ids.append(name)
        return index[name]

    if nodes_path:
        with open(nodes_path, newline="", encoding="utf-8") as f:
            rows = csv.reader(f)
            next(rows)
            for row in rows:
                if row:
                    node(row[0].strip())
    pairs, weights = [], []
    with open(edges_path, newline="", encoding="utf-8") as f:
        rows = csv.DictReader(f)
        for row in rows:
            u, v = node(row["source"].strip()), node(row["target"].strip())
            pairs.append((u, v))
            weights.append(float(row["weight"]) if weighted else 1.0)
    g = ig.Graph(n=len(ids), edges=pairs, directed=directed)
    g.es["weight"] = weights
    g.simplify(multiple=True, loops=True, combine_edges="sum")
    w = "weight" if weighted else None
    out = {
        "ids": ids,
        "igraph": ig.__version__,
        "degree": g.degree(mode="all"),
        "strength": g.strength(mode="all", weights=w),
        "betweenness": g.betweenness(directed=directed, weights=w),
        "closeness": g.closeness(weights=w, normalized=True),
        "closeness_out": g.closeness(mode="out", weights=w, normalized=True),
        "closeness_in": g.closeness(mode="in", weights=w, normalized=True),
        "harmonic": g.harmonic_centrality(weights=w, normalized=True),
        "harmonic_out": g.harmonic_centrality(mode="out", weights=w, normalized=True),
        "pagerank": g.pagerank(directed=directed, damping=0.85, weights=w),
        "kcore": g.coreness(mode="all"),
        "components": len(g.connected_components(mode="weak")),
    }
    if not directed:
        out["eigenvector"] = g.eigenvector_centrality(scale=True, weights=w)
        best = None
        for seed in range(10):
            import random
            random.seed(seed)
            part = g.community_multilevel(weights=w)
            q = g.modularity(part.membership, weights=w)
            best = q if best is None else max(best, q)
        out["louvain_modularity_single"] = g.modularity(g.community_multilevel(weights=w).membership, weights=w)
        out["louvain_modularity_best_of_10"] = best
    json.dump(out, sys.stdout, allow_nan=True)


if __name__ == "__main__":
    main(sys.argv)
