package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.corridor.model.Entity;
import org.corridor.model.UsageException;
import org.corridor.store.resolution.Candidate;
import org.corridor.store.resolution.Decision;
import org.corridor.store.resolution.Verdict;

/**
 * The review queue and its decisions as both faces show them: the pairs waiting with their score
 * and explanation, a decision (same, different, unsure) and its undo, the log.
 * {@code corridor review}, {@code review same|different|unsure}, {@code review undo} and
 * {@code review log} use these; the server returns them.
 */
public final class ReviewPages {
    private ReviewPages() {
    }

    public static ArrayNode queue(Corridor corridor, int limit, String prefix) {
        if (limit < 0) {
            throw new UsageException(prefix + "limit must be 0 (all) or more, got " + limit);
        }
        ReviewService review = corridor.review();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (Candidate c : review.queue(limit)) {
            ObjectNode o = json.addObject();
            o.put("left", c.left());
            o.put("left_name", caption(review, c.left()));
            o.put("right", c.right());
            o.put("right_name", caption(review, c.right()));
            o.put("score", c.score());
            o.put("scorer", c.scorer());
            o.put("explanation", c.explanation());
            o.put("proposed_at", c.proposedAt());
        }
        return json;
    }

    public static String caption(ReviewService review, String id) {
        return review.entity(id).map(Entity::caption).orElse("(not visible)");
    }

    /** A verdict by its word; {@code field} names it in the error. */
    public static Verdict verdict(String word, String field) {
        for (Verdict v : Verdict.values()) {
            if (v.word().equals(word)) {
                return v;
            }
        }
        throw new UsageException(field + " must be same, different or unsure, got '" + word + "'");
    }

    /** Decides a pair by the verdict's word ({@code field} names it in an error) and gives the decision as JSON. */
    public static ObjectNode decide(Corridor corridor, String left, String right, String verdict, String field, String note, String by) {
        Verdict v = verdict(verdict, field);
        return decision(corridor.review().decide(left, right, v, note, by));
    }

    /** Undoes a decision (the latest when none is named) and gives it as JSON. */
    public static ObjectNode undo(Corridor corridor, java.util.OptionalLong id, String by) {
        return decision(corridor.review().undo(id, by));
    }

    /** The latest decisions as JSON, newest first. */
    public static ArrayNode log(Corridor corridor, int limit) {
        return log(corridor.review().log(limit));
    }

    public static ObjectNode decision(Decision d) {
        ObjectNode o = EntityJson.JSON.createObjectNode();
        o.put("id", d.id());
        o.put("left", d.left());
        o.put("right", d.right());
        o.put("verdict", d.verdict().word());
        if (!Double.isNaN(d.score())) {
            o.put("score", d.score());
        }
        o.put("explanation", d.explanation());
        o.put("by", d.by());
        o.put("at", d.at());
        o.put("canonical", d.canonical());
        o.put("undone_by", d.undoneBy());
        o.put("undone_at", d.undoneAt());
        return o;
    }

    public static ArrayNode log(List<Decision> decisions) {
        ArrayNode json = EntityJson.JSON.createArrayNode();
        decisions.forEach(d -> json.add(decision(d)));
        return json;
    }
}
