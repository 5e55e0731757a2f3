package org.corridor.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corridor.app.Corridor;
import org.corridor.model.UsageException;
import org.corridor.server.CorridorServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the workspace's JSON API (under /api/v1) on this machine "
        + "until stopped with Ctrl-C. The web workbench is not built yet (docs/server.md).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on, 0 for any free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; anything else exposes the workspace to the network).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port must be from 0 to 65535, got " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageException("--bind '" + bind + "' is not an address of this machine; give 127.0.0.1 or another local address");
        }
        // the workspace must exist before anything listens: the same error as any other command
        try (Corridor ignored = root.openToRead()) {
            // opened and closed: requests open it again to read
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!address.isLoopbackAddress()) {
            err.println("warning: listening on " + bind + " makes the workspace readable by anyone who can reach this machine; "
                    + "there is no login yet");
        }
        CorridorServer server = CorridorServer.start(root.config(), bind, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "corridor-serve-stop"));
        String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Corridor is serving " + root.config().workspace() + " at http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return 0;
    }
}
