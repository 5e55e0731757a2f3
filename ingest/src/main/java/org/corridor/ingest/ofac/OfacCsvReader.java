package org.corridor.ingest.ofac;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.corridor.ingest.FormatReader;
import org.corridor.ingest.InputFile;
import org.corridor.ingest.Progress;
import org.corridor.ingest.ReadRequest;
import org.corridor.ingest.ReadSummary;
import org.corridor.ingest.Skips;
import org.corridor.ingest.Sniff;
import org.corridor.ingest.csv.CsvRecords;
import org.corridor.model.EntityBuilder;
import org.corridor.model.InputException;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.model.StatementContext;
import org.corridor.model.schema.Countries;

/**
 * OFAC's legacy SDN CSV: {@code sdn.csv} (primary records, no header) and, when they sit beside
 * it, {@code alt.csv} (aliases) and {@code add.csv} (addresses), read as one unit. Each record
 * becomes an entity {@code ofac-<ent_num>} (as OpenSanctions names them), with a Sanction entity
 * for its programs, Address entities, and an UnknownLink for each "Linked To:" remark that names
 * another record in the same list.
 */
public final class OfacCsvReader implements FormatReader {
    static final Charset OFAC_CHARSET = StandardCharsets.ISO_8859_1;
    static final String AUTHORITY = "US Treasury Office of Foreign Assets Control (OFAC)";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    private static final double REMARK_CONFIDENCE = 0.9;
    private static final int SDN_COLUMNS = 12;

    @Override
    public String format() {
        return "ofac-csv";
    }

    @Override
    public String description() {
        return "OFAC SDN legacy CSV (sdn.csv, with alt.csv and add.csv beside it)";
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return OfacSniffer.kind(sniff) == OfacSniffer.Kind.SDN;
    }

    @Override
    public ReadSummary read(ReadRequest request, Consumer<Statement> sink) {
        InputFile sdn = request.file();
        Charset charset = request.encoding() == null ? OFAC_CHARSET : request.encoding();
        Optional<Path> altPath = companion(sdn.path(), "alt.csv");
        Optional<Path> addPath = companion(sdn.path(), "add.csv");
        Skips skips = new Skips();
        Map<String, List<CsvRecords.Row>> aliases = altPath.map(p -> byEntity(p, charset)).orElseGet(HashMap::new);
        Map<String, List<CsvRecords.Row>> addresses = addPath.map(p -> byEntity(p, charset)).orElseGet(HashMap::new);
        StatementContext context = request.context();
        NameIndex names = new NameIndex();
        List<PendingLink> links = new ArrayList<>();
        long entities = 0;
        long records = 0;
        try (CsvRecords rows = new CsvRecords(sdn, charset, FORMAT, request.progress())) {
            for (CsvRecords.Row row : rows) {
                if (isEndOfFileMarker(row)) {
                    continue;
                }
                if (row.values().size() != SDN_COLUMNS) {
                    throw new InputException(sdn.displayName() + " line " + row.line() + ": expected " + SDN_COLUMNS
                            + " columns of OFAC's sdn.csv but found " + row.values().size()
                            + "; use the file as OFAC publishes it, or --format to pick another reader");
                }
                records++;
                entities += readRecord(row, sdn.displayName(), context, aliases, addresses, names, links, skips, sink);
            }
        }
        entities += emitLinks(links, names, context, skips, sink);
        aliases.keySet().forEach(k -> skips.add("alt.csv: aliases of ent_num " + k + ", which sdn.csv does not hold, left out"));
        addresses.keySet().forEach(k -> skips.add("add.csv: addresses of ent_num " + k + ", which sdn.csv does not hold, left out"));
        List<String> companions = Stream.of(altPath, addPath).flatMap(Optional::stream)
                .map(p -> p.getFileName().toString()).toList();
        return new ReadSummary(records, entities, skips.count(), skips.reasons(), companions);
    }

    private static boolean isEndOfFileMarker(CsvRecords.Row row) {
        return row.values().size() == 1 && row.get(0).replace("\u001a", "").isBlank();
    }

    private long readRecord(CsvRecords.Row row, String file, StatementContext context,
            Map<String, List<CsvRecords.Row>> aliases, Map<String, List<CsvRecords.Row>> addresses, NameIndex names,
            List<PendingLink> links, Skips skips, Consumer<Statement> sink) {
        String entNum = value(row.get(0));
        if (entNum == null || !entNum.matches("\\d+")) {
            throw new InputException(file + " line " + row.line() + ": the first column must be OFAC's numeric ent_num, found '"
                    + row.get(0) + "'; check this is OFAC's sdn.csv");
        }
        String id = "ofac-" + entNum;
        String schema = schemaFor(value(row.get(2)));
        long line = row.line();
        EntityBuilder entity = context.entity(id, schema, Location.line(line));
        String name = value(row.get(1));
        entity.add("name", name, Location.line(line, "SDN_Name"));
        names.add(name, id);
        if ("Person".equals(schema) && name != null && name.contains(",")) {
            entity.add("lastName", name.substring(0, name.indexOf(',')), Location.line(line, "SDN_Name"));
            entity.add("firstName", name.substring(name.indexOf(',') + 1), Location.line(line, "SDN_Name"));
        }
        entity.add("topics", "sanction", Location.line(line));
        String title = value(row.get(4));
        if (title != null) {
            entity.add("Person".equals(schema) ? "position" : "notes", title, Location.line(line, "Title"));
        }
        if ("Vessel".equals(schema)) {
            addVessel(entity, row, line);
        }
        EntityBuilder sanction = context.entity(id + "-sdn", "Sanction", Location.line(line));
        sanction.add("entity", id, Location.line(line));
        sanction.add("authority", AUTHORITY, Location.line(line));
        sanction.add("country", "us", Location.line(line));
        String programs = value(row.get(3));
        if (programs != null) {
            for (String program : programs.split("\\] \\[")) {
                sanction.add("program", program.replace("[", "").replace("]", ""), Location.line(line, "Program"));
            }
        }
        readRemarks(value(row.get(11)), entity, sanction, line, links, id);
        for (CsvRecords.Row alt : aliases.getOrDefault(entNum, List.of())) {
            String type = String.valueOf(value(alt.get(2))).toLowerCase(Locale.ROOT);
            String altName = value(alt.get(3));
            entity.add("fka".equals(type) ? "previousName" : "alias", altName, Location.line(alt.line(), "alt.csv"));
            names.add(altName, id);
        }
        long made = 2;
        for (CsvRecords.Row add : addresses.getOrDefault(entNum, List.of())) {
            made += readAddress(add, id, entity, context, skips, sink);
        }
        aliases.remove(entNum);
        addresses.remove(entNum);
        skips.addAll(entity.skipped());
        skips.addAll(sanction.skipped());
        entity.statements().forEach(sink);
        sanction.statements().forEach(sink);
        return made;
    }

    private static void addVessel(EntityBuilder vessel, CsvRecords.Row row, long line) {
        vessel.add("callSign", value(row.get(5)), Location.line(line, "Call_Sign"));
        vessel.add("type", value(row.get(6)), Location.line(line, "Vess_type"));
        vessel.add("tonnage", value(row.get(7)), Location.line(line, "Tonnage"));
        vessel.add("grossRegisteredTonnage", value(row.get(8)), Location.line(line, "GRT"));
        vessel.add("flag", value(row.get(9)), Location.line(line, "Vess_flag"));
        String owner = value(row.get(10));
        if (owner != null) {
            vessel.add("notes", "Owner as listed by OFAC: " + owner, Location.line(line, "Vess_owner"));
        }
    }

    private static void readRemarks(String remarks, EntityBuilder entity, EntityBuilder sanction, long line,
            List<PendingLink> links, String id) {
        Location where = Location.line(line, "Remarks");
        boolean person = entity.schema().isA("Person");
        for (Remarks.Fact fact : Remarks.parse(remarks)) {
            switch (fact.key()) {
                case Remarks.LINK -> links.add(new PendingLink(id, fact.value(), line));
                case Remarks.PROVISION -> sanction.add("provisions", fact.value(), where, REMARK_CONFIDENCE);
                case "birthDate" -> {
                    for (String date : Remarks.dates(fact.value())) {
                        addOrNote(entity, "birthDate", date, fact, where);
                    }
                }
                case "birthPlace" -> {
                    entity.add("birthPlace", fact.value(), where, REMARK_CONFIDENCE);
                    String country = Countries.instance().toCode(Remarks.lastPart(fact.value()));
                    if (country != null) {
                        entity.add("birthCountry", country, where, REMARK_CONFIDENCE);
                    }
                }
                case "nationality", "citizenship" -> addOrNote(entity, person ? fact.key() : "country", fact.value(), fact, where);
                default -> addOrNote(entity, fact.key(), fact.value(), fact, where);
            }
        }
    }

    /** A remark whose value does not clean (an unknown country, a vague date) is kept whole as a note. */
    private static void addOrNote(EntityBuilder entity, String property, String value, Remarks.Fact fact, Location where) {
        if (!entity.tryAdd(property, value, where, REMARK_CONFIDENCE)) {
            entity.add("notes", fact.clause(), where, REMARK_CONFIDENCE);
        }
    }

    private static long readAddress(CsvRecords.Row row, String ownerId, EntityBuilder owner, StatementContext context,
            Skips skips, Consumer<Statement> sink) {
        String addNum = value(row.get(1));
        String street = value(row.get(2));
        String city = value(row.get(3));
        String country = value(row.get(4));
        String remarks = value(row.get(5));
        if (addNum == null || (street == null && city == null && country == null)) {
            return 0;
        }
        Location where = Location.line(row.line(), "add.csv");
        String id = "ofac-addr-" + addNum;
        EntityBuilder address = context.entity(id, "Address", where);
        address.add("full", String.join(", ", Stream.of(street, city, country).filter(v -> v != null).toList()), where);
        address.add("street", street, where);
        address.add("city", city, where);
        if (country != null && Countries.instance().toCode(country) != null) {
            address.add("country", country, where);
            owner.add("country", country, where);
        }
        address.add("remarks", remarks, where);
        owner.add("addressEntity", id, where);
        skips.addAll(address.skipped());
        address.statements().forEach(sink);
        return 1;
    }

    private static long emitLinks(List<PendingLink> links, NameIndex names, StatementContext context, Skips skips,
            Consumer<Statement> sink) {
        long made = 0;
        for (PendingLink link : links) {
            List<String> targets = names.find(link.name());
            if (targets.size() != 1) {
                skips.add("line " + link.line() + " Remarks: 'Linked To: " + link.name() + "' "
                        + (targets.isEmpty() ? "names no record in this list" : "names several records") + "; tie not made");
                continue;
            }
            Location where = Location.line(link.line(), "Remarks");
            EntityBuilder tie = context.entity("ofac-link-" + link.from().substring(5) + "-" + targets.get(0).substring(5),
                    "UnknownLink", where);
            tie.add("subject", link.from(), where);
            tie.add("object", targets.get(0), where);
            tie.add("role", "Linked To", where);
            tie.statements().forEach(sink);
            made++;
        }
        return made;
    }

    private static String schemaFor(String sdnType) {
        if (sdnType == null) {
            return "Organization";
        }
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> "Person";
            case "vessel" -> "Vessel";
            case "aircraft" -> "Airplane";
            default -> "Organization";
        };
    }

    /** OFAC writes an empty value as the bare token -0-. */
    static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }

    static Optional<Path> companion(Path sdn, String name) {
        Path dir = sdn.toAbsolutePath().getParent();
        if (dir == null) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Map<String, List<CsvRecords.Row>> byEntity(Path path, Charset charset) {
        Map<String, List<CsvRecords.Row>> rows = new LinkedHashMap<>();
        try (CsvRecords records = new CsvRecords(InputFile.of(path), charset, FORMAT, Progress.NONE)) {
            for (CsvRecords.Row row : records) {
                if (!isEndOfFileMarker(row)) {
                    rows.computeIfAbsent(String.valueOf(value(row.get(0))), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return rows;
    }

    private record PendingLink(String from, String name, long line) {
    }

    /** Primary names and aliases in the list, for resolving "Linked To:" to a record. */
    private static final class NameIndex {
        private final Map<String, List<String>> ids = new HashMap<>();

        void add(String name, String id) {
            if (name != null) {
                List<String> list = ids.computeIfAbsent(key(name), k -> new ArrayList<>(1));
                if (!list.contains(id)) {
                    list.add(id);
                }
            }
        }

        List<String> find(String name) {
            return ids.getOrDefault(key(name), List.of());
        }

        private static String key(String name) {
            return name.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.,;\\s]+$", "").strip();
        }
    }
}
