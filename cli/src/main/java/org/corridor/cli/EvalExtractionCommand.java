package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.app.ExtractionEvalService;
import org.corridor.extract.eval.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Extract from annotated documents and print precision, recall and F1 per entity type, tie type, designations",
            "and operation field (type, date, place, all three). Nothing is stored; the workspace's names are the gazetteer.",
            "The gold format and the matching rules are in docs/extraction.md."})
final class EvalExtractionCommand implements Callable<Integer> {
    @ParentCommand
    EvalCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotations, one JSON object per document.")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "DOCS", description = "Documents or folders; those named in the gold file are scored.")
    List<Path> docs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    OutputFormat format;

    @Option(names = "--errors", description = "Also list every miss and every extra, one line each (to stderr).")
    boolean errors;

    @Override
    public Integer call() {
        ExtractionEvalService.Result result;
        PrintWriter err = spec.commandLine().getErr();
        try (Corridor corridor = parent.root.open()) {
            BatchProgress progress = new BatchProgress(err, "eval", docs.size());
            result = corridor.extractionEval().run(gold, docs, progress::advance);
        }
        List<String> header = List.of("measure", "precision", "recall", "f1", "true_positives", "false_positives", "false_negatives");
        List<List<String>> rows = new ArrayList<>();
        ObjectNode json = EntityJson.JSON.createObjectNode();
        json.put("documents", result.documents().size());
        ArrayNode measures = json.putArray("measures");
        for (Map.Entry<String, Tally> e : result.eval().tallies().entrySet()) {
            Tally t = e.getValue();
            rows.add(List.of(e.getKey(), fmt(t.precision()), fmt(t.recall()), fmt(t.f1()), String.valueOf(t.truePositives()),
                    String.valueOf(t.falsePositives()), String.valueOf(t.falseNegatives())));
            ObjectNode m = measures.addObject();
            m.put("measure", e.getKey());
            m.put("precision", t.precision());
            m.put("recall", t.recall());
            m.put("f1", t.f1());
            m.put("true_positives", t.truePositives());
            m.put("false_positives", t.falsePositives());
            m.put("false_negatives", t.falseNegatives());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.TABLE) {
            out.println(result.documents().size() + " documents scored against " + gold);
        }
        Output.rows(out, format, header, rows, json);
        out.flush();
        if (errors) {
            result.eval().errors().forEach(err::println);
            err.flush();
        }
        return 0;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }
}
