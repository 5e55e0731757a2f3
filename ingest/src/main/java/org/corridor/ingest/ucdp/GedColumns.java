package org.corridor.ingest.ucdp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridor.ingest.csv.CsvRecords;
import org.corridor.model.InputException;

/** Where each GED column is in one file's header, and the columns the ledger cannot do without. */
final class GedColumns {
    /** Columns read into the Operation; a file without one of them is refused. */
    static final List<String> REQUIRED = List.of("id", "type_of_violence", "side_a", "side_b", "date_prec",
            "date_start", "date_end", "where_prec", "where_description", "adm_1", "adm_2", "latitude", "longitude",
            "country", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low");
    /** Read when present: older and newer releases differ in these. */
    static final List<String> OPTIONAL = List.of("relid", "conflict_name", "dyad_name", "side_a_new_id",
            "side_b_new_id", "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
            "source_original", "event_clarity");
    private static final Set<String> SIGNATURE = Set.of("relid", "type_of_violence", "side_a", "side_b", "where_prec",
            "date_prec", "deaths_civilians", "deaths_unknown", "dyad_name", "conflict_name", "where_coordinates",
            "priogrid_gid");
    private static final int SIGNATURE_NEEDED = 4;

    private final Map<String, Integer> index;
    private final int width;

    private GedColumns(Map<String, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /** Whether a header line names enough of GED's own columns to be GED, even with one missing. */
    static boolean looksLikeGed(String headerLine) {
        long hits = 0;
        for (String cell : headerLine.split(",")) {
            if (SIGNATURE.contains(clean(cell))) {
                hits++;
            }
        }
        return hits >= SIGNATURE_NEEDED;
    }

    static GedColumns of(String file, List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(clean(header.get(i)), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(file + " line 1: the UCDP GED header has no " + (missing.size() == 1 ? "column " : "columns ")
                    + String.join(", ", missing) + "; use the GED CSV as UCDP publishes it, with all of its columns");
        }
        return new GedColumns(index, header.size());
    }

    GedRow row(String file, CsvRecords.Row row) {
        if (row.values().size() != width) {
            throw new InputException(file + " line " + row.line() + ": has " + row.values().size()
                    + " fields where the header has " + width + "; check the quoting of that row");
        }
        return new GedRow(file, row.line(), this::position, row.values());
    }

    /** The column's position, or -1 when this release has no such column. */
    int position(String column) {
        return index.getOrDefault(column, -1);
    }

    private static String clean(String cell) {
        return cell.replace("\uFEFF", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
    }
}
