package org.corridor.analyze.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs a per-source kernel (one BFS or Dijkstra per source node) on several threads. Sources are
 * dealt to workers in fixed interleaved blocks, so a given thread count always gives the same
 * partial sums in the same order: results are reproducible run to run.
 */
public final class Parallel {
    private static final int BLOCK = 32;

    private Parallel() {
    }

    /** Worker threads: {@code CORRIDOR_THREADS} if set, else the available processors. */
    public static int threads() {
        String env = System.getenv("CORRIDOR_THREADS");
        if (env != null && env.matches("[1-9][0-9]{0,3}")) {
            return Integer.parseInt(env);
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** Told how many of a kernel's sources are done; called from worker threads. */
    public interface ProgressListener {
        void advanced(String task, long done, long total);
    }

    private static volatile ProgressListener listener;
    private static volatile String task = "";

    /** Reports the per-source kernels run until the returned handle is closed (one task at a time). */
    public static AutoCloseable reporting(String taskName, ProgressListener progress) {
        task = taskName;
        listener = progress;
        return () -> listener = null;
    }

    /** A worker owns its scratch arrays and accumulators and is fed sources one at a time. */
    public interface Worker {
        void source(int s);
    }

    /**
     * Feeds every source in {@code sources} to one of {@code threads} workers made by
     * {@code factory} and returns the workers, in worker order, for the caller to combine.
     */
    public static <W extends Worker> List<W> forEachSource(int[] sources, int threads, IntFunction<W> factory) {
        int t = Math.max(1, Math.min(threads, (sources.length + BLOCK - 1) / BLOCK));
        ProgressListener progress = listener;
        String name = task;
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        List<W> workers = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            workers.add(factory.apply(i));
        }
        if (t == 1) {
            for (int i = 0; i < sources.length; i++) {
                workers.get(0).source(sources[i]);
                if (progress != null && (i + 1) % BLOCK == 0) {
                    progress.advanced(name, i + 1, sources.length);
                }
            }
            return workers;
        }
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread thread = new Thread(r, "corridor-kernel");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < t; w++) {
                final int id = w;
                final int stride = t;
                futures.add(pool.submit(() -> {
                    W worker = workers.get(id);
                    for (int block = id; block * BLOCK < sources.length; block += stride) {
                        int end = Math.min(sources.length, (block + 1) * BLOCK);
                        for (int i = block * BLOCK; i < end; i++) {
                            worker.source(sources[i]);
                        }
                        if (progress != null) {
                            progress.advanced(name, done.addAndGet(end - block * BLOCK), sources.length);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return workers;
    }
}
