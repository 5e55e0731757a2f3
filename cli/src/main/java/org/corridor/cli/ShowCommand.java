package org.corridor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.corridor.app.Corridor;
import org.corridor.app.EntityPages;
import org.corridor.app.Evidence;
import org.corridor.model.Entity;
import org.corridor.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show an entity (by id, or the best match for a name) with every statement and its source, and what refers to it.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|NAME", arity = "1..*", description = "Entity id, or a name.")
    List<String> words;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (csv lists the statements).")
    OutputFormat format;

    @Override
    public Integer call() {
        String key = String.join(" ", words);
        try (Corridor corridor = root.openToRead()) {
            Entity entity = EntityPages.find(corridor, key);
            if (format == OutputFormat.JSON) {
                Output.json(spec.commandLine().getOut(), EntityPages.page(corridor, entity));
                return 0;
            }
            print(entity, EntityPages.referencing(corridor, entity.id()), EntityPages.captions(corridor), EntityPages.evidence(corridor));
        }
        return 0;
    }

    private void print(Entity entity, List<Entity> referencing, Function<String, String> captionOf, Evidence evidence) {
        PrintWriter out = spec.commandLine().getOut();
        List<String> header = List.of("property", "value", "source", "location", "confidence", "label");
        List<List<String>> rows = new ArrayList<>();
        for (Statement s : entity.statements()) {
            if (!s.isIdStatement()) {
                rows.add(List.of(s.property(), s.value(), s.source(), s.location().toString(),
                        String.format(Locale.ROOT, "%.2f", s.confidence()), s.label()));
            }
        }
        switch (format) {
            case CSV -> Output.csv(out, header, rows);
            case JSON -> throw new IllegalStateException("JSON is written by EntityPages");
            case TABLE -> {
                out.println(entity.caption() + "  [" + entity.schema().name() + " " + entity.id() + "]");
                out.println("sources: " + String.join(", ", entity.sources()));
                out.println();
                Output.table(out, header, rows);
                List<String> quoted = new ArrayList<>();
                for (Statement s : entity.statements()) {
                    evidence.of(s).ifPresent(q -> quoted.add(s.property() + " (" + s.source() + ", " + s.location() + "): "
                            + q.marked()));
                }
                if (!quoted.isEmpty()) {
                    out.println();
                    out.println("Evidence (the sentence each statement was read from, the words stated marked [[ ]]):");
                    quoted.stream().distinct().forEach(line -> out.println("  " + line));
                }
                if (!referencing.isEmpty()) {
                    out.println();
                    out.println("Referred to by:");
                    List<List<String>> refRows = new ArrayList<>();
                    for (Entity r : referencing) {
                        refRows.add(List.of(r.id(), r.schema().name(), describe(r, entity.id(), captionOf)));
                    }
                    Output.table(out, List.of("id", "schema", "details"), refRows);
                }
            }
        }
        out.flush();
    }

    /** A one-line description of a tie or sanction that refers to the shown entity. */
    private static String describe(Entity ref, String shownId, Function<String, String> captionOf) {
        List<String> parts = new ArrayList<>();
        ref.properties().forEach((prop, values) -> {
            boolean isRef = ref.schema().property(prop).map(p -> p.isReference()).orElse(false);
            for (String v : values) {
                if (isRef && v.equals(shownId)) {
                    continue;
                }
                parts.add(prop + "=" + (isRef ? captionOf.apply(v) : v));
            }
        });
        return String.join(", ", parts);
    }
}
