package org.corridor.analyze.centrality;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs an iterative solver's passes over node chunks on a few threads that meet at a spinning
 * barrier after every pass. A pass over a small graph lasts well under a millisecond, so parking
 * threads between passes would cost more than the work.
 *
 * <p>When a helper keeps the caller waiting longer than the caller's own pass took (and at least
 * a millisecond), it was probably descheduled by a busy machine: the team then stops and the
 * caller runs every chunk itself. Solvers keep their sums per fixed block of nodes, so the result
 * is the same bits however the chunks are shared.
 */
final class ChunkTeam {
    /** A solver split into passes over chunks. */
    interface Passes {
        /** Runs the current pass over chunk c; chunks of one pass may run at the same time. */
        void pass(int c);

        /** Called on one thread after every chunk of a pass: combines, sets up the next pass; true when done. */
        boolean advance();
    }

    private static final long MIN_STALL_NANOS = 1_000_000;

    private ChunkTeam() {
    }

    static void run(Passes solver, int chunks) {
        if (chunks == 1) {
            while (true) {
                solver.pass(0);
                if (solver.advance()) {
                    return;
                }
            }
        }
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
        // the first pass also waits for the helpers to start, so it is not taken as a stall
        for (int passes = 0;; passes++) {
            barrier.await();
            long start = System.nanoTime();
            solver.pass(0);
            long passed = System.nanoTime();
            barrier.await();
            long waited = System.nanoTime() - passed;
            finished = solver.advance();
            if (finished || passes > 0 && waited > Math.max(MIN_STALL_NANOS, passed - start)) {
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
        while (!finished) {
            for (int c = 0; c < chunks; c++) {
                solver.pass(c);
            }
            finished = solver.advance();
        }
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
