package org.corridor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Network analytics on the workspace (what you may see of it) or on an edge file (--edges).",
            "Subcommands: metrics, communities, keyplayers, disruption, paths, flow, exposure, brokerage."},
        subcommands = {MetricsCommand.class, CommunitiesCommand.class, KeyPlayersCommand.class, DisruptionCommand.class,
            PathsCommand.class, FlowCommand.class, ExposureCommand.class, BrokerageCommand.class})
final class AnalyzeCommand implements Runnable {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
