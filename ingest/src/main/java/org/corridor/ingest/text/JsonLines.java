package org.corridor.ingest.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.corridor.model.InputException;

/** Parses one line of a JSON-lines file as an object, with limits that keep a hostile line from exhausting memory. */
public final class JsonLines {
    private static final int MAX_STRING = 16 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(MAX_STRING).build());
    }

    private JsonLines() {
    }

    public static JsonNode object(String line, String file, long lineNumber) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new InputException(file + " line " + lineNumber + ": expected one JSON object per line; fix or remove the line");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InputException(file + " line " + lineNumber + ": malformed or truncated JSON (" + e.getOriginalMessage()
                    + "); fix or remove the line and ingest again", e);
        }
    }
}
