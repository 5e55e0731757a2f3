package org.corridor.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.workspace.Tie;
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

    NetworkOptions.Loaded load(Set<String> defaultSchemata, String... endpoints) {
        return network.load(parent, defaultSchemata, false, java.util.List.of(endpoints));
    }

    /** The network the options choose, for the analyses app gives as JSON. */
    org.corridor.app.AnalysisNetwork analysisNetwork(Set<String> defaultSchemata, String... endpoints) {
        return network.network(parent, defaultSchemata, false, java.util.List.of(endpoints));
    }

    /** Display names (workspace graphs), or null for an edge file. */
    static String[] names(Graph g) {
        return g.attribute("name").orElse(null);
    }

    /** Runs the work with progress lines on stderr when the graph is large. */
    <T> T withProgress(String task, Graph g, Supplier<T> work) {
        return withProgress(task, g.nodeCount(), g.edgeCount(), work);
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

    /** "pay-1 2024-03-02 250000 USD": the record, its date and amount. */
    static String cite(Tie t) {
        StringBuilder s = new StringBuilder(t.id());
        if (!t.date().isEmpty()) {
            s.append(' ').append(t.date());
        }
        if (!Double.isNaN(t.amount())) {
            s.append(' ').append(Numbers.full(t.amount()));
            if (!t.currency().isEmpty()) {
                s.append(' ').append(t.currency());
            }
        }
        return s.toString();
    }
}
