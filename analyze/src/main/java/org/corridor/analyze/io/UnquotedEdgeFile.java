package org.corridor.analyze.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.model.InputException;

/**
 * The common case of an edge file read straight from its bytes: UTF-8 with no quote character
 * anywhere, so every comma separates cells and every line ending ends a row. Node ids are looked
 * up as byte ranges in an open-addressing table and become Strings only once each, so a
 * 500,000-edge file costs one pass instead of a parser record, two Strings and two map lookups
 * per row. Files with quotes go through commons-csv in {@link EdgeListReader}; both give the same
 * graph, rows, errors and line numbers (EdgeListReaderTest runs every case through both).
 */
final class UnquotedEdgeFile {
    private final Path file;
    private final byte[] bytes;
    private final int end;
    private int pos;
    private long line;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int cells;

    // node table: byte range -> builder index
    private int[] slotIndex;
    private int[] slotStart;
    private int[] slotLength;
    private int[] slotHash;
    private int used;

    private UnquotedEdgeFile(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
        this.end = bytes.length;
        int capacity = Integer.highestOneBit(Math.max(16, bytes.length / 8)) << 1;
        slotIndex = new int[capacity];
        Arrays.fill(slotIndex, -1);
        slotStart = new int[capacity];
        slotLength = new int[capacity];
        slotHash = new int[capacity];
    }

    /** Whether the fast path applies: no quote character anywhere in the file. */
    static boolean applies(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '"') {
                return false;
            }
        }
        return true;
    }

    /** Refuses bytes that are not UTF-8, as the strict decoder of the commons-csv path does. */
    static void checkUtf8(Path file, byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
                } catch (CharacterCodingException e) {
                    throw new InputException(file + " is not UTF-8 text; save it as UTF-8 CSV", e);
                }
                return;
            }
        }
    }

    /**
     * Reads the rows into the builder. {@code closedNodes} names the nodes file when one fixed the
     * node set (null otherwise). Returns the number of edge rows.
     */
    static int read(Path file, byte[] bytes, Path closedNodes, GraphBuilder builder, EdgeListReader.Weights weights) {
        return new UnquotedEdgeFile(file, bytes).rows(closedNodes, builder, weights);
    }

    private int rows(Path closedNodes, GraphBuilder builder, EdgeListReader.Weights weights) {
        if (!nextRow()) {
            throw new InputException(file + " is empty; it needs a header line and at least one row");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int c = 0; c < cells; c++) {
            String name = string(c).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
            header.putIfAbsent(name, c);
        }
        int source = header.getOrDefault("source", -1);
        int target = header.getOrDefault("target", -1);
        int weight = header.getOrDefault("weight", -1);
        EdgeListReader.checkHeader(file, source >= 0, target >= 0, weight >= 0, weights);
        int rows = 0;
        while (nextRow()) {
            int u = node(source, "source", closedNodes, builder);
            int v = node(target, "target", closedNodes, builder);
            double w = 1.0;
            if (weights.used()) {
                w = weights.parse(required(weight, "weight"), file, line);
            }
            builder.edge(u, v, w);
            rows++;
        }
        return rows;
    }

    /** Splits the next non-empty line into cells (trimmed of ASCII control characters and spaces, as commons-csv trims); false at the end. */
    private boolean nextRow() {
        while (pos < end) {
            line++;
            int lineStart = pos;
            int lineEnd = lineStart;
            while (lineEnd < end && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
                lineEnd++;
            }
            pos = lineEnd;
            if (pos < end && bytes[pos] == '\r') {
                pos++;
            }
            if (pos < end && bytes[pos] == '\n') {
                pos++;
            }
            if (lineEnd == lineStart) {
                continue; // an empty line is skipped, as commons-csv's ignoreEmptyLines does
            }
            cells = 0;
            int cellStart = lineStart;
            for (int i = lineStart; i <= lineEnd; i++) {
                if (i == lineEnd || bytes[i] == ',') {
                    addCell(cellStart, i);
                    cellStart = i + 1;
                }
            }
            return true;
        }
        return false;
    }

    private void addCell(int from, int to) {
        while (from < to && bytes[from] >= 0 && bytes[from] <= ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] >= 0 && bytes[to - 1] <= ' ') {
            to--;
        }
        if (cells == starts.length) {
            starts = Arrays.copyOf(starts, cells * 2);
            ends = Arrays.copyOf(ends, cells * 2);
        }
        starts[cells] = from;
        ends[cells] = to;
        cells++;
    }

    private String string(int cell) {
        return new String(bytes, starts[cell], ends[cell] - starts[cell], StandardCharsets.UTF_8);
    }

    private String required(int column, String name) {
        String value = column < cells ? string(column).strip() : "";
        if (value.isEmpty()) {
            throw EdgeListReader.emptyCell(file, line, name);
        }
        return value;
    }

    private int node(int column, String name, Path closedNodes, GraphBuilder builder) {
        if (column >= cells || starts[column] == ends[column]) {
            throw EdgeListReader.emptyCell(file, line, name);
        }
        int from = starts[column];
        int length = ends[column] - from;
        if (bytes[from] < 0 || bytes[from + length - 1] < 0) {
            // a cell that begins or ends outside ASCII may end in Unicode white space that strip() removes
            return builder.node(checked(required(column, name), closedNodes, builder));
        }
        int hash = 1;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        int mask = slotIndex.length - 1;
        int slot = mix(hash) & mask;
        while (slotIndex[slot] >= 0) {
            if (slotHash[slot] == hash && slotLength[slot] == length
                    && Arrays.equals(bytes, slotStart[slot], slotStart[slot] + length, bytes, from, from + length)) {
                return slotIndex[slot];
            }
            slot = (slot + 1) & mask;
        }
        int index = builder.node(checked(string(column), closedNodes, builder));
        slotIndex[slot] = index;
        slotStart[slot] = from;
        slotLength[slot] = length;
        slotHash[slot] = hash;
        if (++used * 2 > slotIndex.length) {
            grow();
        }
        return index;
    }

    private String checked(String id, Path closedNodes, GraphBuilder builder) {
        if (closedNodes != null && !builder.hasNode(id)) {
            throw EdgeListReader.unknownNode(file, line, id, closedNodes);
        }
        return id;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }

    private void grow() {
        int[] oldIndex = slotIndex;
        int[] oldStart = slotStart;
        int[] oldLength = slotLength;
        int[] oldHash = slotHash;
        int capacity = oldIndex.length * 2;
        slotIndex = new int[capacity];
        Arrays.fill(slotIndex, -1);
        slotStart = new int[capacity];
        slotLength = new int[capacity];
        slotHash = new int[capacity];
        int mask = capacity - 1;
        for (int s = 0; s < oldIndex.length; s++) {
            if (oldIndex[s] >= 0) {
                int slot = mix(oldHash[s]) & mask;
                while (slotIndex[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slotIndex[slot] = oldIndex[s];
                slotStart[slot] = oldStart[s];
                slotLength[slot] = oldLength[s];
                slotHash[slot] = oldHash[s];
            }
        }
    }
}
