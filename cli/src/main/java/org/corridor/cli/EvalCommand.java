package org.corridor.cli;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure Corridor's own accuracy against annotated data.",
        subcommands = {EvalExtractionCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    CorridorCommand root;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to evaluate: corridor eval extraction --gold FILE DOCS...");
    }
}
