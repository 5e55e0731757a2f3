package org.corridor.simulate.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sweep as JSON and as rows (table or CSV): one per direction, with its shares and condition. */
public final class SweepReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepReport() {
    }

    public static String json(Sweep.Result r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("seed", r.seed());
        root.put("parameter_sets", r.sets());
        root.put("runs_per_set", r.runsPerSet());
        root.put("method", "Latin hypercube over the assumed ranges; a direction holds in a set when the 95% interval of the paired "
                + "difference from the baseline lies on its side");
        ParameterSample.putRanges(root, "ranges");
        ArrayNode list = root.putArray("directions");
        for (Sweep.Share s : r.shares()) {
            ObjectNode o = list.addObject();
            o.put("direction", s.direction().name());
            o.put("source", s.direction().source());
            o.put("strategy", s.direction().strategy());
            o.put("outcome", s.direction().outcome());
            o.put("holds", ComparisonJson.round(s.holdShare()));
            o.put("reverses", ComparisonJson.round(s.reverseShare()));
            o.put("unclear", ComparisonJson.round(1 - s.holdShare() - s.reverseShare()));
            o.put("condition", s.condition());
            if (s.direction().setByInput() == null) {
                o.putNull("set_by_input");
            } else {
                o.put("set_by_input", s.direction().setByInput());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the sweep could not be written as JSON", e);
        }
    }

    public static List<String> header() {
        return List.of("direction", "source", "holds", "reverses", "unclear", "condition", "set_by_input");
    }

    public static List<List<String>> rows(Sweep.Result r) {
        List<List<String>> rows = new ArrayList<>();
        for (Sweep.Share s : r.shares()) {
            rows.add(List.of(s.direction().name(), s.direction().source(), percent(s.holdShare()), percent(s.reverseShare()),
                    percent(1 - s.holdShare() - s.reverseShare()), s.condition(),
                    s.direction().setByInput() == null ? "" : s.direction().setByInput()));
        }
        return rows;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
