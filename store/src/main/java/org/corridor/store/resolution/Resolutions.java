package org.corridor.store.resolution;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The resolution side of a store: proposed pairs, decisions, and the merges that re-point
 * statements to canonical ids. Every write is one transaction; a merge can be undone exactly.
 */
public interface Resolutions {
    /** Adds proposed pairs, or refreshes the score and explanation of pairs already proposed. */
    void propose(List<Candidate> candidates);

    /**
     * Proposed pairs awaiting review, best score first: no active decision on them and not
     * already in one cluster.
     */
    List<Candidate> queue(int limit);

    /**
     * Records judgements in one transaction, in order; each SAME merges the clusters of its two
     * entities. Fails (and records nothing) when an entity is unknown, when the two cannot be one
     * party (a person and a vessel), or when DIFFERENT is said of a pair already merged.
     */
    List<Decision> decide(List<DecisionRequest> requests);

    /**
     * A resolution run's merges and proposals in one transaction: all of them or, if the process
     * is stopped or anything fails, none. (Wrapping {@link #decide} and {@link #propose} in an
     * outer transaction would do the same through savepoints, which SQLite made about ten times
     * slower on 8,000 merges.)
     */
    List<Decision> decideAndPropose(List<DecisionRequest> requests, List<Candidate> candidates);

    /**
     * Undoes a decision (the latest active one when no id is given): a merge's statements go back
     * to the ids they had before it. A merge that a later active merge built on cannot be undone
     * before that one.
     */
    Decision undo(OptionalLong id, String by, String at);

    /**
     * The pairs someone has judged (an active decision), by the cluster ids their two sides carry
     * now, each as a two-element list in id order.
     */
    java.util.Set<List<String>> judgedPairs();

    /** The pairs in the queue, by the cluster ids their two sides carry now, as {@link #judgedPairs} gives them. */
    java.util.Set<List<String>> queuedPairs();

    /** A proposed pair, whatever its state, if it was proposed. */
    Optional<Candidate> candidate(String left, String right);

    /** Decisions, newest first. */
    List<Decision> decisions(int limit);

    /** One decision by its number, or the newest that is not undone (what {@code undo} with no number undoes). */
    Optional<Decision> find(java.util.OptionalLong id);

    /** The canonical id an entity was merged into, if it was. */
    Optional<String> canonical(String id);
}
