package org.corridor.store.sqlite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corridor.model.CorridorException;
import org.corridor.model.Statement;
import org.corridor.model.Trace;
import org.corridor.store.FileWriter;

/**
 * Runs a file's reader on its own thread while the calling thread writes batches to SQLite, so
 * parsing and inserting overlap on two cores. The queue is bounded, so a fast reader cannot
 * fill memory. Whatever either side throws is rethrown on the calling thread, which then rolls
 * the transaction back.
 */
final class Pipeline {
    private static final List<Statement> END = List.of();
    private static final int QUEUED_BATCHES = 8;

    interface BatchConsumer {
        void accept(List<Statement> batch) throws SQLException;
    }

    private Pipeline() {
    }

    static FileWriter.Produced run(FileWriter writer, int batchSize, BatchConsumer consumer) throws SQLException {
        BlockingQueue<List<Statement>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicBoolean cancelled = new AtomicBoolean();
        FileWriter.Produced[] produced = new FileWriter.Produced[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread reader = Thread.ofPlatform().name("corridor-reader").daemon().start(() -> {
            var pending = new Object() {
                List<Statement> batch = new ArrayList<>(batchSize);
            };
            try {
                produced[0] = writer.produce(statement -> {
                    pending.batch.add(statement);
                    if (pending.batch.size() == batchSize) {
                        put(queue, pending.batch, cancelled);
                        pending.batch = new ArrayList<>(batchSize);
                    }
                });
                if (!pending.batch.isEmpty()) {
                    put(queue, pending.batch, cancelled);
                }
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (Error e) {
                failure[0] = new IllegalStateException(e);
            } finally {
                putQuietly(queue, END, cancelled);
            }
        });
        long waiting = 0;
        long writing = 0;
        long start = System.nanoTime();
        try {
            while (true) {
                long t0 = System.nanoTime();
                List<Statement> batch = queue.take();
                long t1 = System.nanoTime();
                waiting += t1 - t0;
                if (batch == END) {
                    break;
                }
                consumer.accept(batch);
                writing += System.nanoTime() - t1;
            }
            reader.join();
            if (Trace.on()) {
                System.err.printf("trace: pipeline %d ms, writer busy %d ms, writer waiting for the reader %d ms%n",
                        (System.nanoTime() - start) / 1_000_000, writing / 1_000_000, waiting / 1_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
            throw new CorridorException("ingest was interrupted; nothing of the file was stored", e);
        } catch (SQLException | RuntimeException e) {
            cancelled.set(true);
            queue.clear();
            joinQuietly(reader);
            throw e;
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return produced[0];
    }

    /**
     * As {@link #run}, on the calling thread: for what is already in memory (a document's
     * extraction, a few hundred statements), where starting a thread and handing batches across
     * cost more than the overlap gains.
     */
    static FileWriter.Produced inline(FileWriter writer, int batchSize, BatchConsumer consumer) throws SQLException {
        var pending = new Object() {
            List<Statement> batch = new ArrayList<>(batchSize);
        };
        try {
            FileWriter.Produced produced = writer.produce(statement -> {
                pending.batch.add(statement);
                if (pending.batch.size() == batchSize) {
                    accept(consumer, pending.batch);
                    pending.batch = new ArrayList<>(batchSize);
                }
            });
            if (!pending.batch.isEmpty()) {
                accept(consumer, pending.batch);
            }
            return produced;
        } catch (Failed e) {
            throw e.cause;
        }
    }

    /** Carries the consumer's SQLException out through the writer's callback. */
    private static final class Failed extends RuntimeException {
        private final SQLException cause;

        Failed(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static void accept(BatchConsumer consumer, List<Statement> batch) {
        try {
            consumer.accept(batch);
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    private static void put(BlockingQueue<List<Statement>> queue, List<Statement> batch, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) {
                    throw new CorridorException("writing stopped; reading was abandoned");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorridorException("ingest was interrupted; nothing of the file was stored", e);
        }
    }

    private static void putQuietly(BlockingQueue<List<Statement>> queue, List<Statement> batch, AtomicBoolean cancelled) {
        try {
            put(queue, batch, cancelled);
        } catch (CorridorException ignored) {
            // the writer has stopped and no longer waits for the end marker
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
