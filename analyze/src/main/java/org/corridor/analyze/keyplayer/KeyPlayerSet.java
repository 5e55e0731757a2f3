package org.corridor.analyze.keyplayer;

import java.util.List;

/** A chosen set of key players and the score the set achieves. */
public record KeyPlayerSet(String objective, List<String> nodes, double score) {
    public KeyPlayerSet {
        nodes = List.copyOf(nodes);
    }
}
