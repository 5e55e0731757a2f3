package org.corridor.analyze.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corridor.analyze.graph.Graph;

/**
 * The byte-level reader of unquoted edge files gives what commons-csv gives: the same nodes in the
 * same order, the same edges and weights, and the same error with the same line number.
 */
class UnquotedEdgeFileTest {
    private static final List<String> IDS = List.of("a", "b", "n10", "José", "Zoë", "ab", "ba", " c ", "\td", "x y",
            "e\u2003", "\u00a0f", "", "G", "g");
    private static final List<String> WEIGHTS = List.of("1", "2.5", "0", "-1", "lots", "", "1e3", "NaN");

    @Provide
    Arbitrary<String> edgeFiles() {
        Arbitrary<String> id = Arbitraries.of(IDS);
        Arbitrary<String> weight = Arbitraries.of(WEIGHTS);
        Arbitrary<String> row = Combinators.combine(id, id, weight, Arbitraries.integers().between(0, 9))
                .as((s, t, w, shape) -> switch (shape) {
                    case 0 -> "";                   // an empty line
                    case 1 -> s;                    // a short row
                    case 2 -> s + "," + t + "," + w + ",extra";
                    default -> s + "," + t + "," + w;
                });
        Arbitrary<String> header = Arbitraries.of("source,target,weight", "Source, Target ,weight", "\uFEFFsource,target,weight",
                "target,source,weight", "source,to,weight", "source,target", "weight,target,source");
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(header, row.list().ofMaxSize(12), newline, Arbitraries.of(true, false))
                .as((h, rows, nl, trailing) -> h + nl + String.join(nl, rows) + (trailing ? nl : ""));
    }

    @Property(tries = 400)
    void theFastPathReadsWhatCommonsCsvReads(@ForAll("edgeFiles") String text, @ForAll boolean weighted,
            @ForAll boolean directed) throws IOException {
        Path file = Files.createTempFile("edges", ".csv");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            EdgeListReader reader = new EdgeListReader(directed, weighted, false);
            Object fast = outcome(() -> reader.read(file, null));
            Object reference = outcome(() -> reader.readWithCommonsCsv(file, null));
            assertThat(fast).isEqualTo(reference);
        } finally {
            Files.delete(file);
        }
    }

    private static Object outcome(java.util.function.Supplier<Graph> read) {
        Throwable failure = catchThrowable(read::get);
        if (failure != null) {
            return failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        return describe(read.get());
    }

    private static List<String> describe(Graph g) {
        List<String> out = new ArrayList<>();
        for (int v = 0; v < g.nodeCount(); v++) {
            out.add("node " + v + " " + g.id(v));
        }
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int v = 0; v < g.nodeCount(); v++) {
                if (g.hasEdge(u, v)) {
                    out.add("edge " + u + " " + v + " " + g.weight(u, v));
                }
            }
        }
        out.add("self-loops " + g.droppedSelfLoops());
        return out;
    }
}
