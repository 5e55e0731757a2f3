package org.corridor.analyze.community;

import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.structure.Partition;

/** The question "which groups does this network fall into?", answered one way per implementation. */
public interface CommunityDetection {
    String name();

    /** One run; the same seed gives the same partition. */
    Partition detect(Graph graph, long seed);
}
