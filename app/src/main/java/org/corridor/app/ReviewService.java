package org.corridor.app;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.corridor.model.Entity;
import org.corridor.store.StoreView;
import org.corridor.store.resolution.Candidate;
import org.corridor.store.resolution.Decision;
import org.corridor.store.resolution.DecisionRequest;
import org.corridor.store.resolution.Resolutions;
import org.corridor.store.resolution.Verdict;

/**
 * The review queue and its decisions: who judged which pair, when, and undoing a judgement. Every
 * read and write is filtered by the reader's authorisations: a pair or decision is shown only if
 * the reader can see both sides, its explanation only if the reader can see every statement of
 * both (an explanation quotes names, dates and sources), and a reader may decide or undo only
 * pairs of entities it can see whole.
 */
public final class ReviewService {
    static final String WITHHELD = "explanation withheld: it draws on statements your authorisations do not cover";

    private final StoreView view;
    private final StoreView everything;
    private final Resolutions resolutions;
    private final Clock clock;

    ReviewService(StoreView view, StoreView everything, Resolutions resolutions, Clock clock) {
        this.view = view;
        this.everything = everything;
        this.resolutions = resolutions;
        this.clock = clock;
    }

    public List<Candidate> queue(int limit) {
        if (view.authorizations().isAll()) {
            return resolutions.queue(limit); // the owner sees every pair whole
        }
        List<Candidate> out = new java.util.ArrayList<>();
        for (Candidate c : resolutions.queue(0)) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            if (!visible(c.left()) || !visible(c.right())) {
                continue;
            }
            out.add(whole(c.left()) && whole(c.right()) ? c
                    : new Candidate(c.left(), c.right(), c.score(), c.scorer(), WITHHELD, c.proposedAt()));
        }
        return out;
    }

    private boolean visible(String id) {
        return view.authorizations().isAll() || view.entity(id).isPresent();
    }

    /** Whether the reader sees every statement of the entity (as it is now, merged or not). */
    private boolean whole(String id) {
        if (view.authorizations().isAll()) {
            return true; // the owner sees everything; the store still refuses an id that does not exist
        }
        Optional<Entity> mine = view.entity(id);
        Optional<Entity> all = everything.entity(id);
        return mine.isPresent() && all.isPresent() && mine.get().statements().size() == all.get().statements().size();
    }

    private void requireWhole(String id) {
        if (!whole(id)) {
            throw new org.corridor.model.UsageException("there is no entity " + id + " that you may judge: it does not exist, or your "
                    + "authorisations do not cover all of its statements; check the id with corridor entities");
        }
    }

    /** An entity of a pair as the reader sees it now (a merged id shows its cluster). */
    public Optional<Entity> entity(String id) {
        return view.entity(id);
    }

    public Decision decide(String left, String right, Verdict verdict, String note, String by) {
        requireWhole(left);
        requireWhole(right);
        double score = resolutions.candidate(left, right).map(Candidate::score).orElse(Double.NaN);
        return resolutions.decide(List.of(new DecisionRequest(left, right, verdict, score, note == null ? "" : note, by, now())))
                .get(0);
    }

    public Decision undo(OptionalLong id, String by) {
        Decision target = resolutions.find(id).orElse(null);
        if (target != null && !(sees(target) && whole(current(target.left())) && whole(current(target.right())))) {
            throw new org.corridor.model.UsageException("decision " + target.id() + " is not one you may undo: your authorisations do "
                    + "not cover every statement of the entities it joined");
        }
        return resolutions.undo(id, by, now());
    }

    /** Decisions the reader can see both sides of, newest first; explanations withheld as for the queue. */
    public List<Decision> log(int limit) {
        if (view.authorizations().isAll()) {
            return resolutions.decisions(limit);
        }
        List<Decision> out = new java.util.ArrayList<>();
        for (Decision d : resolutions.decisions(0)) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            if (!sees(d)) {
                continue;
            }
            boolean whole = whole(current(d.left())) && whole(current(d.right()));
            out.add(whole ? d : new Decision(d.id(), d.left(), d.right(), d.verdict(), d.score(), WITHHELD, d.by(), d.at(), d.canonical(),
                    d.undoneBy(), d.undoneAt()));
        }
        return out;
    }

    /** The id a side of a decision carries now: its cluster while the merge stands. */
    private String current(String id) {
        return resolutions.canonical(id).orElse(id);
    }

    /**
     * Whether the reader can see both sides of a decision: each side's own statements (the ones read
     * with that id, wherever a merge moved them) must include one the reader may see.
     */
    private boolean sees(Decision d) {
        return view.authorizations().isAll() || (view.readWithId(d.left()) && view.readWithId(d.right()));
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
