package org.corridor.cli;

import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Undo a decision (default: the latest still in force). A merge's statements go back exactly where they were; "
                + "a merge that a later one built on must wait until that one is undone.")
final class ReviewUndoCommand implements Callable<Integer> {
    @ParentCommand
    ReviewCommand review;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DECISION", arity = "0..1", description = "Decision number (see `review log`).")
    Long id;

    @Option(names = "--by", paramLabel = "NAME", description = "Who undoes it (default: the login name).")
    String by;

    @Override
    public Integer call() {
        com.fasterxml.jackson.databind.JsonNode d;
        try (Corridor corridor = review.root.open()) {
            d = org.corridor.app.ReviewPages.undo(corridor, id == null ? OptionalLong.empty() : OptionalLong.of(id), ReviewCommand.who(by));
        }
        spec.commandLine().getOut().println("undid decision " + d.get("id").asText() + " (" + d.get("left").asText() + " and "
                + d.get("right").asText() + " " + d.get("verdict").asText() + (d.hasNonNull("canonical") ? ", cluster "
                        + d.get("canonical").asText() : "") + ")");
        return 0;
    }
}
