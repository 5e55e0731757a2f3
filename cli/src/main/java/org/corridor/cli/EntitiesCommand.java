package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.model.Entity;
import org.corridor.store.EntityFilter;
import org.corridor.store.StoreView;
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
            EntityFilter filter = new EntityFilter(schema, query, limit);
            StoreView view = corridor.view();
            if (format == OutputFormat.JSON) {
                json = org.corridor.app.EntityPages.search(corridor, filter);
            } else {
                for (Entity e : corridor.entities(filter)) {
                    List<String> programs = view.sanctionsOf(e.id()).stream().flatMap(s -> s.values("program").stream()).distinct().toList();
                    rows.add(List.of(e.id(), e.schema().name(), e.caption(), String.join("; ", programs),
                            String.join("; ", e.sources())));
                }
            }
        }
        Output.rows(spec.commandLine().getOut(), format, List.of("id", "schema", "name", "programs", "sources"), rows, json);
        return 0;
    }
}
