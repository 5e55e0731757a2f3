package org.corridor.ingest.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.corridor.ingest.FormatReader;
import org.corridor.ingest.ReadRequest;
import org.corridor.ingest.ReadSummary;
import org.corridor.ingest.Skips;
import org.corridor.ingest.Sniff;
import org.corridor.model.EntityBuilder;
import org.corridor.model.Hashing;
import org.corridor.model.InputException;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.model.StatementContext;
import org.corridor.model.UsageException;

/**
 * Any CSV file with a header row, turned into entities by a {@link CsvMapping}: given with
 * {@code --mapping}, or found beside the file as {@code <name>.mapping.yaml}.
 */
public final class MappedCsvReader implements FormatReader {
    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV with a header row and a mapping file (--mapping, or NAME.mapping.yaml beside it)";
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return mappingBeside(sniff.path()).isPresent();
    }

    public static Optional<Path> mappingBeside(Path csv) {
        String name = csv.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String ext : List.of(".mapping.yaml", ".mapping.yml")) {
            Path candidate = csv.resolveSibling(stem + ext);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public ReadSummary read(ReadRequest request, Consumer<Statement> sink) {
        String file = request.file().displayName();
        Path mappingPath = request.mapping() != null ? request.mapping() : mappingBeside(request.file().path())
                .orElseThrow(() -> new UsageException(file + ": a CSV file needs a mapping from columns to entities; pass "
                        + "--mapping FILE.yaml or put " + request.file().path().getFileName() + ".mapping.yaml beside it (see docs/formats.md)"));
        StatementContext context = request.context();
        CsvMapping mapping = CsvMapping.load(mappingPath, context.registry());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();
        Skips skips = new Skips();
        long entities = 0;
        long records = 0;
        try (CsvRecords rows = new CsvRecords(request.file(),
                request.encoding() != null ? request.encoding() : mapping.encoding(), format, request.progress())) {
            Map<String, Integer> header = index(rows.header());
            List<String> missing = mapping.columns().stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InputException(file + " line 1: the mapping reads column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + " but the header has only " + String.join(", ", rows.header())
                        + "; fix the header or the mapping");
            }
            for (CsvRecords.Row row : rows) {
                if (row.values().size() != header.size() && !(row.values().size() == 1 && row.get(0).isBlank())) {
                    throw new InputException(file + " line " + row.line() + ": expected " + header.size()
                            + " columns as in the header but found " + row.values().size() + "; fix the line");
                }
                records++;
                entities += readRow(file, row, header, mapping, context, skips, sink);
            }
        }
        return new ReadSummary(records, entities, skips.count(), skips.reasons(), List.of(mappingPath.getFileName().toString()));
    }

    private static long readRow(String file, CsvRecords.Row row, Map<String, Integer> header, CsvMapping mapping,
            StatementContext fileContext, Skips skips, Consumer<Statement> sink) {
        StatementContext context = mapping.sourceColumns().isEmpty() ? fileContext
                : fileContext.withSource(rowSource(file, row, header, mapping, fileContext.source()));
        Map<String, String> ids = new HashMap<>();
        mapping.entities().forEach((name, m) -> {
            String id = idOf(m, row, header, m.idPrefix() != null ? m.idPrefix() : mapping.idPrefix());
            if (id != null) {
                ids.put(name, id);
            }
        });
        long made = 0;
        for (CsvMapping.EntityMapping m : sorted(mapping)) {
            String id = ids.get(m.name());
            if (id == null || missingEnd(m, ids)) {
                continue;
            }
            Location where = Location.line(row.line());
            EntityBuilder entity = context.entity(id, m.schema().name(), where);
            m.properties().forEach((property, sources) -> {
                for (CsvMapping.ValueMapping source : sources) {
                    for (String value : values(source, row, header, ids)) {
                        entity.add(property, value, where);
                    }
                }
            });
            skips.addAll(entity.skipped());
            entity.statements().forEach(sink);
            made++;
        }
        return made;
    }

    /** The row's own source, {@code FILE-SOURCE/VALUES}, from the mapping's source columns; every row must give one. */
    private static String rowSource(String file, CsvRecords.Row row, Map<String, Integer> header, CsvMapping mapping, String fileSource) {
        List<String> parts = new java.util.ArrayList<>();
        for (String column : mapping.sourceColumns()) {
            String v = row.get(header.get(column));
            if (v != null && !v.isBlank()) {
                parts.add(v.strip());
            }
        }
        if (parts.isEmpty()) {
            throw new InputException(file + " line " + row.line() + ": the mapping takes each row's source from " + String.join(", ",
                    mapping.sourceColumns()) + " but this row leaves them empty; cite the row's source");
        }
        return fileSource + "/" + String.join(" ", parts);
    }

    /** A relationship (Membership, Ownership, ...) is made only when the row gives both of its ends. */
    private static boolean missingEnd(CsvMapping.EntityMapping m, Map<String, String> ids) {
        if (!m.schema().isEdge()) {
            return false;
        }
        for (String end : List.of(m.schema().edgeSource(), m.schema().edgeTarget())) {
            for (CsvMapping.ValueMapping v : m.properties().getOrDefault(end, List.of())) {
                if (v.entity() != null && !ids.containsKey(v.entity())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<CsvMapping.EntityMapping> sorted(CsvMapping mapping) {
        return mapping.entities().values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    private static List<String> values(CsvMapping.ValueMapping source, CsvRecords.Row row, Map<String, Integer> header,
            Map<String, String> ids) {
        if (source.literal() != null) {
            return List.of(source.literal());
        }
        if (source.entity() != null) {
            String id = ids.get(source.entity());
            return id == null ? List.of() : List.of(id);
        }
        List<String> out = new ArrayList<>();
        for (String column : source.columns()) {
            String v = row.get(header.get(column));
            if (v.isBlank()) {
                continue;
            }
            if (source.split() != null) {
                for (String part : v.split(java.util.regex.Pattern.quote(source.split()))) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /** The entity's id, or null when the row has no value in any key column. */
    private static String idOf(CsvMapping.EntityMapping m, CsvRecords.Row row, Map<String, Integer> header, String prefix) {
        if (m.idColumn() != null) {
            String v = row.get(header.get(m.idColumn())).strip();
            return v.isEmpty() ? null : prefix + "-" + v.replaceAll("[^A-Za-z0-9._:-]", "-");
        }
        List<String> parts = new ArrayList<>();
        parts.add(m.keyLiteral());
        boolean any = false;
        for (String key : m.keys()) {
            String v = row.get(header.get(key)).strip();
            any |= !v.isEmpty();
            parts.add(v);
        }
        return any ? prefix + "-" + Hashing.sha1(parts.toArray(String[]::new)).substring(0, 24) : null;
    }

    private static Map<String, Integer> index(List<String> header) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.putIfAbsent(header.get(i).strip(), i);
        }
        return map;
    }
}
