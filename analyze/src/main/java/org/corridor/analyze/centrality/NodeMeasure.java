package org.corridor.analyze.centrality;

import org.corridor.analyze.graph.Graph;

/** The question "how central is each node?", answered one way per implementation. */
public interface NodeMeasure {
    /** The name used on the command line and as the CSV column. */
    String name();

    NodeScores compute(Graph graph);
}
