package org.corridor.simulate.scenario;

import java.util.List;

/** A named set of interventions; baseline has none. */
public record Strategy(String name, List<Intervention> interventions) {
}
