package org.corridor.analyze.paths;

import org.corridor.analyze.graph.Graph;

/** The question "how does A reach B?", answered one way per implementation. */
public interface PathFinder {
    PathResult find(Graph graph, int source, int target);
}
