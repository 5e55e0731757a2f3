package org.corridor.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.corridor.app.EntityJson;
import org.corridor.app.SimulationService;
import org.corridor.model.CorridorException;
import org.corridor.model.UsageException;
import org.corridor.simulate.scenario.Scenario;

/**
 * Simulation runs started over the API: checked when asked for, run one at a time on a background
 * thread (a run uses every core), polled for progress, kept in memory until the server stops (the
 * latest {@value #KEPT}). A run gives what {@code corridor simulate --format json} prints for the
 * same scenario, strategies, runs and seed.
 */
final class SimulationRuns implements AutoCloseable {
    static final int KEPT = 50;
    static final int MAX_RUNS = 10_000;

    /** One run: what it was asked, how far it is, and its result or error when it ends. */
    static final class Run {
        final String id;
        final long total;
        final AtomicLong done = new AtomicLong();
        volatile JsonNode result;
        volatile String csv;
        volatile String error;
        volatile boolean cancelled;
        final String scenario;

        Run(String id, long total, String scenario) {
            this.id = id;
            this.total = total;
            this.scenario = scenario;
        }

        ObjectNode status() {
            ObjectNode n = EntityJson.JSON.createObjectNode();
            n.put("id", id);
            n.put("status", result != null ? "done" : error != null ? "failed" : cancelled ? "cancelled" : "running");
            n.put("done", done.get());
            n.put("total", total);
            if (error != null) {
                n.put("detail", error);
            }
            if (result != null) {
                n.set("result", result);
            }
            return n;
        }
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corridor-simulation-runs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Run> runs = new LinkedHashMap<>();
    private long next = 1;
    /** Where finished runs are kept so they survive a restart (the workspace's runs/ folder), or null to keep them in memory only. */
    private final java.nio.file.Path kept;

    /** Runs kept under {@code folder}; the finished runs found there are loaded back. */
    SimulationRuns(java.nio.file.Path folder) {
        this.kept = folder;
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        try (var files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path f : files.filter(p -> p.getFileName().toString().matches("\\d+\\.json")).sorted().toList()) {
                try {
                    JsonNode saved = EntityJson.JSON.readTree(f.toFile());
                    Run run = new Run(saved.get("id").asText(), saved.get("total").asLong(), saved.path("scenario").asText());
                    run.done.set(saved.get("done").asLong());
                    run.result = saved.get("result");
                    java.nio.file.Path csv = f.resolveSibling(run.id + ".csv");
                    run.csv = java.nio.file.Files.exists(csv) ? java.nio.file.Files.readString(csv) : null;
                    runs.put(run.id, run);
                    next = Math.max(next, Long.parseLong(run.id) + 1);
                } catch (java.io.IOException | RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(SimulationRuns.class).warn("a kept simulation run {} could not be read; left alone", f, e);
                }
            }
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(SimulationRuns.class).warn("kept simulation runs in {} could not be listed", folder, e);
        }
    }

    /** Writes a finished run beside the others, whole or not at all. */
    private void keep(Run run) {
        if (kept == null) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(kept);
            ObjectNode saved = run.status();
            saved.put("scenario", run.scenario);
            write(kept.resolve(run.id + ".csv"), run.csv);
            write(kept.resolve(run.id + ".json"), EntityJson.JSON.writeValueAsString(saved));
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(SimulationRuns.class).warn("simulation run {} could not be kept in {}", run.id, kept, e);
        }
    }

    private static void write(java.nio.file.Path target, String text) throws java.io.IOException {
        java.nio.file.Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        java.nio.file.Files.writeString(tmp, text);
        java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stops a run that is still going (it ends at its next finished replication); a finished run stays as it is. */
    synchronized Run cancel(String id) {
        Run run = runs.get(id);
        if (run != null && run.result == null && run.error == null) {
            run.cancelled = true;
        }
        return run;
    }

    /** Checks the request, queues the run and returns it; a bad request is a {@link UsageException} naming the field. */
    synchronized Run start(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new UsageException("the body must be a JSON object with scenario, strategies, runs and seed");
        }
        Scenario scenario = SimulationService.bundled(text(body, "scenario", "test"));
        List<String> strategies = new ArrayList<>();
        JsonNode s = body.path("strategies");
        if (!s.isMissingNode() && !s.isNull()) {
            if (!s.isArray()) {
                throw new UsageException("strategies must be a list of the scenario's strategy names");
            }
            for (JsonNode n : (ArrayNode) s) {
                String name = n.asText();
                if (!scenario.strategies().containsKey(name)) {
                    throw new UsageException("there is no strategy '" + name + "' in scenario " + scenario.name() + "; use one of "
                            + String.join(", ", scenario.strategies().keySet()));
                }
                strategies.add(name);
            }
        }
        int count = (int) number(body, "runs", 100, 1, MAX_RUNS);
        long seed = (long) number(body, "seed", System.nanoTime() & 0xffffffffL, 0, Long.MAX_VALUE);
        double cut = number(body, "victory_cut", 0.5, 0.01, 0.99);
        int months = (int) number(body, "victory_months", 12, 1, 1200);
        boolean sample = body.path("sample_parameters").asBoolean(false);
        int arms = strategies.isEmpty() ? scenario.strategies().size() : strategies.size();
        Run run = new Run(Long.toString(next++), (long) count * arms, scenario.name());
        runs.put(run.id, run);
        while (runs.size() > KEPT) {
            runs.remove(runs.keySet().iterator().next());
        }
        executor.submit(() -> {
            try {
                if (run.cancelled) {
                    return;
                }
                var comparison = SimulationService.compare(scenario, strategies, count, seed, cut, months, sample, n -> {
                    if (run.cancelled) {
                        throw new java.util.concurrent.CancellationException("cancelled");
                    }
                    run.done.set(n);
                });
                run.csv = SimulationService.csv(comparison);
                run.result = SimulationService.json(comparison);
                keep(run);
            } catch (java.util.concurrent.CancellationException e) {
                // cancelled over the API: the status says so
            } catch (CorridorException e) {
                run.error = e.getMessage();
            } catch (RuntimeException e) {
                if (run.cancelled) {
                    return; // the cancellation, as the parallel runs rethrew it
                }
                org.slf4j.LoggerFactory.getLogger(SimulationRuns.class).error("simulation run {} failed", run.id, e);
                run.error = "the run failed; the server's log says why";
            }
        });
        return run;
    }

    synchronized Run get(String id) {
        return runs.get(id);
    }

    synchronized List<Run> latest() {
        List<Run> out = new ArrayList<>(runs.values());
        java.util.Collections.reverse(out);
        return out;
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isTextual()) {
            throw new UsageException(field + " must be a text");
        }
        return n.asText();
    }

    private static double number(JsonNode body, String field, double fallback, double min, double max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
            throw new UsageException(field + " must be a number from " + format(min) + " to " + format(max) + ", got " + n);
        }
        return n.asDouble();
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
