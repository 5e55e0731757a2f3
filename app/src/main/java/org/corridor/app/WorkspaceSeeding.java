package org.corridor.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.workspace.Projection;
import org.corridor.analyze.workspace.Tie;
import org.corridor.analyze.workspace.WorkspaceNetwork;
import org.corridor.model.Entity;
import org.corridor.model.UsageException;
import org.corridor.simulate.scenario.Member;
import org.corridor.simulate.scenario.Organisation;
import org.corridor.simulate.scenario.Scenario;

/**
 * Seeds a scenario's organisations with members from the mapped workspace
 * ({@code corridor simulate --from-workspace}): for each organisation naming an {@code entity},
 * the parties tied to that entity become its members, the ties among them its network, and the
 * roles the evidence states (a Membership's role, a person's position) their roles. Whatever the
 * evidence does not give is defaulted and said so: roles by degree (the best connected is the
 * leader, the next few lieutenants, the rest traffickers), and a member tied to no other member
 * is tied to a leader.
 */
public final class WorkspaceSeeding {
    /** The seeded scenario and one line per organisation saying what came from evidence and what was defaulted. */
    public record Seeded(Scenario scenario, List<String> notes) {
    }

    private WorkspaceSeeding() {
    }

    public static Seeded seed(Scenario scenario, Corridor corridor) {
        WorkspaceNetwork network = corridor.network(Projection.all());
        Graph g = network.graph();
        List<Organisation> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Organisation o : scenario.organisations()) {
            if (o.entity() == null) {
                notes.add(o.id() + ": names no workspace entity; members generated from role counts (all defaulted)");
                out.add(o);
                continue;
            }
            Entity entity = corridor.find(o.entity()).orElseThrow(() -> new UsageException("scenario organisation " + o.id()
                    + " names entity '" + o.entity() + "', which this workspace does not have; ingest it or fix the name"));
            Optional<Integer> node = g.indexOf(entity.id());
            List<Integer> members = node.map(v -> neighbours(g, v)).orElse(List.of());
            if (members.size() < 2) {
                notes.add(o.id() + ": " + entity.caption() + " (" + entity.id() + ") has " + members.size()
                        + " tied parties in the workspace, too few for a network; members generated from role counts (all defaulted)");
                out.add(o);
                continue;
            }
            Map<Integer, String> roles = new LinkedHashMap<>();
            for (int m : members) {
                evidencedRole(corridor, network, entity.id(), g.id(m)).ifPresent(r -> roles.put(m, r));
            }
            Set<Integer> evidenced = new LinkedHashSet<>(roles.keySet());
            int fromEvidence = evidenced.size();
            List<Integer> byDegree = new ArrayList<>(members);
            byDegree.sort(Comparator.comparingInt((Integer m) -> -(g.outDegree(m) + g.inDegree(m))).thenComparing(g::id));
            int lieutenants = Math.max(1, members.size() / 4);
            for (int m : byDegree) {
                if (!roles.containsKey(m)) {
                    roles.put(m, !roles.containsValue("leader") ? "leader"
                            : roles.values().stream().filter("lieutenant"::equals).count() < lieutenants ? "lieutenant" : "trafficker");
                }
            }
            List<Member> given = new ArrayList<>();
            for (int m : members) {
                given.add(new Member(g.id(m), roles.get(m), evidenced.contains(m) ? "evidence" : "defaulted"));
            }
            List<List<String>> ties = new ArrayList<>();
            Set<Integer> tied = new LinkedHashSet<>();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    int a = members.get(i);
                    int b = members.get(j);
                    if (g.hasEdge(a, b) || g.hasEdge(b, a)) {
                        ties.add(List.of(g.id(a), g.id(b)));
                        tied.add(a);
                        tied.add(b);
                    }
                }
            }
            int evidencedTies = ties.size();
            String leader = given.stream().filter(m -> m.role().equals("leader")).map(Member::id).findFirst().orElseThrow();
            for (Member m : given) {
                if (!m.id().equals(leader) && !tied.contains(g.indexOf(m.id()).orElseThrow())) {
                    ties.add(List.of(leader, m.id()));
                }
            }
            notes.add(String.format(Locale.ROOT, "%s: %d members from the workspace around %s (%s); roles: %d from evidence, %d defaulted "
                    + "by degree; ties: %d from evidence, %d defaulted to the leader", o.id(), members.size(), entity.caption(), entity.id(),
                    fromEvidence, members.size() - fromEvidence, evidencedTies, ties.size() - evidencedTies));
            out.add(o.withMembers(given, ties));
        }
        return new Seeded(scenario.withOrganisations(out), notes);
    }

    private static List<Integer> neighbours(Graph g, int v) {
        Set<Integer> out = new LinkedHashSet<>();
        int[] os = g.outStart();
        int[] ot = g.outTargets();
        for (int i = os[v]; i < os[v + 1]; i++) {
            out.add(ot[i]);
        }
        if (g.directed()) {
            int[] is = g.inStart();
            int[] src = g.inSources();
            for (int i = is[v]; i < is[v + 1]; i++) {
                out.add(src[i]);
            }
        }
        out.remove(v);
        return new ArrayList<>(out);
    }

    /** The role a Membership (or Employment) record gives the member, or the person's position, mapped to a model role. */
    private static Optional<String> evidencedRole(Corridor corridor, WorkspaceNetwork network, String organisation, String member) {
        List<String> stated = new ArrayList<>();
        for (Tie t : network.ties(organisation, member)) {
            corridor.find(t.id()).ifPresent(e -> stated.addAll(e.values("role")));
        }
        for (Tie t : network.ties(member, organisation)) {
            corridor.find(t.id()).ifPresent(e -> stated.addAll(e.values("role")));
        }
        corridor.find(member).ifPresent(e -> stated.addAll(e.values("position")));
        for (String s : stated) {
            Optional<String> role = role(s);
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    /** English and Spanish words for the model's roles; a faction's leader is a lieutenant of the whole. */
    static Optional<String> role(String stated) {
        String s = stated.toLowerCase(Locale.ROOT);
        if (s.matches(".*(faction|lieutenant|lugarteniente|commander|comandante|plaza|regional).*")) {
            return Optional.of("lieutenant");
        }
        if (s.matches(".*(leader|l[ií]der|head|jefe|founder|fundador|boss|capo).*")) {
            return Optional.of("leader");
        }
        if (s.matches(".*(financ|money|lavado|launder|accountant|contador).*")) {
            return Optional.of("financier");
        }
        if (s.matches(".*(broker|operador|operator|supplier|proveedor).*")) {
            return Optional.of("broker");
        }
        if (s.matches(".*(traffick|narcotrafic|courier|transport|sicario|gunman|enforcer).*")) {
            return Optional.of("trafficker");
        }
        return Optional.empty();
    }
}
