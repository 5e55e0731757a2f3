package org.corridor.cli;

import java.nio.file.Path;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.model.label.Authorizations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "corridor", mixinStandardHelpOptions = true, version = "Corridor 0.1.0",
        description = "Evidence workbench for studying drug-trafficking networks: map, resolve, analyse, track, evaluate.",
        subcommands = {QuickstartCommand.class, IngestCommand.class, EntitiesCommand.class, ShowCommand.class,
            ExportCommand.class, ScreenCommand.class, ResolveCommand.class, ReviewCommand.class, AnalyzeCommand.class, SimulateCommand.class, LedgerCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Errors go to stderr as one sentence; exit 2 for usage errors, 1 for other failures."})
public final class CorridorCommand implements Runnable {
    @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Workspace folder (default: $CORRIDOR_WORKSPACE or ./corridor-data).")
    Path workspace;

    @Option(names = "--auths", scope = ScopeType.INHERIT, paramLabel = "TOKENS",
            description = "Comma-separated authorisation tokens to read with; '*' (the default for the local owner) sees every label.")
    String auths;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Configuration: defaults < environment < flags. */
    CorridorConfig config() {
        CorridorConfig config = CorridorConfig.fromEnvironment(System.getenv());
        if (workspace != null) {
            config = config.withWorkspace(workspace);
        }
        if (auths != null) {
            config = config.withAuthorizations(Authorizations.parse(auths));
        }
        return config;
    }

    Corridor open() {
        return Corridor.open(config());
    }

    static boolean debugRequested(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p != null) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
            p = p.subcommand();
        }
        return false;
    }
}
