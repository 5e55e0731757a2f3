package org.corridor.simulate.scenario;

import java.util.List;
import java.util.Map;

/**
 * A trafficking organisation at the start: the places it is present at, the places it may move
 * to, its capital, the share of shipped value it can lose to seizures in a month before it
 * spreads out, its home (where its leadership sits), whether command runs through one leader
 * (centralised) or several, and its members: given ({@code members} and {@code ties}) or, when
 * none are, generated from counts by role.
 *
 * @param entity a workspace entity (id or name) whose network can seed the members
 *               ({@code corridor simulate --from-workspace}); null when none is named
 */
public record Organisation(String id, List<String> territory, List<String> accessible, double capital, double lossTolerance,
        String home, boolean centralised, Map<String, Integer> roles, List<Member> members, List<List<String>> ties, String entity) {
    public boolean hasMembers() {
        return members != null && !members.isEmpty();
    }

    /** The same organisation with these members and ties (from a workspace). */
    public Organisation withMembers(List<Member> given, List<List<String>> givenTies) {
        return new Organisation(id, territory, accessible, capital, lossTolerance, home, centralised, roles, List.copyOf(given),
                List.copyOf(givenTies), entity);
    }
}
