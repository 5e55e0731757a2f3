package org.corridor.analyze.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.model.InputException;

/**
 * Reads a network that an analyst brings: an edge file with a header naming {@code source} and
 * {@code target} (and optionally {@code weight}), and optionally a nodes file whose first column
 * (or its {@code id} column) lists every node, so isolates count; its other columns become node
 * attributes (a group column for brokerage, a sanctioned flag for exposure).
 */
public final class EdgeListReader {
    private final boolean directed;
    private final boolean weighted;
    private final boolean allowNegative;

    public EdgeListReader(boolean directed, boolean weighted, boolean allowNegative) {
        this.directed = directed;
        this.weighted = weighted;
        this.allowNegative = allowNegative;
    }

    public Graph read(Path edges, Path nodes) {
        GraphBuilder builder = new GraphBuilder(directed, weighted);
        if (nodes != null) {
            readNodes(nodes, builder);
        }
        Weights weights = new Weights(weighted, allowNegative);
        byte[] bytes = smallEnoughToHold(edges) ? readAll(edges) : null;
        int edgeRows;
        if (bytes != null && UnquotedEdgeFile.applies(bytes)) {
            UnquotedEdgeFile.checkUtf8(edges, bytes);
            edgeRows = UnquotedEdgeFile.read(edges, bytes, nodes, builder, weights);
        } else {
            edgeRows = readQuoted(edges, nodes, builder, weights);
        }
        if (edgeRows == 0) {
            throw new InputException(edges + " has no edges; an analysis needs at least one source,target row");
        }
        long t = System.nanoTime();
        Graph g = builder.build();
        org.corridor.model.Trace.log("graph built", t);
        return g;
    }

    /** Reads through commons-csv whatever the file holds: the reference the fast path is tested against. */
    Graph readWithCommonsCsv(Path edges, Path nodes) {
        GraphBuilder builder = new GraphBuilder(directed, weighted);
        if (nodes != null) {
            readNodes(nodes, builder);
        }
        if (readQuoted(edges, nodes, builder, new Weights(weighted, allowNegative)) == 0) {
            throw new InputException(edges + " has no edges; an analysis needs at least one source,target row");
        }
        return builder.build();
    }

    /** The rows of an edge file through commons-csv: quoted cells, embedded commas and line ends. */
    private int readQuoted(Path edges, Path nodes, GraphBuilder builder, Weights weights) {
        int edgeRows = 0;
        try (CSVParser parser = open(edges)) {
            Map<String, Integer> header = columns(parser, edges);
            Integer source = header.get("source");
            Integer target = header.get("target");
            Integer weight = header.get("weight");
            checkHeader(edges, source != null, target != null, weight != null, weights);
            for (CSVRecord row : records(parser, edges)) {
                long line = parser.getCurrentLineNumber();
                String s = cell(row, source, edges, line, "source");
                String t = cell(row, target, edges, line, "target");
                double w = 1.0;
                if (weighted) {
                    w = weights.parse(cell(row, weight, edges, line, "weight"), edges, line);
                }
                if (nodes != null) {
                    for (String id : new String[] {s, t}) {
                        if (!builder.hasNode(id)) {
                            throw unknownNode(edges, line, id, nodes);
                        }
                    }
                }
                builder.edge(s, t, w);
                edgeRows++;
            }
        } catch (IOException e) {
            throw unreadable(edges, e);
        }
        return edgeRows;
    }

    /** Files up to 1 GiB are read whole for the fast path; larger ones stream through commons-csv. */
    private static boolean smallEnoughToHold(Path file) {
        try {
            return Files.size(file) <= (1L << 30);
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; give the path of a CSV file");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; give the path of a CSV file");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static void checkHeader(Path edges, boolean source, boolean target, boolean weight, Weights weights) {
        if (!source || !target) {
            throw new InputException(edges + " line 1: the header has no '" + (!source ? "source" : "target")
                    + "' column; the first line must name the columns source,target[,weight]");
        }
        if (weights.used() && !weight) {
            throw new InputException(edges + " line 1: --weighted needs a 'weight' column; add one or leave out --weighted");
        }
    }

    static InputException emptyCell(Path file, long line, String name) {
        return new InputException(file + " line " + line + ": the " + name + " column is empty; every row needs a " + name);
    }

    static InputException unknownNode(Path edges, long line, String id, Path nodes) {
        return new InputException(edges + " line " + line + ": node '" + id + "' is not in " + nodes
                + "; add it to the nodes file or leave out --nodes");
    }

    /** How weight cells are read: whether they are used at all, and whether they may be negative. */
    record Weights(boolean used, boolean allowNegative) {
        double parse(String text, Path file, long line) {
            double w;
            try {
                w = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new InputException(file + " line " + line + ": weight '" + text + "' is not a number; write it like 2 or 0.5");
            }
            if (!Double.isFinite(w)) {
                throw new InputException(file + " line " + line + ": weight '" + text + "' is not a finite number");
            }
            if (w < 0 && !allowNegative) {
                throw new InputException(file + " line " + line + ": weight " + text
                        + " is negative; shortest paths, betweenness and closeness need weights of 0 or more");
            }
            return w;
        }
    }

    private void readNodes(Path nodes, GraphBuilder builder) {
        try (CSVParser parser = open(nodes)) {
            Map<String, Integer> header = columns(parser, nodes);
            int idColumn = header.getOrDefault("id", 0);
            List<String> names = parser.getHeaderNames();
            Map<String, List<String>> attrs = new HashMap<>();
            for (int c = 0; c < names.size(); c++) {
                if (c != idColumn) {
                    attrs.put(names.get(c), new ArrayList<>());
                }
            }
            for (CSVRecord row : records(parser, nodes)) {
                long line = parser.getCurrentLineNumber();
                String id = cell(row, idColumn, nodes, line, names.get(idColumn));
                if (builder.hasNode(id)) {
                    throw new InputException(nodes + " line " + line + ": node '" + id + "' is listed twice; keep one row per node");
                }
                builder.node(id);
                for (int c = 0; c < names.size(); c++) {
                    if (c != idColumn) {
                        attrs.get(names.get(c)).add(c < row.size() ? row.get(c).strip() : "");
                    }
                }
            }
            attrs.forEach((name, values) -> builder.attribute(name, values.toArray(String[]::new)));
        } catch (IOException e) {
            throw unreadable(nodes, e);
        }
    }

    private static InputException unreadable(Path file, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new InputException(file + " is not UTF-8 text; save it as UTF-8 CSV", e);
        }
        return new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }

    private static CSVParser open(Path file) throws IOException {
        try {
            Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return CSVParser.builder().setReader(reader)
                    .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get())
                    .get();
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; give the path of a CSV file");
        } catch (UncheckedIOException e) {
            throw new InputException(file + ": cannot be read as CSV (" + e.getCause().getMessage() + "); it must be UTF-8 CSV with a header line", e);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + " line 1: the header cannot be read (" + e.getMessage() + "); name each column once");
        }
    }

    private static Map<String, Integer> columns(CSVParser parser, Path file) {
        List<String> names = parser.getHeaderNames();
        if (names.isEmpty()) {
            throw new InputException(file + " is empty; it needs a header line and at least one row");
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
        }
        return byName;
    }

    /** The parser's records, with decoding and quoting failures turned into one sentence. */
    private static Iterable<CSVRecord> records(CSVParser parser, Path file) {
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<CSVRecord> inner = parser.iterator();

            @Override
            public boolean hasNext() {
                try {
                    return inner.hasNext();
                } catch (UncheckedIOException e) {
                    throw failure(e);
                }
            }

            @Override
            public CSVRecord next() {
                try {
                    return inner.next();
                } catch (UncheckedIOException e) {
                    throw failure(e);
                }
            }

            private InputException failure(UncheckedIOException e) {
                String why = e.getCause() instanceof CharacterCodingException ? "bytes that are not UTF-8" : e.getCause().getMessage();
                return new InputException(file + " line " + parser.getCurrentLineNumber() + ": cannot be read (" + why
                        + "); save it as UTF-8 CSV with balanced quotes", e);
            }
        };
    }

    private static String cell(CSVRecord row, int column, Path file, long line, String name) {
        String value = column < row.size() ? row.get(column).strip() : "";
        if (value.isEmpty()) {
            throw emptyCell(file, line, name);
        }
        return value;
    }
}
