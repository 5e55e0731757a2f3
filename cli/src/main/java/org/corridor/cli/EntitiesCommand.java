package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", mixinStandardHelpOptions = true, description = "List entities, optionally of one schema or matching a name query.")
final class EntitiesCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Only this schema and its descendants (e.g. Person, Organization, Vessel).")
    String schema;

    @Option(names = "--query", paramLabel = "TEXT", description = "Words that must all occur in one of the entity's names.")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N entities; 0 for all (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    OutputFormat format;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new org.corridor.model.UsageException("--limit must be 0 (all) or more, got " + limit);
        }
        List<List<String>> rows = new ArrayList<>();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        try (Corridor corridor = root.openToRead()) {
            json = org.corridor.app.EntityPages.search(corridor, schema, query, limit);
        }
        for (com.fasterxml.jackson.databind.JsonNode e : json) {
            rows.add(List.of(e.get("id").asText(), e.get("schema").asText(), e.get("caption").asText(), join(e.path("programs")),
                    join(e.path("datasets"))));
        }
        Output.rows(spec.commandLine().getOut(), format, List.of("id", "schema", "name", "programs", "sources"), rows, json);
        return 0;
    }

    private static String join(com.fasterxml.jackson.databind.JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return String.join("; ", out);
    }
}
