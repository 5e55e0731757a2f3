package org.corridor.ingest.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import org.corridor.model.schema.DateValue;

/**
 * FollowTheMoney entities, one JSON object per line ({@code id}, {@code schema},
 * {@code properties}: name to list of strings), as OpenSanctions and Aleph export them. An
 * entity whose schema Corridor does not know is skipped and counted, not fatal: real exports
 * carry schemata (CryptoWallet, Security, ...) that a network study may not need.
 */
public final class FtmJsonReader implements FormatReader {
    @Override
    public String format() {
        return "ftm";
    }

    @Override
    public String description() {
        return "FollowTheMoney entities as JSON lines (OpenSanctions, Aleph exports)";
    }

    @Override
    public boolean accepts(Sniff sniff) {
        String line = sniff.firstLine();
        return line.startsWith("{") && line.contains("\"schema\"") && line.contains("\"properties\"");
    }

    @Override
    public ReadSummary read(ReadRequest request, Consumer<Statement> sink) {
        String file = request.file().displayName();
        StatementContext base = request.context();
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
                if (readEntity(node, base, file, n, skips, sink)) {
                    entities++;
                }
                lines.recordDone();
            }
        }
        if (entities == 0 && skips.count() == 0) {
            throw new InputException(file + ": holds no FtM entities; check it is a JSON-lines export");
        }
        return new ReadSummary(records, entities, skips.count(), skips.reasons(), java.util.List.of());
    }


    private static boolean readEntity(JsonNode node, StatementContext base, String file, long n, Skips skips,
            Consumer<Statement> sink) {
        Location where = Location.line(n);
        String id = node.path("id").asText("");
        String schema = node.path("schema").asText("");
        if (id.isEmpty() || schema.isEmpty()) {
            throw new InputException(file + " line " + n + ": an FtM entity needs an \"id\" and a \"schema\"; fix the line");
        }
        if (base.registry().find(schema).isEmpty()) {
            skips.add(where + ": schema '" + schema + "' is not known to Corridor; entity " + id + " left out");
            return false;
        }
        StatementContext context = withSeen(base, node);
        EntityBuilder entity = context.entity(id, schema, where);
        JsonNode properties = node.path("properties");
        if (!properties.isObject()) {
            throw new InputException(file + " line " + n + ": \"properties\" must be an object of lists; fix the line");
        }
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
            JsonNode values = p.getValue();
            if (values.isArray()) {
                values.forEach(v -> entity.add(p.getKey(), v.asText(), where));
            } else {
                entity.add(p.getKey(), values.asText(), where);
            }
        }
        skips.addAll(entity.skipped());
        entity.statements().forEach(sink);
        return true;
    }

    /** OpenSanctions exports say when an entity was first and last seen; keep that over the read time. */
    private static StatementContext withSeen(StatementContext base, JsonNode node) {
        DateValue first = DateValue.parse(node.path("first_seen").asText(""));
        DateValue last = DateValue.parse(node.path("last_seen").asText(""));
        if (first == null && last == null) {
            return base;
        }
        return base.seen(first == null ? base.firstSeen() : first.iso(), last == null ? base.lastSeen() : last.iso());
    }
}
