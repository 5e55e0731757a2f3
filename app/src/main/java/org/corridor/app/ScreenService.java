package org.corridor.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corridor.model.Entity;
import org.corridor.model.InputException;
import org.corridor.model.Trace;
import org.corridor.model.schema.Countries;
import org.corridor.resolve.names.NameAnalyzer;
import org.corridor.resolve.score.Qualifiers;
import org.corridor.resolve.score.ScoreOptions;
import org.corridor.resolve.screen.Hit;
import org.corridor.resolve.screen.NameIndex;
import org.corridor.resolve.screen.Screener;
import org.corridor.store.StoreView;

/** Screening names against every party in the workspace, one query or a batch in parallel. */
public final class ScreenService {
    /** One name to screen, with what else is known about it (any may be null). */
    public record Query(String name, String schema, String birthDate, String country, String identifier) {
        Qualifiers qualifiers() {
            String code = country == null ? null : Countries.instance().toCode(country);
            return new Qualifiers(schema, birthDate == null ? Set.of() : Set.of(birthDate.strip()),
                    code == null ? Set.of() : Set.of(code),
                    identifier == null ? Set.of() : Set.of(identifier.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "")));
        }
    }

    /** A query and its hits, best first. */
    public record Result(Query query, List<Hit> hits) {
    }

    private final StoreView view;
    private final Screener screener;
    private final Map<String, List<Entity>> sanctions = new ConcurrentHashMap<>();

    public ScreenService(StoreView view, ScoreOptions options) {
        this(view, options, index(view));
    }

    /** Screens with an index already built from this view's parties (the server keeps one until the workspace changes). */
    ScreenService(StoreView view, ScoreOptions options, NameIndex index) {
        this.view = view;
        this.screener = new Screener(index, new NameAnalyzer(), options);
    }

    /** The name index of every party the view may see. */
    static NameIndex index(StoreView view) {
        long start = System.nanoTime();
        NameIndex index = NameIndex.build(view, new NameAnalyzer());
        Trace.log("name index of " + index.size() + " parties built", start);
        return index;
    }

    /** Screens every query (in parallel for a batch); results keep the queries' order. */
    public List<Result> screen(List<Query> queries, int limit, LongConsumer progress) {
        Result[] out = new Result[queries.size()];
        AtomicLong done = new AtomicLong();
        IntStream.range(0, queries.size()).parallel().forEach(i -> {
            Query q = queries.get(i);
            out[i] = new Result(q, screener.screen(q.name(), q.qualifiers(), limit));
            progress.accept(done.incrementAndGet());
        });
        return List.of(out);
    }

    /** The Sanction entities naming a listed party (read once per party). */
    public List<Entity> sanctionsOf(String id) {
        return sanctions.computeIfAbsent(id, view::sanctionsOf);
    }

    /**
     * Queries from a CSV with a header row: a {@code name} column, and optionally {@code schema},
     * {@code birth_date}, {@code country} and {@code identifier} (a few common spellings of each).
     */
    public static List<Query> readQueries(Path file) {
        String display = file.toString();
        try (Reader in = Files.newBufferedReader(file);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                        .setTrim(true).get().parse(in)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("name")) {
                throw new InputException(display + " line 1: has no name column (found " + String.join(", ", parser.getHeaderNames())
                        + "); the first line must name the columns, one of them 'name'");
            }
            List<Query> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                String name = get(r, columns, "name");
                if (name == null) {
                    throw new InputException(display + " line " + parser.getCurrentLineNumber() + ": the name is empty; "
                            + "fill it in or remove the row");
                }
                if (name.length() > Screener.MAX_NAME) {
                    throw new InputException(display + " line " + parser.getCurrentLineNumber() + ": a name of " + name.length()
                            + " characters is too long to screen (at most " + Screener.MAX_NAME + ")");
                }
                out.add(new Query(name, get(r, columns, "schema"), get(r, columns, "birth_date"), get(r, columns, "country"),
                        get(r, columns, "identifier")));
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new InputException(display + ": is not valid UTF-8; convert it with iconv -t utf-8", e);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(display + ": cannot be read as CSV (" + e.getMessage() + "); check the file", e);
        }
    }

    private static Map<String, String> columns(List<String> header) {
        Map<String, List<String>> spellings = Map.of("name", List.of("name", "full_name", "query"),
                "schema", List.of("schema", "type"), "birth_date", List.of("birth_date", "birthdate", "dob", "date_of_birth"),
                "country", List.of("country", "nationality"), "identifier", List.of("identifier", "id_number", "passport", "imo"));
        Map<String, String> out = new HashMap<>();
        spellings.forEach((key, names) -> header.stream().filter(h -> names.contains(h.strip().toLowerCase(Locale.ROOT)))
                .findFirst().ifPresent(h -> out.put(key, h)));
        return out;
    }

    private static String get(CSVRecord r, Map<String, String> columns, String key) {
        String column = columns.get(key);
        if (column == null || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column).strip();
        return v.isEmpty() ? null : v;
    }
}
