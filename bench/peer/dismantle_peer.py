"""NetworkX peer for Corridor's dismantling benchmark: remove the actor of highest betweenness
(recomputed after each removal) until the largest connected group is at most half its starting
size, on the same 30 networks (edge lists written by SimulateBench). One thread, as NetworkX is."""
import glob
import sys
import time

import networkx as nx


def dismantle(g):
    g = g.copy()
    goal = max(len(c) for c in nx.connected_components(g)) // 2
    removed = 0
    while max((len(c) for c in nx.connected_components(g)), default=0) > goal:
        b = nx.betweenness_centrality(g, normalized=False)
        target = max(sorted(b), key=lambda v: b[v])
        g.remove_node(target)
        removed += 1
    return removed


def main(folder):
    graphs = []
    for path in sorted(glob.glob(folder + "/network-*.csv")):
        g = nx.Graph()
        with open(path) as f:
            for line in f:
                a, b = line.strip().split(",")
                g.add_edge(int(a), int(b))
        graphs.append(g)
    start = time.perf_counter()
    removals = [dismantle(g) for g in graphs]
    seconds = time.perf_counter() - start
    print("peer dismantling: %d networks by betweenness in %.4f s (mean %.2f removals to halve, networkx %s)"
          % (len(graphs), seconds, sum(removals) / len(removals), nx.__version__))


if __name__ == "__main__":
    main(sys.argv[1])
