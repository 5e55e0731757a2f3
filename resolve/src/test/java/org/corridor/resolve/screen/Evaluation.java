package org.corridor.resolve.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.resolve.names.NameAnalyzer;
import org.corridor.resolve.score.Qualifiers;
import org.corridor.resolve.score.ScoreOptions;

/**
 * The screening case table run against OFAC's 2025 names file: recall (the expected party among
 * the hits) and precision (the top hit is the expected party, or a party scoring the same) at the
 * default threshold, per kind of variant, with the failures listed.
 */
final class Evaluation {
    record Case(String query, String expected, String kind) {
    }

    record Outcome(Case c, List<Hit> hits, boolean found, boolean topCorrect) {
    }

    private Evaluation() {
    }

    static NameIndex loadNamesFile(Path jsonl) {
        NameAnalyzer analyzer = new NameAnalyzer();
        ObjectMapper json = new ObjectMapper();
        List<Listed> listed = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode e = json.readTree(line);
                List<String> names = new ArrayList<>();
                String caption = null;
                for (JsonNode n : e.get("names")) {
                    names.add(n.get("full_name").asText());
                    if (n.get("is_primary").asBoolean()) {
                        caption = n.get("full_name").asText();
                    }
                }
                listed.add(new Listed("ofac-" + e.get("entity_id").asText(), "LegalEntity", caption == null ? names.get(0) : caption,
                        names.stream().map(analyzer::analyze).toList(), Qualifiers.NONE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return NameIndex.of(listed);
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Evaluation.class.getResourceAsStream("/screening/cases.csv"), StandardCharsets.UTF_8))) {
            org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                    .setSkipHeaderRecord(true).get().parse(in);
            parser.forEach(r -> out.add(new Case(r.get("query"), r.get("expected"), r.get("kind"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Outcome> run(NameIndex index, List<Case> cases, ScoreOptions options) {
        Screener screener = new Screener(index, new NameAnalyzer(), options);
        List<Outcome> out = new ArrayList<>();
        for (Case c : cases) {
            List<Hit> hits = screener.screen(c.query(), Qualifiers.NONE, 0);
            boolean found = !c.expected().isEmpty() && hits.stream().anyMatch(h -> h.entity().id().equals(c.expected()));
            boolean top = !hits.isEmpty() && !c.expected().isEmpty() && hits.stream()
                    .filter(h -> h.score().value() == hits.get(0).score().value())
                    .anyMatch(h -> h.entity().id().equals(c.expected()));
            out.add(new Outcome(c, hits, found, top));
        }
        return out;
    }

    static double recall(List<Outcome> outcomes) {
        List<Outcome> positives = outcomes.stream().filter(o -> !o.c().expected().isEmpty()).toList();
        return (double) positives.stream().filter(Outcome::found).count() / positives.size();
    }

    static double precision(List<Outcome> outcomes) {
        List<Outcome> answered = outcomes.stream().filter(o -> !o.hits().isEmpty()).toList();
        return answered.isEmpty() ? 1 : (double) answered.stream().filter(Outcome::topCorrect).count() / answered.size();
    }

    static Map<String, double[]> byKind(List<Outcome> outcomes) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            double[] a = out.computeIfAbsent(o.c().kind(), k -> new double[2]);
            a[0]++;
            boolean ok = o.c().expected().isEmpty() ? o.hits().isEmpty() : o.found();
            a[1] += ok ? 1 : 0;
        }
        return out;
    }
}
