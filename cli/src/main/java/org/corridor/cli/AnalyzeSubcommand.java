package org.corridor.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code analyze} subcommand shares: where the network comes from and how to print. */
abstract class AnalyzeSubcommand implements Callable<Integer> {
    @ParentCommand
    AnalyzeCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    NetworkOptions network;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    OutputFormat format;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The network the options choose, for the analyses app gives as JSON. */
    org.corridor.app.AnalysisNetwork analysisNetwork(Set<String> defaultSchemata, String... endpoints) {
        return network.network(parent, defaultSchemata, false, java.util.List.of(endpoints));
    }

    /** Runs the work with progress lines on stderr when the network is large. */
    <T> T withProgress(String task, int nodes, int edges, Supplier<T> work) {
        try (AutoCloseable progress = KernelProgress.around(task, nodes, edges, spec.commandLine().getErr())) {
            return work.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
