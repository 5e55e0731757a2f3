package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.ActorLinks;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.resolve.score.ScoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"The actors of the ledger, how many operations name each, and the listed party each one's name matches",
            "(screened with names-v1 against everything in the workspace; the best hit with a sanction). A link is a scored",
            "proposal with its explanation, not a merge."})
final class LedgerActorsCommand implements Callable<Integer> {
    @ParentCommand
    LedgerCommand ledger;

    @Spec
    CommandSpec spec;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.80", description = "Lowest score of a link, 0 to 1 (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        ScoreOptions options = ScoreOptions.DEFAULTS.withThreshold(threshold);
        List<ActorLinks.Link> links;
        try (Corridor corridor = ledger.root.openToRead()) {
            links = ActorLinks.of(corridor.ledger(), corridor.screening(options));
        }
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (ActorLinks.Link l : links) {
            boolean linked = l.listed() != null;
            rows.add(List.of(l.actor().id(), l.actor().name(), Long.toString(l.operations()), linked ? l.listed().entity().id() : "",
                    linked ? l.listed().entity().caption() : "",
                    linked ? String.format(Locale.ROOT, "%.3f", l.listed().score().value()) : "", String.join("; ", l.programs()),
                    linked ? "matched '" + l.listed().matchedName() + "': " + l.listed().score().explanation() : ""));
            ObjectNode o = json.addObject();
            o.put("actor_id", l.actor().id());
            o.put("actor", l.actor().name());
            o.put("operations", l.operations());
            if (linked) {
                ObjectNode listed = o.putObject("listed");
                listed.put("entity_id", l.listed().entity().id());
                listed.put("name", l.listed().entity().caption());
                listed.put("matched_name", l.listed().matchedName());
                listed.put("score", Math.round(l.listed().score().value() * 10000) / 10000.0);
                listed.put("scorer", l.listed().score().scorer());
                listed.put("explanation", l.listed().score().explanation());
                ArrayNode programs = listed.putArray("programs");
                l.programs().forEach(programs::add);
            }
        }
        List<String> header = List.of("actor_id", "actor", "operations", "listed_id", "listed_name", "score", "programs", "explanation");
        if (format == OutputFormat.TABLE) {
            Output.table(out, header.subList(0, 7), rows.stream().map(r -> r.subList(0, 7)).toList());
        } else {
            Output.rows(out, format, header, rows, json);
        }
        return 0;
    }
}
