package org.corridor.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.InputException;

/**
 * Gold annotations, one JSON object per line and per document (docs/extraction.md):
 * {@code {"doc": "en-01.txt", "persons": [["Donald Trump", "Trump"]], "organizations": [...],
 * "countries": ["us"], "ties": [{"type": "Employment", "person": "...", "organization": "..."}],
 * "designations": [{"target": "...", "program": "..."}],
 * "operations": [{"type": "strike", "date": "2025-09-02", "place": "Caribbean"}]}}. Each person or
 * organisation is a list of the names it goes by in the document, the first being its name.
 *
 * <p>Optional, for reports written from a real page: {@code "url"} (the page the facts come
 * from), {@code "links"} (the listed parties a document entity should be linked to, each
 * {@code {"name": "...", "listed": "ofac-49756"}}, for a workspace holding the list that gives
 * those ids) and {@code "must_not_link"} (links that would be false: a first name, a namesake, a
 * common word, in the same form), {@code "totals"} (running totals the report gives, each
 * {@code {"date": "2025-10-28", "strikes": 13, "deaths": 57}}) and, in an operation,
 * {@code "deaths"} (the number the report states, or null when it states none).
 */
public record Gold(String doc, String url, List<List<String>> persons, List<List<String>> organizations, List<String> countries,
        List<GoldTie> ties, List<GoldDesignation> designations, List<GoldOperation> operations, List<GoldLink> links,
        @com.fasterxml.jackson.annotation.JsonProperty("must_not_link") List<GoldLink> mustNotLink, List<GoldTotal> totals) {

    public Gold {
        persons = persons == null ? List.of() : persons;
        organizations = organizations == null ? List.of() : organizations;
        countries = countries == null ? List.of() : countries;
        ties = ties == null ? List.of() : ties;
        designations = designations == null ? List.of() : designations;
        operations = operations == null ? List.of() : operations;
        links = links == null ? List.of() : links;
        mustNotLink = mustNotLink == null ? List.of() : mustNotLink;
    }

    /** A document entity, by one of its names, and the listed party's id. */
    public record GoldLink(String name, String listed) {
    }

    public record GoldTie(String type, String person, String organization) {
    }

    public record GoldDesignation(String target, String program) {
    }

    /**
     * @param deaths absent when the gold does not annotate deaths, JSON null when the report states
     *               none for the operation, else the number it states
     */
    public record GoldOperation(String type, String date, String place, com.fasterxml.jackson.databind.JsonNode deaths) {
        public boolean deathsAnnotated() {
            return deaths != null;
        }

        public Integer deathCount() {
            return deaths == null || deaths.isNull() ? null : deaths.asInt();
        }
    }

    /** A running total the report gives for the campaign; null fields are figures it does not give. */
    public record GoldTotal(String date, Integer strikes, Integer deaths) {
    }

    /** Whether the gold scores wire-report figures (deaths, running totals) for this document. */
    public boolean wireFigures() {
        return totals != null || operations.stream().anyMatch(GoldOperation::deathsAnnotated);
    }

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The gold file's documents by file name; errors name the file and line. */
    public static Map<String, Gold> read(Path file) {
        Map<String, Gold> gold = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Gold g;
                try {
                    g = JSON.readValue(line, Gold.class);
                } catch (JsonProcessingException e) {
                    throw new InputException(file + " line " + n + ": not a gold annotation (" + e.getOriginalMessage()
                            + "); see docs/extraction.md for the format");
                }
                if (g.doc() == null || g.doc().isBlank()) {
                    throw new InputException(file + " line " + n + ": the annotation has no \"doc\"; give the document's file name");
                }
                gold.put(g.doc(), g);
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + "); check the path", e);
        }
        if (gold.isEmpty()) {
            throw new InputException(file + ": no annotations in the gold file; add one JSON object per document");
        }
        return gold;
    }
}
