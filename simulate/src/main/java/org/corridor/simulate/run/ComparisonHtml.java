package org.corridor.simulate.run;

import java.util.List;
import java.util.Locale;

/**
 * The comparison as one self-contained HTML page: the outcome table with 95% intervals, the
 * victory probabilities, and a line chart per series (delivered, seizures, violence) with each
 * strategy's monthly mean and its interval as a band. Inline SVG and CSS; no scripts, nothing
 * fetched, so it opens offline and can be archived with the analysis.
 */
public final class ComparisonHtml {
    private static final String[] COLOURS = {"#1b4f72", "#b03a2e", "#1e8449", "#7d3c98", "#b9770e", "#117a65", "#5d6d7e", "#a04000"};
    private static final int W = 720;
    private static final int H = 260;
    private static final int PAD = 48;

    private ComparisonHtml() {
    }

    public static String of(Comparison c) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Corridor simulation: ")
                .append(esc(c.scenario())).append("</title>\n<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}"
                        + "table{border-collapse:collapse}td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:right}"
                        + "th:first-child,td:first-child{text-align:left}.note{color:#555;max-width:60em}</style></head><body>\n");
        h.append("<h1>Strategies compared: ").append(esc(c.scenario())).append("</h1>\n");
        h.append(String.format(Locale.ROOT, "<p class=\"note\">%d seeded runs per strategy, master seed %d (run <i>i</i> uses the same "
                + "draws under every strategy). Outcomes are monthly means from month %d to %d with 95%% intervals of the mean over runs. "
                + "Victory: delivered volume at least %.0f%% below the run's own pre-start level for %d months in a row. "
                + "A model's answer, not a forecast: see docs/simulation.md for its assumptions.</p>%n",
                c.runs(), c.seed(), c.start(), c.horizon() - 1, c.cut() * 100, c.victoryMonths()));
        if (!c.calibration().isEmpty()) {
            h.append("<h2>The baseline beside public figures</h2>\n<table><tr><th>quantity</th><th>model (95% interval)</th>"
                    + "<th>published range</th><th>unit</th><th></th><th>source</th></tr>\n");
            for (Calibration.Check k : c.calibration()) {
                h.append("<tr><td>").append(esc(k.target().quantity())).append("</td><td>").append(ComparisonJson.num(k.model()))
                        .append(" <small>(").append(ComparisonJson.num(k.low())).append("–").append(ComparisonJson.num(k.high()))
                        .append(")</small></td><td>").append(ComparisonJson.num(k.target().low())).append("–")
                        .append(ComparisonJson.num(k.target().high())).append("</td><td>").append(esc(k.target().unit()))
                        .append("</td><td>").append(k.inside() ? "inside" : "<b>outside</b>").append("</td><td style=\"text-align:left\">")
                        .append(esc(k.target().source())).append("</td></tr>\n");
            }
            h.append("</table>\n<p class=\"note\">A figure met by calibrating an input (see docs/simulation.md) is an input, "
                    + "not a finding.</p>\n<h2>Outcomes</h2>\n");
        }
        h.append("<table><tr><th>outcome</th>");
        for (StrategyResult s : c.strategies()) {
            h.append("<th>").append(esc(s.name())).append("</th>");
        }
        h.append("</tr>\n");
        for (String o : RunSummary.OUTCOMES) {
            h.append("<tr><td>").append(esc(o)).append("</td>");
            for (StrategyResult s : c.strategies()) {
                Interval i = s.outcomes().get(o);
                h.append("<td>").append(ComparisonJson.num(i.mean())).append(" <small>(").append(ComparisonJson.num(i.low())).append("–")
                        .append(ComparisonJson.num(i.high())).append(")</small></td>");
            }
            h.append("</tr>\n");
        }
        h.append("<tr><td>victory probability</td>");
        for (StrategyResult s : c.strategies()) {
            h.append("<td>").append(ComparisonJson.num(s.victory())).append("</td>");
        }
        h.append("</tr>\n");
        StrategyResult baseline = ComparisonJson.baseline(c);
        if (baseline != null) {
            h.append("<tr><td>kg kept from market a month (vs baseline)</td>");
            for (StrategyResult s : c.strategies()) {
                CostEffectiveness ce = s == baseline ? null : CostEffectiveness.of(s, baseline);
                h.append("<td>").append(ce == null ? "" : ComparisonJson.num(ce.kgKept().mean()) + " <small>(" + ComparisonJson.num(ce.kgKept().low())
                        + "–" + ComparisonJson.num(ce.kgKept().high()) + ")</small>").append("</td>");
            }
            h.append("</tr>\n<tr><td>cost per kg kept from market ($)</td>");
            for (StrategyResult s : c.strategies()) {
                CostEffectiveness ce = s == baseline ? null : CostEffectiveness.of(s, baseline);
                h.append("<td>").append(ce == null ? "" : ce.costPerKgKept() == null ? "none kept" : ComparisonJson.num(ce.costPerKgKept()))
                        .append("</td>");
            }
            h.append("</tr>\n<tr><td>deaths a month (vs baseline)</td>");
            for (StrategyResult s : c.strategies()) {
                CostEffectiveness ce = s == baseline ? null : CostEffectiveness.of(s, baseline);
                h.append("<td>").append(ce == null ? "" : ComparisonJson.num(ce.deathsChange().mean()) + " <small>("
                        + ComparisonJson.num(ce.deathsChange().low()) + "–" + ComparisonJson.num(ce.deathsChange().high()) + ")</small>")
                        .append("</td>");
            }
            h.append("</tr>\n<tr><td>cost per death averted ($)</td>");
            for (StrategyResult s : c.strategies()) {
                CostEffectiveness ce = s == baseline ? null : CostEffectiveness.of(s, baseline);
                h.append("<td>").append(ce == null ? "" : ce.costPerDeathAverted() != null ? ComparisonJson.num(ce.costPerDeathAverted())
                        : ce.deathsCaused() != null ? "none: causes " + ComparisonJson.num(ce.deathsCaused()) + " a month" : "none averted")
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        victoryCurves(c, h);
        for (String series : List.of("delivered", "seizures", "violence")) {
            h.append("<h2>").append(series).append(" per month</h2>\n").append(chart(c, series));
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    /** Each strategy against the baseline run of the same seed: the share of runs with delivered volume X below it for M months running. */
    private static void victoryCurves(Comparison c, StringBuilder h) {
        StrategyResult baseline = ComparisonJson.baseline(c);
        if (baseline == null) {
            return;
        }
        h.append("<h2>Victory against the baseline</h2>\n<p class=\"note\">Share of runs in which delivered volume stayed at least X "
                + "below the same run under the baseline (same seed) for M months in a row after the start, with its 95% Wilson "
                + "interval over runs.</p>\n<table><tr><th>strategy</th><th>M months</th>");
        for (double cut : VictoryCurve.CUTS) {
            h.append(String.format(Locale.ROOT, "<th>X = %.0f%%</th>", cut * 100));
        }
        h.append("</tr>\n");
        for (StrategyResult s : c.strategies()) {
            if (s == baseline) {
                continue;
            }
            List<VictoryCurve.Point> points = VictoryCurve.of(s, baseline, c.start());
            for (int m : VictoryCurve.MONTHS) {
                h.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(m).append("</td>");
                for (VictoryCurve.Point p : points) {
                    if (p.months() == m) {
                        h.append("<td>").append(ComparisonJson.num(p.probability())).append(" <small>(").append(ComparisonJson.num(p.low()))
                                .append("–").append(ComparisonJson.num(p.high())).append(")</small></td>");
                    }
                }
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static String chart(Comparison c, String series) {
        double max = 0;
        for (StrategyResult s : c.strategies()) {
            for (Interval i : s.series(series)) {
                max = Math.max(max, i.high());
            }
        }
        max = max <= 0 ? 1 : max;
        int months = c.horizon();
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s per month\">%n", W + 160, H,
                series));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", PAD, H - PAD, W, H - PAD));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", PAD, 10, PAD, H - PAD));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", 2, 20, ComparisonJson.num(max)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">month %d</text>", W - 60, H - PAD + 16, months - 1));
        double sx = (double) (W - PAD) / Math.max(1, months - 1);
        double sy = (H - PAD - 10) / max;
        int startX = (int) Math.round(PAD + c.start() * sx);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>",
                startX, startX, H - PAD));
        for (int k = 0; k < c.strategies().size(); k++) {
            StrategyResult s = c.strategies().get(k);
            List<Interval> points = s.series(series);
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder band = new StringBuilder();
            StringBuilder line = new StringBuilder();
            for (int t = 0; t < points.size(); t++) {
                band.append(String.format(Locale.ROOT, "%.1f,%.1f ", PAD + t * sx, H - PAD - points.get(t).high() * sy));
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", PAD + t * sx, H - PAD - points.get(t).mean() * sy));
            }
            for (int t = points.size() - 1; t >= 0; t--) {
                band.append(String.format(Locale.ROOT, "%.1f,%.1f ", PAD + t * sx, H - PAD - Math.max(0, points.get(t).low()) * sy));
            }
            svg.append("<polygon points=\"").append(band.toString().strip()).append("\" fill=\"").append(colour)
                    .append("\" fill-opacity=\"0.15\" stroke=\"none\"/>\n");
            svg.append("<polyline points=\"").append(line.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.5\"/>\n");
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>%n", W + 8, 20 + 16 * k,
                    colour, esc(s.name())));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
