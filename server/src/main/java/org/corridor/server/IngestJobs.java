package org.corridor.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.app.EntityJson;
import org.corridor.app.FileReport;
import org.corridor.app.IngestListener;
import org.corridor.app.IngestOptions;
import org.corridor.app.Uploads;
import org.corridor.ingest.Progress;
import org.corridor.model.CorridorException;

/**
 * Uploaded files ingested in the background, one batch at a time (as one {@code corridor ingest}
 * of those files, taking the workspace's write lock), with each file's progress while it runs and
 * its report or error when it ends; kept in memory until the server stops (the latest
 * {@value #KEPT}).
 */
final class IngestJobs implements AutoCloseable {
    static final int KEPT = 50;

    /** One file of a batch: the name it was sent as, how far it is, and its report. */
    static final class File {
        final String name;
        final AtomicLong done = new AtomicLong();
        volatile long total;
        volatile ObjectNode report;

        File(String name) {
            this.name = name;
        }
    }

    static final class Job {
        final String id;
        final List<File> files = new ArrayList<>();
        volatile String error;
        volatile boolean finished;

        Job(String id) {
            this.id = id;
        }

        ObjectNode status() {
            ObjectNode n = EntityJson.JSON.createObjectNode();
            n.put("id", id);
            n.put("status", error != null ? "failed" : finished ? "done" : "running");
            if (error != null) {
                n.put("detail", error);
            }
            ArrayNode list = n.putArray("files");
            for (File f : files) {
                ObjectNode o = list.addObject();
                o.put("file", f.name);
                ObjectNode r = f.report;
                o.put("status", r == null ? (f.total > 0 ? "reading" : "waiting") : r.hasNonNull("error") ? "failed" : "done");
                o.put("done", f.done.get());
                o.put("total", f.total);
                if (r != null) {
                    o.set("report", r);
                }
            }
            return n;
        }
    }

    private final CorridorConfig config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corridor-ingest-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private long next = 1;

    IngestJobs(CorridorConfig config) {
        this.config = config;
    }

    /** Keeps the files in the workspace and queues their ingest; a bad batch is refused before anything is kept. */
    synchronized Job start(List<Uploads.Upload> uploads) {
        String id = Long.toString(next++);
        String batch = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + id;
        List<Uploads.Kept> kept = Uploads.keep(config.workspace(), batch, uploads);
        Job job = new Job(id);
        Map<String, File> byPath = new ConcurrentHashMap<>();
        for (Uploads.Kept k : kept) {
            File f = new File(k.sentAs());
            job.files.add(f);
            byPath.put(k.path().toString(), f);
        }
        jobs.put(id, job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        executor.submit(() -> run(job, kept, byPath));
        return job;
    }

    private void run(Job job, List<Uploads.Kept> kept, Map<String, File> byPath) {
        IngestListener listener = new IngestListener() {
            @Override
            public Progress starting(String file, long bytes) {
                return track(file, bytes);
            }

            @Override
            public Progress extracting(String file, long characters) {
                return track(file, characters);
            }

            private Progress track(String file, long total) {
                File f = byPath.get(file);
                if (f == null) {
                    return Progress.NONE;
                }
                f.total = Math.max(1, total);
                return (read, of, records) -> f.done.set(read);
            }

            @Override
            public void finished(FileReport report) {
                File f = byPath.get(report.file());
                if (f != null) {
                    f.done.set(f.total);
                    f.report = Uploads.report(report, kept);
                }
            }
        };
        try (Corridor corridor = Corridor.open(config)) {
            List<FileReport> reports = corridor.ingest().ingest(kept.stream().map(Uploads.Kept::path).toList(), IngestOptions.defaults(),
                    listener);
            for (FileReport r : reports) {
                File f = byPath.get(r.file());
                if (f != null && f.report == null) {
                    f.report = Uploads.report(r, kept);
                }
            }
        } catch (CorridorException e) {
            job.error = Uploads.scrub(e.getMessage(), kept);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(IngestJobs.class).error("ingest job {} failed", job.id, e);
            job.error = "the ingest failed; the server's log says why";
        } finally {
            job.finished = true;
        }
    }

    synchronized Job get(String id) {
        return jobs.get(id);
    }

    synchronized List<Job> latest() {
        List<Job> out = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(out);
        return out;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
