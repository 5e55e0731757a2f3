package org.corridor.resolve.xref;

import org.corridor.model.UsageException;
import org.corridor.resolve.score.ScoreOptions;

/**
 * How {@code corridor resolve} decides, with defaults.
 *
 * @param autoMerge          pairs scoring at least this are merged without review (if their sources allow)
 * @param candidates         parties scored per name of each party, the best by blocking
 * @param mergeWithinSource  whether two records of one source may be merged without review; off by
 *                           default, since a list rarely names one party twice and two of its
 *                           records alike are usually namesakes (vessels of one owner, relatives)
 * @param score              the scorer's options; its threshold is where a pair enters the review queue
 */
public record ResolveOptions(double autoMerge, int candidates, boolean mergeWithinSource, ScoreOptions score) {
    public static final ResolveOptions DEFAULTS = new ResolveOptions(0.95, 20, false, ScoreOptions.DEFAULTS);

    public ResolveOptions {
        if (!(autoMerge >= 0 && autoMerge <= 1)) {
            throw new UsageException("--auto-merge must be between 0 and 1, got " + autoMerge);
        }
        if (autoMerge < score.threshold()) {
            throw new UsageException("--auto-merge " + autoMerge + " is below the review threshold " + score.threshold()
                    + "; raise it or lower --threshold");
        }
        if (candidates < 1) {
            throw new UsageException("--candidates must be at least 1, got " + candidates);
        }
    }
}
