package org.corridor.simulate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An organisation's members, each with a role, and who works with whom. Generated from role
 * counts: a centralised organisation runs through its leader (lieutenants answer to the leader,
 * each with a cell of brokers and traffickers; two lieutenants also work together directly with
 * the chance {@code lieutenantTies}); a decentralised one ties its lieutenants in a ring. Whether
 * the organisation survives its leader's loss follows from these ties, not from the label. Each
 * lieutenant's cell holds part of the territory, which a faction keeps if the organisation
 * splinters.
 */
final class Members {
    final List<String> role = new ArrayList<>();
    final List<List<Integer>> ties = new ArrayList<>();
    /** The lieutenant each member answers to (its own index for a lieutenant, -1 for leaders and financiers). */
    final List<Integer> cell = new ArrayList<>();
    final boolean[] removed;

    private Members(int size) {
        removed = new boolean[size];
    }

    static Members generate(Map<String, Integer> roles, boolean centralised, double lieutenantTies, double cellTies,
            SplittableRandom random) {
        int total = roles.values().stream().mapToInt(Integer::intValue).sum();
        Members m = new Members(total + 1000);
        List<Integer> leaders = m.add("leader", roles.getOrDefault("leader", 1), -1);
        List<Integer> lieutenants = new ArrayList<>();
        for (int i = 0; i < roles.getOrDefault("lieutenant", 0); i++) {
            int id = m.add("lieutenant", 1, -1).get(0);
            m.cell.set(id, id);
            lieutenants.add(id);
            leaders.forEach(l -> m.tie(l, id));
        }
        if (!centralised) {
            for (int i = 0; i < lieutenants.size(); i++) {
                m.tie(lieutenants.get(i), lieutenants.get((i + 1) % lieutenants.size()));
            }
        } else if (lieutenantTies > 0) {
            for (int i = 0; i < lieutenants.size(); i++) {
                for (int j = i + 1; j < lieutenants.size(); j++) {
                    if (random.nextDouble() < lieutenantTies) {
                        m.tie(lieutenants.get(i), lieutenants.get(j));
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(roles).entrySet()) {
            if (e.getKey().equals("leader") || e.getKey().equals("lieutenant")) {
                continue;
            }
            for (int i = 0; i < e.getValue(); i++) {
                if (e.getKey().equals("financier") || lieutenants.isEmpty()) {
                    int id = m.add(e.getKey(), 1, -1).get(0);
                    leaders.forEach(l -> m.tie(l, id));
                } else {
                    int boss = lieutenants.get(random.nextInt(lieutenants.size()));
                    int id = m.add(e.getKey(), 1, boss).get(0);
                    m.tie(boss, id);
                }
            }
        }
        if (cellTies > 0) {
            for (int lieutenant : lieutenants) {
                List<Integer> cellMembers = new ArrayList<>();
                for (int v = 0; v < m.size(); v++) {
                    if (v != lieutenant && m.cell.get(v) == lieutenant) {
                        cellMembers.add(v);
                    }
                }
                for (int i = 0; i < cellMembers.size(); i++) {
                    for (int j = i + 1; j < cellMembers.size(); j++) {
                        if (random.nextDouble() < cellTies) {
                            m.tie(cellMembers.get(i), cellMembers.get(j));
                        }
                    }
                }
            }
        }
        return m;
    }

    /**
     * Members as given (by a scenario or a workspace), with their ties; each member not a
     * lieutenant joins the cell of a lieutenant it is tied to, if any.
     */
    static Members given(List<org.corridor.simulate.scenario.Member> members, List<List<String>> ties) {
        Members m = new Members(members.size() + 1000);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (org.corridor.simulate.scenario.Member member : members) {
            int id = m.add(member.role(), 1, -1).get(0);
            index.put(member.id(), id);
            if (member.role().equals("lieutenant")) {
                m.cell.set(id, id);
            }
        }
        for (List<String> t : ties) {
            m.tie(index.get(t.get(0)), index.get(t.get(1)));
        }
        for (int v = 0; v < m.size(); v++) {
            if (m.cell.get(v) < 0 && !m.role.get(v).equals("leader")) {
                for (int w : m.ties.get(v)) {
                    if (m.role.get(w).equals("lieutenant")) {
                        m.cell.set(v, w);
                        break;
                    }
                }
            }
        }
        return m;
    }

    private List<Integer> add(String r, int count, int cellOf) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            role.add(r);
            ties.add(new ArrayList<>());
            cell.add(cellOf);
            ids.add(role.size() - 1);
        }
        return ids;
    }

    private void tie(int a, int b) {
        ties.get(a).add(b);
        ties.get(b).add(a);
    }

    int size() {
        return role.size();
    }

    List<Integer> withRole(String r) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < role.size(); i++) {
            if (!removed[i] && role.get(i).equals(r)) {
                out.add(i);
            }
        }
        return out;
    }

    void remove(int member) {
        removed[member] = true;
    }

    /** Connected groups of the members left, each as its lieutenants' cells: the factions after a split. */
    List<List<Integer>> components() {
        boolean[] seen = new boolean[size()];
        List<List<Integer>> out = new ArrayList<>();
        for (int s = 0; s < size(); s++) {
            if (removed[s] || seen[s]) {
                continue;
            }
            List<Integer> comp = new ArrayList<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(s));
            seen[s] = true;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                comp.add(v);
                for (int w : ties.get(v)) {
                    if (!removed[w] && !seen[w]) {
                        seen[w] = true;
                        queue.add(w);
                    }
                }
            }
            out.add(comp);
        }
        return out;
    }

    /** The living member below the leaders that most shortest paths between members pass through (Brandes), or -1. */
    int mostCentralBelowLeaders() {
        double[] cb = betweenness();
        int best = -1;
        for (int v = 0; v < size(); v++) {
            if (!removed[v] && !role.get(v).equals("leader") && (best < 0 || cb[v] > cb[best])) {
                best = v;
            }
        }
        return best;
    }

    /** Betweenness of every living member over shortest paths between living members (Brandes); 0 for the removed. */
    double[] betweenness() {
        int n = size();
        double[] cb = new double[n];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        List<List<Integer>> pred = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pred.add(new ArrayList<>());
        }
        for (int s = 0; s < n; s++) {
            if (removed[s]) {
                continue;
            }
            java.util.Arrays.fill(dist, -1);
            java.util.Arrays.fill(sigma, 0);
            java.util.Arrays.fill(delta, 0);
            pred.forEach(List::clear);
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(s));
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            dist[s] = 0;
            sigma[s] = 1;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack.push(v);
                for (int w : ties.get(v)) {
                    if (removed[w]) {
                        continue;
                    }
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.add(w);
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                        pred.get(w).add(v);
                    }
                }
            }
            while (!stack.isEmpty()) {
                int w = stack.pop();
                for (int v : pred.get(w)) {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    cb[w] += delta[w];
                }
            }
        }
        return cb;
    }

    /** Global efficiency: the mean over ordered pairs of living members of one over their distance (0 when unconnected). */
    double efficiency() {
        int n = size();
        int living = 0;
        double sum = 0;
        int[] dist = new int[n];
        for (int s = 0; s < n; s++) {
            if (removed[s]) {
                continue;
            }
            living++;
            java.util.Arrays.fill(dist, -1);
            dist[s] = 0;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(s));
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int w : ties.get(v)) {
                    if (!removed[w] && dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        sum += 1.0 / dist[w];
                        queue.add(w);
                    }
                }
            }
        }
        return living < 2 ? 0 : sum / ((double) living * (living - 1));
    }

    int living() {
        int k = 0;
        for (int v = 0; v < size(); v++) {
            k += removed[v] ? 0 : 1;
        }
        return k;
    }

    int degree(int v) {
        int d = 0;
        for (int w : ties.get(v)) {
            d += removed[w] ? 0 : 1;
        }
        return d;
    }

    Members copy() {
        Members c = new Members(removed.length);
        c.role.addAll(role);
        ties.forEach(t -> c.ties.add(new ArrayList<>(t)));
        c.cell.addAll(cell);
        System.arraycopy(removed, 0, c.removed, 0, removed.length);
        return c;
    }

    /**
     * A recruit of the removed member's role takes its place in its cell (Duijn et al.'s same-role
     * replacement); each of the removed member's living contacts works with the recruit with the
     * chance {@code recruitTies}, and one who introduced the recruit always does.
     */
    int replace(int member, double recruitTies, SplittableRandom random) {
        int recruit = add(role.get(member), 1, cell.get(member)).get(0);
        if (role.get(member).equals("lieutenant")) {
            cell.set(recruit, recruit);
        }
        List<Integer> contacts = new ArrayList<>();
        for (int w : ties.get(member)) {
            if (!removed[w] && w != recruit) {
                contacts.add(w);
            }
        }
        if (contacts.isEmpty()) {
            return recruit;
        }
        int introducer = contacts.get(recruitTies >= 1 ? 0 : random.nextInt(contacts.size()));
        for (int w : contacts) {
            if (w == introducer || recruitTies >= 1 || random.nextDouble() < recruitTies) {
                tie(recruit, w);
            }
        }
        return recruit;
    }
}
