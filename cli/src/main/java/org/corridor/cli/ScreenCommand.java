package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.app.ScreenService;
import org.corridor.model.Entity;
import org.corridor.model.UsageException;
import org.corridor.resolve.score.Feature;
import org.corridor.resolve.score.ScoreOptions;
import org.corridor.resolve.screen.Hit;
import org.corridor.resolve.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen names against every party in the workspace (sanctions lists and everything else ingested).",
            "Each hit shows the listed entity, its programs, the score (names-v1, 0 to 1) and why: every feature compared.",
            "CSV has one row per hit: query,rank,entity_id,schema,name,score,explanation."})
final class ScreenCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Names to screen.")
    List<String> names = List.of();

    @Option(names = "--file", paramLabel = "FILE.csv", description = "CSV of queries with a header: name, and optionally schema, "
            + "birth_date, country, identifier.")
    Path file;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "What the named arguments are (Person, Organization, Vessel...).")
    String schema;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "Country of the named arguments.")
    String country;

    @Option(names = "--birth-date", paramLabel = "DATE", description = "Birth date of the named arguments (YYYY, YYYY-MM-DD).")
    String birthDate;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.80", description = "Lowest score shown, 0 to 1 (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "Hits per name at most; 0 for all (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--scorer", paramLabel = "NAME", defaultValue = "best",
            description = "Scorer: names-v1, or best for the recommended one (now names-v1) (default ${DEFAULT-VALUE}).")
    String scorer;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        org.corridor.resolve.score.Scorers.versioned(scorer);
        ScoreOptions options = ScoreOptions.DEFAULTS.withThreshold(threshold);
        if (limit < 0) {
            throw new UsageException("--limit must be 0 (all) or more, got " + limit);
        }
        if (names.isEmpty() && file == null) {
            throw new UsageException("give names to screen, or --file FILE.csv");
        }
        List<ScreenService.Query> queries = new ArrayList<>();
        for (String n : names) {
            queries.add(new ScreenService.Query(n, schema, birthDate, country, null));
        }
        if (file != null) {
            queries.addAll(ScreenService.readQueries(file));
        }
        queries.forEach(q -> Screener.check(q.name()));
        PrintWriter out = spec.commandLine().getOut();
        try (Corridor corridor = root.openToRead()) {
            ScreenService service = corridor.screening(options);
            BatchProgress progress = new BatchProgress(spec.commandLine().getErr(), "screen", queries.size());
            List<ScreenService.Result> results = service.screen(queries, limit, progress::advance);
            progress.done();
            print(out, results, service);
        }
        return 0;
    }

    private void print(PrintWriter out, List<ScreenService.Result> results, ScreenService service) {
        switch (format) {
            case CSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (ScreenService.Result r : results) {
                    int rank = 1;
                    for (Hit h : r.hits()) {
                        rows.add(List.of(r.query().name(), Integer.toString(rank++), h.entity().id(), h.entity().schema(),
                                h.entity().caption(), score(h), "matched '" + h.matchedName() + "': " + h.score().explanation()));
                    }
                }
                Output.csv(out, List.of("query", "rank", "entity_id", "schema", "name", "score", "explanation"), rows);
            }
            case JSON -> {
                ArrayNode json = EntityJson.JSON.createArrayNode();
                for (ScreenService.Result r : results) {
                    ObjectNode q = json.addObject();
                    q.put("query", r.query().name());
                    ArrayNode hits = q.putArray("hits");
                    for (Hit h : r.hits()) {
                        ObjectNode o = hits.addObject();
                        o.put("entity_id", h.entity().id());
                        o.put("schema", h.entity().schema());
                        o.put("name", h.entity().caption());
                        o.put("matched_name", h.matchedName());
                        o.put("score", Math.round(h.score().value() * 10000) / 10000.0);
                        o.put("scorer", h.score().scorer());
                        ArrayNode programs = o.putArray("programs");
                        programs(service, h).forEach(programs::add);
                        ArrayNode features = o.putArray("explanation");
                        for (Feature f : h.score().features()) {
                            features.addObject().put("feature", f.name()).put("query", f.query()).put("listed", f.candidate())
                                    .put("similarity", f.similarity()).put("weight", f.weight());
                        }
                    }
                }
                Output.json(out, json);
            }
            case TABLE -> {
                for (ScreenService.Result r : results) {
                    out.println("\"" + r.query().name() + "\": " + (r.hits().isEmpty() ? "no party scores " + threshold + " or more"
                            : r.hits().size() + " hit" + (r.hits().size() == 1 ? "" : "s")));
                    List<List<String>> rows = new ArrayList<>();
                    int rank = 1;
                    for (Hit h : r.hits()) {
                        rows.add(List.of(Integer.toString(rank++), score(h), h.entity().id(), h.entity().schema(), h.entity().caption(),
                                h.matchedName(), String.join("; ", programs(service, h))));
                    }
                    if (!rows.isEmpty()) {
                        Output.table(out, List.of("rank", "score", "entity_id", "schema", "name", "matched_name", "programs"), rows);
                        out.println("  why #1: " + r.hits().get(0).score().explanation());
                    }
                    out.println();
                }
                out.flush();
            }
        }
    }

    private static List<String> programs(ScreenService service, Hit h) {
        List<String> out = new ArrayList<>();
        for (Entity s : service.sanctionsOf(h.entity().id())) {
            for (String p : s.values("program")) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static String score(Hit h) {
        return String.format(Locale.ROOT, "%.3f", h.score().value());
    }
}
