package org.corridor.analyze.paths;

import java.util.List;

/**
 * A path between two nodes and its value: total length for a shortest path, the weakest edge for
 * a widest path. An empty node list means there is no path.
 */
public record PathResult(String kind, List<String> nodes, List<Double> edgeWeights, double value) {
    public PathResult {
        nodes = List.copyOf(nodes);
        edgeWeights = List.copyOf(edgeWeights);
    }

    public boolean found() {
        return !nodes.isEmpty();
    }
}
