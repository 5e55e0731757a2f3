package org.corridor.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.model.label.Authorizations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "corridor", mixinStandardHelpOptions = true, version = "Corridor 0.1.0",
        description = "Evidence workbench for studying drug-trafficking networks: map, resolve, analyse, track, evaluate.",
        footer = {"", "Errors go to stderr as one sentence; exit 2 for usage errors, 1 for other failures."})
public final class CorridorCommand implements Runnable {
    /**
     * The subcommands in the order help lists them. Main adds only those named on the command line
     * (all of them for help or when none is named): picocli reads each command class's annotations
     * when it is added, and building all of them took about 0.3 s of a one-second command.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(QuickstartCommand.class, IngestCommand.class,
            EntitiesCommand.class, ShowCommand.class, ExportCommand.class, ScreenCommand.class, ResolveCommand.class,
            ReviewCommand.class, AnalyzeCommand.class, SimulateCommand.class, LedgerCommand.class, EvalCommand.class,
            ServeCommand.class, CommandLine.HelpCommand.class);

    private static Map<String, Class<?>> subcommands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return Collections.unmodifiableMap(byName);
    }

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

    /** Opens (and creates if needed) the workspace, for commands that write. */
    Corridor open() {
        return Corridor.open(config());
    }

    /** Opens an existing workspace for commands that only read (read-only where it cannot be written). */
    Corridor openToRead() {
        return Corridor.openExisting(config());
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
