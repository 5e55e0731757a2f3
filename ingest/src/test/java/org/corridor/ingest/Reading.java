package org.corridor.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridor.model.Statement;
import org.corridor.model.StatementContext;
import org.corridor.model.schema.SchemaRegistry;

/** Reads a file with a reader into memory, for tests. */
public record Reading(ReadSummary summary, List<Statement> statements) {
    public static Reading of(FormatReader reader, Path file) {
        return of(reader, file, null);
    }

    public static Reading of(FormatReader reader, Path file, Path mapping) {
        List<Statement> out = new ArrayList<>();
        StatementContext context = new StatementContext("test", "", "2026-11-22T12:00:00Z", SchemaRegistry.standard());
        ReadSummary summary = reader.read(new ReadRequest(InputFile.of(file), context, null, mapping, Progress.NONE), out::add);
        return new Reading(summary, out);
    }

    public List<Statement> of(String entityId) {
        return statements.stream().filter(s -> s.entityId().equals(entityId)).toList();
    }

    public List<String> values(String entityId, String property) {
        return of(entityId).stream().filter(s -> s.property().equals(property)).map(Statement::value).toList();
    }
}
