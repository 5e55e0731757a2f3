package org.corridor.simulate.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tornado as JSON and as rows (table or CSV): one row per strategy, outcome, level or difference, and parameter. */
public final class SensitivityReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SensitivityReport() {
    }

    public static List<String> header() {
        return List.of("strategy", "outcome", "of", "parameter", "rho", "significant");
    }

    /** Every driver, or only the {@code top} largest of each strategy, outcome and level-or-difference (0 for all). */
    public static List<List<String>> rows(List<Sensitivity.Driver> drivers, int top) {
        Map<String, Integer> taken = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (Sensitivity.Driver d : drivers) {
            String key = d.strategy() + "|" + d.outcome() + "|" + d.difference();
            int n = taken.merge(key, 1, Integer::sum);
            if (top > 0 && n > top) {
                continue;
            }
            rows.add(List.of(d.strategy(), d.outcome(), d.difference() ? "difference from baseline" : "level", d.parameter(),
                    String.format(Locale.ROOT, "%+.2f", d.rho()), d.significant() ? "yes" : "no"));
        }
        return rows;
    }

    public static String json(Comparison c, List<Sensitivity.Driver> drivers) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", c.scenario());
        root.put("seed", c.seed());
        root.put("runs", c.runs());
        root.put("method", "Spearman rank correlation over runs between each sampled parameter (Latin hypercube, one set per run) and "
                + "the run's outcome, or its paired difference from the baseline run; significant when |rho| > 1.96 / sqrt(runs - 1)");
        ParameterSample.putRanges(root, "ranges");
        ArrayNode list = root.putArray("drivers");
        for (Sensitivity.Driver d : drivers) {
            ObjectNode o = list.addObject();
            o.put("strategy", d.strategy());
            o.put("outcome", d.outcome());
            o.put("of", d.difference() ? "difference" : "level");
            o.put("parameter", d.parameter());
            o.put("rho", ComparisonJson.round(d.rho()));
            o.put("significant", d.significant());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
