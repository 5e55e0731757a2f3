package org.corridor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.OutputFile;
import org.corridor.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {"Export what you may see: FtM JSON lines, one CSV per schema, or the network of parties and ties",
    "as GEXF (Gephi) or GraphML, or the located operations of the ledger as GeoJSON. FtM, GEXF, GraphML and GeoJSON go to",
    "--output FILE or stdout; CSV files go into the --output folder."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ftm", description = "ftm, csv, gexf, graphml or geojson (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"--output", "-o"}, paramLabel = "PATH", description = "File (ftm, gexf, graphml, geojson) or folder (csv); without it, files go to stdout.")
    Path output;

    @Option(names = "--follow-links", description = "If --output is a symbolic link, replace the file it points to (refused otherwise).")
    boolean followLinks;

    private OutputFile outputFile() {
        return new OutputFile(root.config().workspace(), followLinks);
    }

    @Override
    public Integer call() throws IOException {
        switch (format) {
            case "ftm" -> ftm();
            case "csv" -> csv();
            case "gexf", "graphml" -> network();
            case "geojson" -> geojson();
            default -> throw new UsageException("unknown export format '" + format + "'; use ftm, csv, gexf, graphml or geojson");
        }
        return 0;
    }

    private void ftm() throws IOException {
        try (Corridor corridor = root.openToRead()) {
            if (output == null) {
                Writer out = spec.commandLine().getOut();
                corridor.export().ftm(out);
                out.flush();
                return;
            }
            long n = outputFile().write(output, w -> corridor.export().ftm(w));
            spec.commandLine().getErr().println("exported " + n + " entities to " + output);
        }
    }

    /** Every located operation of the ledger as a GeoJSON FeatureCollection (filter with `corridor ledger --format geojson`). */
    private void geojson() throws IOException {
        try (Corridor corridor = root.openToRead()) {
            long[] total = {0};
            if (output == null) {
                Writer out = spec.commandLine().getOut();
                corridor.export().geojson(out, total);
                out.flush();
                return;
            }
            long n = outputFile().write(output, w -> corridor.export().geojson(w, total));
            spec.commandLine().getErr().println("exported " + n + " located operations of " + total[0] + " to " + output);
        }
    }

    /** The network of parties and ties (every relationship schema), for Gephi or other graph tools. */
    private void network() throws IOException {
        try (Corridor corridor = root.openToRead()) {
            long[] edges = {0};
            if (output == null) {
                Writer out = spec.commandLine().getOut();
                corridor.export().graphXml(format, out, edges);
                out.flush();
                return;
            }
            long nodes = outputFile().write(output, w -> corridor.export().graphXml(format, w, edges));
            spec.commandLine().getErr().println("exported " + nodes + " nodes and " + edges[0] + " ties to " + output);
        }
    }

    private void csv() {
        if (output == null) {
            throw new UsageException("export --format csv writes one file per schema; give the folder with --output DIR");
        }
        Path folder = outputFile().folder(output);
        try (Corridor corridor = root.openToRead()) {
            Map<String, Long> counts = corridor.export().csvPerSchema(folder);
            PrintWriter err = spec.commandLine().getErr();
            counts.forEach((schema, n) -> err.println("exported " + n + " " + schema + " to " + output.resolve(schema + ".csv")));
            err.flush();
        }
    }
}
