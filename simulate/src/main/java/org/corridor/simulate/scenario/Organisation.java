package org.corridor.simulate.scenario;

import java.util.List;
import java.util.Map;

/**
 * A trafficking organisation at the start: the places it is present at, the places it may move
 * to, its capital, the share of shipped value it can lose to seizures in a month before it
 * spreads out, its home (where its leadership sits), whether command runs through one leader
 * (centralised) or several, and its members by role (a network is generated from the counts).
 */
public record Organisation(String id, List<String> territory, List<String> accessible, double capital, double lossTolerance,
        String home, boolean centralised, Map<String, Integer> roles) {
}
