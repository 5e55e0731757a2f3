package org.corridor.cli;

import java.io.PrintWriter;
import org.corridor.model.CorridorException;
import org.corridor.model.UsageException;
import picocli.CommandLine;

/**
 * Entry point. Every failure is handled here once: a Corridor error prints its one sentence to
 * stderr (exit 2 for usage, 1 otherwise); anything else is a bug, reported briefly unless
 * {@code --debug} asks for the stack trace.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Thread warmUp = needsWorkspace(args) ? warmUp() : null;
        int exit = run(args);
        if (warmUp != null) {
            // Exiting while the warm-up still loads classes crashed the JVM (SIGSEGV in
            // LambdaProxyClassDictionary) when the exit also wrote the class-data archive.
            try {
                warmUp.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (org.corridor.model.Trace.on()) {
            System.err.printf("trace: JVM up %d ms before main, main took %d ms%n",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - start) / 1_000_000,
                    (System.nanoTime() - start) / 1_000_000);
        }
        System.exit(exit);
    }

    /**
     * Whether the command will open a workspace. An analysis of an edge file, help and the version do
     * not, and there the warm-up's class loading only competes with the command for the two cores.
     */
    static boolean needsWorkspace(String[] args) {
        for (String a : args) {
            if (a.equals("--edges") || a.startsWith("--edges=") || a.equals("--version") || a.equals("-V")
                    || a.equals("--help") || a.equals("-h")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Loads the schema registry, the country table and SQLite's native library on a second core
     * while the command line is parsed: together they are most of a cold start.
     */
    private static Thread warmUp() {
        return Thread.ofPlatform().daemon().name("corridor-warm-up").start(() -> {
            try {
                Class.forName("org.sqlite.JDBC");
                org.sqlite.SQLiteJDBCLoader.initialize();
                org.corridor.model.schema.SchemaRegistry.standard();
                org.corridor.model.schema.Countries.instance();
            } catch (Exception | LinkageError ignored) {
                // warming up is only an optimisation; the real use reports any failure
            }
        });
    }

    public static int run(String... args) {
        long t = System.nanoTime();
        CommandLine cli = commandLine(args);
        org.corridor.model.Trace.log("command line built", t);
        return cli.execute(args);
    }

    /** Runs with the given output and error writers (for embedding and tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The command line with the subcommands that {@code args} name, or all of them when none or help is named. */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new CorridorCommand());
        java.util.Set<String> named = new java.util.HashSet<>(java.util.Arrays.asList(args));
        boolean all = named.contains("help") || CorridorCommand.SUBCOMMANDS.keySet().stream().noneMatch(named::contains);
        CorridorCommand.SUBCOMMANDS.forEach((name, type) -> {
            if (all || named.contains(name)) {
                cli.addSubcommand(name, type);
            }
        });
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler(Main::handleParameters);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = CorridorCommand.debugRequested(parsed);
        if (e instanceof CorridorException ce) {
            err.println("corridor: " + ce.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof UsageException ? 2 : 1;
        }
        err.println("corridor: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); run again with --debug and report the trace");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    private static int handleParameters(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("corridor: " + e.getMessage() + "; see '" + cli.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return 2;
    }
}
