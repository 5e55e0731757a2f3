package org.corridor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Records a judgement of a pair; {@code same} merges the two. */
abstract class ReviewDecideCommand implements Callable<Integer> {
    @ParentCommand
    ReviewCommand review;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEFT", description = "One entity id of the pair.")
    String left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "The other entity id.")
    String right;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the login name).")
    String by;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept with the decision.")
    String note;

    /** The verdict's word: same, different or unsure. */
    abstract String verdict();

    @Override
    public Integer call() {
        com.fasterxml.jackson.databind.JsonNode d;
        try (Corridor corridor = review.root.open()) {
            d = org.corridor.app.ReviewPages.decide(corridor, left, right, verdict(), "verdict", note, ReviewCommand.who(by));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("decision " + d.get("id").asText() + ": " + d.get("left").asText() + " and " + d.get("right").asText() + " are "
                + d.get("verdict").asText() + (d.hasNonNull("canonical") ? ", merged as " + d.get("canonical").asText() : "") + " (by "
                + d.get("by").asText() + " at " + d.get("at").asText() + ")");
        return 0;
    }

    @Command(name = "same", mixinStandardHelpOptions = true, description = "The two are one party: merge them (undo with `review undo`).")
    static final class Same extends ReviewDecideCommand {
        @Override
        String verdict() {
            return "same";
        }
    }

    @Command(name = "different", mixinStandardHelpOptions = true, description = "The two are different parties; resolve will not propose them again.")
    static final class Different extends ReviewDecideCommand {
        @Override
        String verdict() {
            return "different";
        }
    }

    @Command(name = "unsure", mixinStandardHelpOptions = true, description = "The evidence does not settle it; the pair leaves the queue, recorded as unsure.")
    static final class Unsure extends ReviewDecideCommand {
        @Override
        String verdict() {
            return "unsure";
        }
    }
}
