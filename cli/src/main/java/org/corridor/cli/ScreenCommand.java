package org.corridor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.ScreenPages;
import org.corridor.app.ScreenService;
import org.corridor.model.UsageException;
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
        PrintWriter out = spec.commandLine().getOut();
        try (Corridor corridor = root.openToRead()) {
            BatchProgress progress = new BatchProgress(spec.commandLine().getErr(), "screen", queries.size());
            ScreenPages.Screened screened = ScreenPages.screen(corridor, queries, scorer, threshold, limit, "--", progress::advance);
            progress.done();
            if (format == OutputFormat.JSON) {
                Output.json(out, ScreenPages.json(screened));
                return 0;
            }
            print(out, ScreenPages.rows(screened));
        }
        return 0;
    }

    private void print(PrintWriter out, List<ScreenPages.QueryRows> results) {
        switch (format) {
            case CSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (ScreenPages.QueryRows r : results) {
                    for (ScreenPages.HitRow h : r.hits()) {
                        rows.add(List.of(r.query(), Integer.toString(h.rank()), h.entityId(), h.schema(), h.name(), score(h),
                                "matched '" + h.matchedName() + "': " + h.explanation()));
                    }
                }
                Output.csv(out, List.of("query", "rank", "entity_id", "schema", "name", "score", "explanation"), rows);
            }
            case JSON -> throw new IllegalStateException("JSON is written by ScreenPages");
            case TABLE -> {
                for (ScreenPages.QueryRows r : results) {
                    out.println("\"" + r.query() + "\": " + (r.hits().isEmpty() ? "no party scores " + threshold + " or more"
                            : r.hits().size() + " hit" + (r.hits().size() == 1 ? "" : "s")));
                    List<List<String>> rows = new ArrayList<>();
                    for (ScreenPages.HitRow h : r.hits()) {
                        rows.add(List.of(Integer.toString(h.rank()), score(h), h.entityId(), h.schema(), h.name(), h.matchedName(),
                                String.join("; ", h.programs())));
                    }
                    if (!rows.isEmpty()) {
                        Output.table(out, List.of("rank", "score", "entity_id", "schema", "name", "matched_name", "programs"), rows);
                        out.println("  why #1: " + r.hits().get(0).explanation());
                    }
                    out.println();
                }
                out.flush();
            }
        }
    }

    private static String score(ScreenPages.HitRow h) {
        return String.format(Locale.ROOT, "%.3f", h.score());
    }
}
