package org.corridor.analyze.keyplayer;

import org.corridor.analyze.graph.Graph;

/** What a set of key players should achieve; higher scores are better. */
public interface KeyPlayerObjective {
    String name();

    double score(Graph graph, boolean[] inSet);
}
