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

/** The review queue and its decisions: who judged which pair, when, and undoing a judgement. */
public final class ReviewService {
    private final StoreView view;
    private final Resolutions resolutions;
    private final Clock clock;

    ReviewService(StoreView view, Resolutions resolutions, Clock clock) {
        this.view = view;
        this.resolutions = resolutions;
        this.clock = clock;
    }

    public List<Candidate> queue(int limit) {
        return resolutions.queue(limit);
    }

    /** An entity of a pair as the reader sees it now (a merged id shows its cluster). */
    public Optional<Entity> entity(String id) {
        return view.entity(id);
    }

    public Decision decide(String left, String right, Verdict verdict, String note, String by) {
        double score = resolutions.candidate(left, right).map(Candidate::score).orElse(Double.NaN);
        return resolutions.decide(List.of(new DecisionRequest(left, right, verdict, score, note == null ? "" : note, by, now())))
                .get(0);
    }

    public Decision undo(OptionalLong id, String by) {
        return resolutions.undo(id, by, now());
    }

    public List<Decision> log(int limit) {
        return resolutions.decisions(limit);
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
