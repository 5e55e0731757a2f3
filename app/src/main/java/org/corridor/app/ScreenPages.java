package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.corridor.model.Entity;
import org.corridor.model.UsageException;
import org.corridor.resolve.score.Feature;
import org.corridor.resolve.score.ScoreOptions;
import org.corridor.resolve.screen.Hit;
import org.corridor.resolve.screen.Screener;

/**
 * Screening names against the workspace's listed parties as both faces show it: each query's hits
 * with score, the name matched, the programmes and the features that made the score.
 * {@code corridor screen --format json} prints this; the server returns it.
 */
public final class ScreenPages {
    private ScreenPages() {
    }

    /** What was screened, with the service that screened it (its name index is costly to build, so it is kept for the sanctions). */
    public record Screened(ScreenService service, List<ScreenService.Result> results) {
    }

    /** The queries checked and screened; {@code prefix} spells the option names in errors ("--" or ""). */
    public static Screened screen(Corridor corridor, List<ScreenService.Query> queries, String scorer, double threshold,
            int limit, String prefix, LongConsumer progress) {
        org.corridor.resolve.score.Scorers.versioned(scorer);
        if (limit < 0) {
            throw new UsageException(prefix + "limit must be 0 (all) or more, got " + limit);
        }
        if (threshold < 0 || threshold > 1) {
            throw new UsageException(prefix + "threshold must be between 0 and 1, got " + threshold);
        }
        queries.forEach(q -> Screener.check(q.name()));
        ScreenService service = corridor.screening(ScoreOptions.DEFAULTS.withThreshold(threshold));
        return new Screened(service, service.screen(queries, limit, progress));
    }

    public static ArrayNode json(Screened screened) {
        ScreenService service = screened.service();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (ScreenService.Result r : screened.results()) {
            ObjectNode q = json.addObject();
            q.put("query", r.query().name());
            ArrayNode hits = q.putArray("hits");
            for (Hit h : r.hits()) {
                ObjectNode o = hits.addObject();
                o.put("entity_id", h.entity().id());
                o.put("schema", h.entity().schema());
                o.put("name", h.entity().caption());
                o.put("matched_name", h.matchedName());
                o.put("score", Math.round(h.score().value() * 10000) / 10000.0);
                o.put("scorer", h.score().scorer());
                ArrayNode programs = o.putArray("programs");
                programs(service, h).forEach(programs::add);
                ArrayNode features = o.putArray("explanation");
                for (Feature f : h.score().features()) {
                    features.addObject().put("feature", f.name()).put("query", f.query()).put("listed", f.candidate())
                            .put("similarity", f.similarity()).put("weight", f.weight());
                }
            }
        }
        return json;
    }

    /** One hit as the command line prints it: the rank within its query, the party, the score, the name matched, its programmes and why. */
    public record HitRow(int rank, String entityId, String schema, String name, double score, String matchedName, List<String> programs,
            String explanation) {
    }

    /** Each query's name with its hits as rows, in the order screened. */
    public record QueryRows(String query, List<HitRow> hits) {
    }

    public static List<QueryRows> rows(Screened screened) {
        List<QueryRows> out = new ArrayList<>();
        for (ScreenService.Result r : screened.results()) {
            List<HitRow> hits = new ArrayList<>();
            int rank = 1;
            for (Hit h : r.hits()) {
                hits.add(new HitRow(rank++, h.entity().id(), h.entity().schema(), h.entity().caption(), h.score().value(), h.matchedName(),
                        programs(screened.service(), h), h.score().explanation()));
            }
            out.add(new QueryRows(r.query().name(), hits));
        }
        return out;
    }

    /** The programmes of the sanctions on a hit, each once, in the order found. */
    public static List<String> programs(ScreenService service, Hit h) {
        List<String> out = new ArrayList<>();
        for (Entity s : service.sanctionsOf(h.entity().id())) {
            for (String p : s.values("program")) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
