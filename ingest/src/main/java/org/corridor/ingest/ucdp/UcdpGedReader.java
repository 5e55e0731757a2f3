package org.corridor.ingest.ucdp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.corridor.ingest.FormatReader;
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

/**
 * The UCDP Georeferenced Event Dataset (GED) as CSV, one row per event of organised violence.
 * Each row becomes an {@code Operation} {@code ucdp-ged-<id>} with its dates and their precision,
 * place and coordinates, the two sides as Organization entities, the low/best/high deaths and the
 * deaths per side, and UCDP's source columns. Columns are found by name, so releases that add or
 * reorder columns still read; a missing column the ledger needs is an error.
 */
public final class UcdpGedReader implements FormatReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    @Override
    public String format() {
        return "ucdp-ged";
    }

    @Override
    public String description() {
        return "UCDP Georeferenced Event Dataset (GED) CSV, one event of organised violence per row";
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return GedColumns.looksLikeGed(sniff.firstLine());
    }

    @Override
    public ReadSummary read(ReadRequest request, Consumer<Statement> sink) {
        Charset charset = request.encoding() == null ? StandardCharsets.UTF_8 : request.encoding();
        String file = request.file().displayName();
        Skips skips = new Skips();
        Set<String> actorsMade = new HashSet<>();
        long records = 0;
        long entities = 0;
        try (CsvRecords rows = new CsvRecords(request.file(), charset, FORMAT, request.progress())) {
            GedColumns columns = null;
            for (CsvRecords.Row row : rows) {
                if (columns == null) {
                    columns = GedColumns.of(file, row.values());
                    continue;
                }
                if (row.values().size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                GedRow event = columns.row(file, row);
                records++;
                entities += emit(event, request.context(), actorsMade, skips, sink);
            }
            if (columns == null) {
                throw new InputException(file + ": has no header row; use the GED CSV as UCDP publishes it");
            }
        }
        return new ReadSummary(records, entities, skips.count(), skips.reasons(), List.of());
    }

    private static long emit(GedRow event, StatementContext context, Set<String> actorsMade, Skips skips,
            Consumer<Statement> sink) {
        long made = 1;
        EntityBuilder op = context.entity(event.operationId(), "Operation", event.at(null));
        event.describe(op);
        for (GedRow.Actor actor : event.actors()) {
            op.add(actor.role(), actor.id(), event.at(actor.column()));
            if (actorsMade.add(actor.id())) {
                EntityBuilder org = context.entity(actor.id(), "Organization", event.at(actor.column()));
                org.add("name", actor.name(), event.at(actor.column()));
                org.add("topics", "crime", event.at(actor.column()));
                if (actor.ucdpId() != null) {
                    org.add("idNumber", "UCDP actor " + actor.ucdpId(), event.at(actor.column()));
                }
                skips.addAll(org.skipped());
                org.statements().forEach(sink);
                made++;
            }
        }
        skips.addAll(op.skipped());
        op.statements().forEach(sink);
        return made;
    }

    static Location where(long line, String column) {
        return column == null ? Location.line(line) : Location.line(line, column);
    }
}
