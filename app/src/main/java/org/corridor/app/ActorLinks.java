package org.corridor.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.ledger.Actor;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.LedgerEntry;
import org.corridor.resolve.screen.Hit;

/**
 * Links the actors of the ledger to listed parties: each actor's name is screened (names-v1)
 * against every party in the workspace, and the best hit that is on a sanctions list is its link
 * ("Jalisco Cartel New Generation" to OFAC's CARTEL DE JALISCO NUEVA GENERACION). A link is a
 * scored proposal with its explanation, not a merge; merging is the reviewer's decision.
 */
public final class ActorLinks {
    /** An actor, how many operations name it, and its best listed match (null when none scores enough). */
    public record Link(Actor actor, long operations, Hit listed, List<String> programs) {
    }

    private ActorLinks() {
    }

    public static List<Link> of(Ledger ledger, ScreenService screen) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LedgerEntry e : ledger.entries()) {
            for (Actor a : e.actors()) {
                actors.putIfAbsent(a.id(), a);
                counts.merge(a.id(), 1L, Long::sum);
            }
        }
        List<ScreenService.Query> queries = actors.values().stream()
                .map(a -> new ScreenService.Query(a.name(), null, null, null, null)).toList();
        List<ScreenService.Result> results = screen.screen(queries, 10, done -> { });
        List<Link> out = new ArrayList<>();
        int i = 0;
        for (Actor a : actors.values()) {
            Hit best = null;
            for (Hit h : results.get(i++).hits()) {
                if (!h.entity().id().equals(a.id()) && !screen.sanctionsOf(h.entity().id()).isEmpty()) {
                    best = h;
                    break;
                }
            }
            List<String> programs = best == null ? List.of() : screen.sanctionsOf(best.entity().id()).stream()
                    .flatMap(s -> s.values("program").stream()).distinct().toList();
            out.add(new Link(a, counts.get(a.id()), best, programs));
        }
        out.sort((x, y) -> Long.compare(y.operations(), x.operations()));
        return out;
    }

}
