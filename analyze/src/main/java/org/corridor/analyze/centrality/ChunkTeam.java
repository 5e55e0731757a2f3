package org.corridor.analyze.centrality;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs an iterative solver's passes over node chunks on a few threads that meet at a spinning
 * barrier after every pass. A pass over a small graph lasts well under a millisecond, so parking
 * threads between passes would cost more than the work.
 *
 * <p>A team is not always faster than one thread. On this project's two-core VM the same two
 * threads ran a 10k-node PageRank 1.3 times faster than one thread for some seconds and 1.3 times
 * slower for the next (the host's placement of the virtual cores, we believe; one thread alone
 * stayed steady). So the caller first runs {@value #PROBE_PASSES} passes alone, then as many with
 * the team, and keeps the team only if it was faster. The team also stops when a helper keeps the
 * caller waiting longer than the caller's own pass took (and at least a millisecond): it was
 * probably descheduled by a busy machine. Either way the caller then runs every chunk itself.
 * Solvers keep their sums per fixed block of nodes, so the result is the same bits however the
 * chunks are shared.
 */
final class ChunkTeam {
    /**
     * A solver split into passes over chunks. The probe compares {@value #PROBE_PASSES} passes alone
     * with as many on the team, so the passes should repeat with a period that divides it.
     */
    interface Passes {
        /** Runs the current pass over chunk c; chunks of one pass may run at the same time. */
        void pass(int c);

        /** Called on one thread after every chunk of a pass: combines, sets up the next pass; true when done. */
        boolean advance();
    }

    /** Passes timed alone and then on the team, after one untimed pass of each. */
    static final int PROBE_PASSES = 4;
    private static final long MIN_STALL_NANOS = 1_000_000;

    private ChunkTeam() {
    }

    static void run(Passes solver, int chunks) {
        boolean finished = false;
        long alone = 0;
        // the first pass is not timed: it finds the caches cold
        for (int passes = 0; passes <= PROBE_PASSES && !finished; passes++) {
            long start = System.nanoTime();
            finished = passAlone(solver, chunks);
            alone += passes == 0 ? 0 : System.nanoTime() - start;
        }
        if (!finished && chunks > 1) {
            finished = withTeam(solver, chunks, alone);
        }
        while (!finished) {
            finished = passAlone(solver, chunks);
        }
    }

    private static boolean passAlone(Passes solver, int chunks) {
        for (int c = 0; c < chunks; c++) {
            solver.pass(c);
        }
        return solver.advance();
    }

    /**
     * Runs passes with helpers until the solver is done (true), a helper stalls, or the probe
     * passes took longer than {@code alone} nanoseconds (false: the caller goes on alone).
     */
    private static boolean withTeam(Passes solver, int chunks, long alone) {
        SpinBarrier barrier = new SpinBarrier(chunks);
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] helpers = new Thread[chunks - 1];
        for (int i = 1; i < chunks; i++) {
            final int c = i;
            helpers[i - 1] = new Thread(() -> {
                while (true) {
                    barrier.await();
                    if (stop.get()) {
                        return;
                    }
                    solver.pass(c);
                    barrier.await();
                }
            }, "corridor-chunk");
            helpers[i - 1].setDaemon(true);
            helpers[i - 1].start();
        }
        boolean finished = false;
        long probeStart = 0;
        // the first pass also waits for the helpers to start, so it is neither timed nor taken as a stall
        for (int passes = 0;; passes++) {
            if (passes == 1) {
                probeStart = System.nanoTime();
            }
            barrier.await();
            long start = System.nanoTime();
            solver.pass(0);
            long passed = System.nanoTime();
            barrier.await();
            long waited = System.nanoTime() - passed;
            finished = solver.advance();
            boolean stalled = passes > 0 && waited > Math.max(MIN_STALL_NANOS, passed - start);
            boolean slower = passes == PROBE_PASSES && System.nanoTime() - probeStart >= alone;
            if (finished || stalled || slower) {
                break;
            }
        }
        // the barrier also publishes the helpers' last writes to this thread
        stop.set(true);
        barrier.await();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return finished;
    }

    /**
     * A reusable barrier that spins briefly, then yields, then naps, so that a busy machine is not
     * starved by spinning. Its atomic counters also publish each side's writes.
     */
    private static final class SpinBarrier {
        private final int parties;
        private final AtomicInteger arrived = new AtomicInteger();
        private final AtomicInteger generation = new AtomicInteger();

        SpinBarrier(int parties) {
            this.parties = parties;
        }

        void await() {
            int gen = generation.get();
            if (arrived.incrementAndGet() == parties) {
                arrived.set(0);
                generation.incrementAndGet();
                return;
            }
            int spins = 0;
            while (generation.get() == gen) {
                spins++;
                if (spins < 5_000) {
                    Thread.onSpinWait();
                } else if (spins < 6_000) {
                    Thread.yield();
                } else {
                    LockSupport.parkNanos(20_000);
                }
            }
        }
    }
}
