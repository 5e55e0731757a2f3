package org.corridor.ingest.ofac;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.corridor.ingest.FormatReader;
import org.corridor.ingest.ReadRequest;
import org.corridor.ingest.ReadSummary;
import org.corridor.ingest.Skips;
import org.corridor.ingest.Sniff;
import org.corridor.ingest.text.JsonLines;
import org.corridor.ingest.text.LineSource;
import org.corridor.model.EntityBuilder;
import org.corridor.model.InputException;
import org.corridor.model.Location;
import org.corridor.model.Statement;
import org.corridor.model.StatementContext;

/**
 * OFAC SDN names and aliases as JSON lines ({@code entity_id}, {@code names}: full_name,
 * is_primary, type_id), a reduction of OFAC's advanced XML. It says nothing of the kind of each
 * entity, so entities are LegalEntity, made more specific when another list says more. Alias
 * types use OFAC's codes: 1403 primary, 1400 a.k.a., 1401 f.k.a., 1402 n.k.a.
 */
public final class OfacNamesReader implements FormatReader {
    @Override
    public String format() {
        return "ofac-names";
    }

    @Override
    public String description() {
        return "OFAC SDN names and aliases as JSON lines (entity_id, names)";
    }

    @Override
    public boolean accepts(Sniff sniff) {
        String line = sniff.firstLine();
        return line.startsWith("{") && line.contains("\"entity_id\"") && line.contains("\"names\"");
    }

    @Override
    public ReadSummary read(ReadRequest request, Consumer<Statement> sink) {
        String file = request.file().displayName();
        StatementContext context = request.context();
        Skips skips = new Skips();
        long entities = 0;
        long records = 0;
        try (LineSource lines = new LineSource(request.file(),
                request.encoding() == null ? StandardCharsets.UTF_8 : request.encoding(), request.progress())) {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                long n = lines.lineNumber();
                JsonNode node = JsonLines.object(line, file, n);
                records++;
                String entNum = node.path("entity_id").asText("");
                if (!entNum.matches("\\d+")) {
                    throw new InputException(file + " line " + n + ": \"entity_id\" must be OFAC's numeric id, found '"
                            + entNum + "'; fix the line");
                }
                Location where = Location.line(n);
                String id = "ofac-" + entNum;
                EntityBuilder entity = context.entity(id, "LegalEntity", where);
                for (JsonNode name : node.path("names")) {
                    String property = switch (name.path("type_id").asText()) {
                        case "1403" -> "name";
                        case "1401" -> "previousName";
                        default -> name.path("is_primary").asBoolean(false) ? "name" : "alias";
                    };
                    entity.add(property, name.path("full_name").asText(""), where);
                }
                entity.add("topics", "sanction", where);
                EntityBuilder sanction = context.entity(id + "-sdn", "Sanction", where);
                sanction.add("entity", id, where);
                sanction.add("authority", OfacCsvReader.AUTHORITY, where);
                sanction.add("country", "us", where);
                skips.addAll(entity.skipped());
                entity.statements().forEach(sink);
                sanction.statements().forEach(sink);
                entities += 2;
                lines.recordDone();
            }
        }
        return new ReadSummary(records, entities, skips.count(), skips.reasons(), List.of());
    }

}
