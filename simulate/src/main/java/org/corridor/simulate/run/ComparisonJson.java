package org.corridor.simulate.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison as JSON ({@code {"seed":S,"runs":N,"strategies":[{"name":..., "outcomes":{...},
 * "victory":{...}, "difference_from_baseline":{...}, "series":{...}, "victory_against_baseline":[...]}]}})
 * and as CSV rows (one per strategy and outcome, then its paired differences from the baseline
 * and its victory curve points). Differences and curves pair run i with the baseline's run i. Everything is written in a
 * fixed order with numbers rounded to 6 significant digits, so one seed gives byte-identical output.
 */
public final class ComparisonJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ComparisonJson() {
    }

    public static ObjectNode of(Comparison c) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", c.scenario());
        root.put("seed", c.seed());
        root.put("runs", c.runs());
        root.put("start", c.start());
        root.put("horizon", c.horizon());
        ObjectNode parameters = root.putObject("parameters");
        parameters.put("sampled", c.sampledParameters());
        if (c.sampledParameters()) {
            parameters.put("method", "Latin hypercube, one set per run, the same set for run i of every strategy");
            ParameterSample.putRanges(parameters, "ranges");
        }
        ArrayNode calibration = root.putArray("calibration");
        for (Calibration.Check k : c.calibration()) {
            ObjectNode o = calibration.addObject();
            o.put("quantity", k.target().quantity());
            o.put("unit", k.target().unit());
            o.put("model", round(k.model()));
            o.put("model_low", round(k.low()));
            o.put("model_high", round(k.high()));
            o.put("published_low", k.target().low());
            o.put("published_high", k.target().high());
            o.put("inside", k.inside());
            o.put("source", k.target().source());
        }
        ArrayNode list = root.putArray("strategies");
        StrategyResult baseline = baseline(c);
        for (StrategyResult s : c.strategies()) {
            ObjectNode o = list.addObject();
            o.put("name", s.name());
            ObjectNode outcomes = o.putObject("outcomes");
            for (Map.Entry<String, Interval> e : s.outcomes().entrySet()) {
                ObjectNode i = outcomes.putObject(e.getKey());
                i.put("mean", round(e.getValue().mean()));
                i.put("low", round(e.getValue().low()));
                i.put("high", round(e.getValue().high()));
            }
            ObjectNode v = o.putObject("victory");
            v.put("cut", c.cut());
            v.put("months", c.victoryMonths());
            v.put("probability", round(s.victory()));
            if (baseline != null && baseline != s) {
                ObjectNode differences = o.putObject("difference_from_baseline");
                for (String outcome : RunSummary.OUTCOMES) {
                    Interval d = s.difference(baseline, outcome);
                    ObjectNode i = differences.putObject(outcome);
                    i.put("mean", round(d.mean()));
                    i.put("low", round(d.low()));
                    i.put("high", round(d.high()));
                }
            }
            // where the flow went, region by region, and how that moved against the baseline (displacement)
            ObjectNode regions = o.putObject("flow_share_by_region");
            for (String key : regionKeys(s)) {
                ObjectNode r = regions.putObject(key.substring(RunSummary.REGION_SHARE.length()));
                interval(r.putObject("share"), Interval.of(s.values(key)));
                if (baseline != null && baseline != s) {
                    interval(r.putObject("difference_from_baseline"), s.difference(baseline, key));
                }
            }
            if (baseline != null && baseline != s) {
                CostEffectiveness ce = CostEffectiveness.of(s, baseline);
                ObjectNode e = o.putObject("cost_effectiveness");
                interval(e.putObject("extra_cost_per_month"), ce.extraCost());
                interval(e.putObject("kg_kept_from_market_per_month"), ce.kgKept());
                if (ce.costPerKgKept() == null) {
                    e.putNull("cost_per_kg_kept");
                } else {
                    e.put("cost_per_kg_kept", round(ce.costPerKgKept()));
                }
                interval(e.putObject("deaths_change_per_month"), ce.deathsChange());
                if (ce.costPerDeathAverted() == null) {
                    e.putNull("cost_per_death_averted");
                } else {
                    e.put("cost_per_death_averted", round(ce.costPerDeathAverted()));
                }
                if (ce.deathsCaused() == null) {
                    e.putNull("deaths_caused_per_month");
                } else {
                    e.put("deaths_caused_per_month", round(ce.deathsCaused()));
                }
            }
            ObjectNode series = o.putObject("series");
            for (String which : List.of("delivered", "seizures", "violence")) {
                ObjectNode one = series.putObject(which);
                ArrayNode mean = one.putArray("mean");
                ArrayNode low = one.putArray("low");
                ArrayNode high = one.putArray("high");
                for (Interval i : s.series(which)) {
                    mean.add(round(i.mean()));
                    low.add(round(i.low()));
                    high.add(round(i.high()));
                }
            }
            if (baseline != null && baseline != s) {
                ArrayNode curve = o.putArray("victory_against_baseline");
                for (VictoryCurve.Point p : VictoryCurve.of(s, baseline, c.start())) {
                    ObjectNode point = curve.addObject();
                    point.put("cut", p.cut());
                    point.put("months", p.months());
                    point.put("probability", round(p.probability()));
                    point.put("low", round(p.low()));
                    point.put("high", round(p.high()));
                }
            }
        }
        return root;
    }

    private static void interval(ObjectNode node, Interval i) {
        node.put("mean", round(i.mean()));
        node.put("low", round(i.low()));
        node.put("high", round(i.high()));
    }

    /** The comparison's baseline arm, against which victory curves are paired run by run, or null when it was not run. */
    static StrategyResult baseline(Comparison c) {
        return c.strategies().stream().filter(s -> s.name().equals("baseline")).findFirst().orElse(null);
    }

    public static String text(Comparison c) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(of(c)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the comparison could not be written as JSON", e);
        }
    }

    public static List<String> csvHeader() {
        return List.of("strategy", "outcome", "mean", "low", "high");
    }

    public static List<List<String>> csvRows(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        StrategyResult baseline = baseline(c);
        for (Calibration.Check k : c.calibration()) {
            String q = "calibration:" + k.target().quantity();
            rows.add(List.of("baseline", q, num(k.model()), num(k.low()), num(k.high())));
            double mid = (k.target().low() + k.target().high()) / 2;
            rows.add(List.of("published", q, num(mid), num(k.target().low()), num(k.target().high())));
        }
        for (StrategyResult s : c.strategies()) {
            s.outcomes().forEach((k, i) -> rows.add(List.of(s.name(), k, num(i.mean()), num(i.low()), num(i.high()))));
            double p = s.victory();
            rows.add(List.of(s.name(), "victory_probability", num(p), num(p), num(p)));
            for (String which : List.of("delivered", "seizures", "violence")) {
                List<Interval> series = s.series(which);
                for (int month = 0; month < series.size(); month++) {
                    Interval i = series.get(month);
                    rows.add(List.of(s.name(), String.format(Locale.ROOT, "series:%s:month%03d", which, month), num(i.mean()), num(i.low()),
                            num(i.high())));
                }
            }
            for (String key : regionKeys(s)) {
                Interval share = Interval.of(s.values(key));
                rows.add(List.of(s.name(), key, num(share.mean()), num(share.low()), num(share.high())));
                if (baseline != null && baseline != s) {
                    Interval d = s.difference(baseline, key);
                    rows.add(List.of(s.name(), key + "_minus_baseline", num(d.mean()), num(d.low()), num(d.high())));
                }
            }
            if (baseline != null && baseline != s) {
                for (String outcome : RunSummary.OUTCOMES) {
                    Interval d = s.difference(baseline, outcome);
                    rows.add(List.of(s.name(), outcome + "_minus_baseline", num(d.mean()), num(d.low()), num(d.high())));
                }
                CostEffectiveness ce = CostEffectiveness.of(s, baseline);
                rows.add(List.of(s.name(), "kg_kept_from_market", num(ce.kgKept().mean()), num(ce.kgKept().low()), num(ce.kgKept().high())));
                String perKg = ce.costPerKgKept() == null ? "" : num(ce.costPerKgKept());
                rows.add(List.of(s.name(), "cost_per_kg_kept", perKg, perKg, perKg));
                rows.add(List.of(s.name(), "deaths_change", num(ce.deathsChange().mean()), num(ce.deathsChange().low()),
                        num(ce.deathsChange().high())));
                String perDeath = ce.costPerDeathAverted() == null ? "" : num(ce.costPerDeathAverted());
                rows.add(List.of(s.name(), "cost_per_death_averted", perDeath, perDeath, perDeath));
                for (VictoryCurve.Point v : VictoryCurve.of(s, baseline, c.start())) {
                    rows.add(List.of(s.name(), String.format(Locale.ROOT, "victory_vs_baseline_cut%.0f_months%d", v.cut() * 100, v.months()),
                            num(v.probability()), num(v.low()), num(v.high())));
                }
            }
        }
        return rows;
    }

    /** The region-share outcomes a strategy's runs carry, in region order. */
    private static List<String> regionKeys(StrategyResult s) {
        if (s.runs().isEmpty()) {
            return List.of();
        }
        return s.runs().get(0).outcomes().keySet().stream().filter(k -> k.startsWith(RunSummary.REGION_SHARE)).sorted().toList();
    }

    /** Six significant digits: enough for any reading, and free of last-bit noise. */
    static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v == 0 ? 0 : v;
        }
        return Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
    }

    public static String num(double v) {
        double r = round(v);
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : Double.toString(r);
    }
}
