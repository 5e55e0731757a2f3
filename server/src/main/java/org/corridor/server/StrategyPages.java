package org.corridor.server;

import static org.corridor.server.WebPages.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * The strategies pages: choose a bundled scenario, its strategies, runs and seed; follow the run
 * (the page reloads itself while it runs, no script); then each outcome's monthly mean with its 95%
 * band per strategy drawn as SVG, the outcome table with intervals, the probability of victory and
 * the downloads the API gives (JSON as {@code corridor simulate --format json}, CSV as
 * {@code --format csv}).
 */
final class StrategyPages {
    static final List<String> SCENARIOS = List.of("test", "andes", "road-grid");
    private static final List<String> PLOTTED = List.of("delivered", "seizures", "violence");
    private static final List<String> TABLED = List.of("delivered", "seizures", "price", "deaths", "organisations", "cost");

    private StrategyPages() {
    }

    static String choose(String scenario, List<String> strategies, List<JsonNode> runs) {
        StringBuilder h = WebPages.head("Strategies", "");
        h.append("<h1>Compare strategies</h1>\n<form class=\"scenario\" action=\"/strategies\" method=\"get\"><label>scenario <select name=\"scenario\">");
        for (String s : SCENARIOS) {
            h.append("<option value=\"").append(s).append('"').append(s.equals(scenario) ? " selected" : "").append('>').append(s).append("</option>");
        }
        h.append("</select></label> <button type=\"submit\">Choose</button></form>\n");
        h.append("<form class=\"run\" action=\"/strategies\" method=\"post\"><input type=\"hidden\" name=\"scenario\" value=\"").append(esc(scenario))
                .append("\"><fieldset><legend>strategies of ").append(esc(scenario)).append("</legend>");
        for (String s : strategies) {
            h.append("<label class=\"strategy\"><input type=\"checkbox\" name=\"strategies\" value=\"").append(esc(s)).append('"')
                    .append(s.equals("baseline") ? " checked" : "").append("> ").append(esc(s)).append("</label> ");
        }
        h.append("</fieldset><label>runs <input name=\"runs\" value=\"100\" size=\"6\"></label> <label>seed <input name=\"seed\" value=\"1\" size=\"8\"></label> "
                + "<button type=\"submit\">Run</button></form>\n<p class=\"muted small\">Each strategy is run the given number of times with the "
                + "same seeds as its baseline; a strategy's effect is its paired difference from the baseline. docs/simulation.md says what the "
                + "model assumes.</p>\n");
        if (!runs.isEmpty()) {
            h.append("<h2>Latest runs</h2>\n<table><tr><th>run</th><th>status</th><th>progress</th></tr>\n");
            for (JsonNode r : runs) {
                h.append("<tr><td><a href=\"/strategies/").append(esc(r.get("id").asText())).append("\">").append(esc(r.get("id").asText()))
                        .append("</a></td><td>").append(esc(r.get("status").asText())).append("</td><td>").append(r.get("done").asLong()).append(" of ")
                        .append(r.get("total").asLong()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    static String run(JsonNode status) {
        boolean running = status.get("status").asText().equals("running");
        String id = status.get("id").asText();
        StringBuilder h = WebPages.head("Strategies run " + id, running ? "<meta http-equiv=\"refresh\" content=\"1\">" : "");
        h.append("<h1>Strategies run ").append(esc(id)).append(" <span class=\"schema\" id=\"status\">").append(esc(status.get("status").asText()))
                .append("</span></h1>\n");
        long total = Math.max(1, status.get("total").asLong());
        long done = status.get("done").asLong();
        h.append("<p><progress id=\"progress\" max=\"").append(total).append("\" value=\"").append(done).append("\"></progress> ").append(done)
                .append(" of ").append(total).append(" runs</p>\n");
        if (status.hasNonNull("detail")) {
            h.append("<p class=\"error\">").append(esc(status.get("detail").asText())).append("</p>\n");
        }
        JsonNode result = status.get("result");
        if (result != null) {
            h.append("<p>").append(esc(result.path("scenario").asText())).append(": ").append(result.path("runs").asText()).append(" runs a strategy, seed ")
                    .append(result.path("seed").asText()).append(", months ").append(result.path("start").asText()).append(" to ")
                    .append(result.path("horizon").asText()).append(". Download: <a id=\"json\" href=\"/api/v1/simulations/").append(esc(id))
                    .append("\">JSON</a> · <a id=\"csv\" href=\"/api/v1/simulations/").append(esc(id)).append("/csv\">CSV</a></p>\n");
            legend(h, result.path("strategies"));
            for (String outcome : PLOTTED) {
                plot(h, outcome, result);
            }
            table(h, result.path("strategies"));
        }
        h.append("<p><a href=\"/strategies\">Run another comparison</a></p>\n");
        return h.append("</body></html>\n").toString();
    }

    private static void legend(StringBuilder h, JsonNode strategies) {
        h.append("<p class=\"legend\">");
        int i = 0;
        for (JsonNode s : strategies) {
            h.append("<span class=\"key s").append(i++ % 8).append("\">■</span> ").append(esc(s.path("name").asText())).append(" &nbsp; ");
        }
        h.append("</p>\n");
    }

    /** One outcome's monthly mean per strategy as a line, with its 95% interval as a band. */
    private static void plot(StringBuilder h, String outcome, JsonNode result) {
        JsonNode strategies = result.path("strategies");
        double max = 0;
        int months = 0;
        for (JsonNode s : strategies) {
            JsonNode series = s.path("series").path(outcome);
            for (JsonNode v : series.path("high")) {
                max = Math.max(max, v.asDouble());
            }
            months = Math.max(months, series.path("mean").size());
        }
        if (months == 0) {
            return;
        }
        max = max <= 0 ? 1 : max;
        int width = 900;
        int height = 220;
        int left = 60;
        int top = 10;
        int bottom = 30;
        double plotH = height - top - bottom;
        double step = (width - left - 10) / (double) Math.max(1, months - 1);
        h.append("<h2>").append(esc(outcome)).append(" a month</h2>\n<svg class=\"plot\" id=\"plot-").append(esc(outcome)).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(esc(outcome))
                .append(" a month by strategy, mean and 95% interval\">\n");
        h.append("<text class=\"axis\" x=\"4\" y=\"").append(top + 10).append("\">").append(fmt(max)).append("</text><text class=\"axis\" x=\"4\" y=\"")
                .append(top + plotH).append("\">0</text>");
        int startMonth = result.path("start").asInt(0);
        int horizon = result.path("horizon").asInt(months);
        int first = horizon - months;
        for (int m = 0; m < months; m += Math.max(1, months / 8)) {
            h.append("<text class=\"axis\" x=\"").append(fmt(left + m * step)).append("\" y=\"").append(height - 8).append("\">month ")
                    .append(first + m).append("</text>");
        }
        if (startMonth >= first && startMonth < horizon) {
            double x = left + (startMonth - first) * step;
            h.append("<line class=\"start\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(top).append("\" y2=\"")
                    .append(fmt(top + plotH)).append("\"><title>strategies act from month ").append(startMonth).append("</title></line>");
        }
        int i = 0;
        for (JsonNode s : strategies) {
            JsonNode series = s.path("series").path(outcome);
            StringBuilder band = new StringBuilder();
            StringBuilder lows = new StringBuilder();
            StringBuilder mean = new StringBuilder();
            for (int m = 0; m < series.path("mean").size(); m++) {
                double x = left + m * step;
                band.append(m == 0 ? 'M' : 'L').append(fmt(x)).append(',').append(fmt(top + plotH - plotH * series.path("high").get(m).asDouble() / max));
                lows.insert(0, "L" + fmt(x) + "," + fmt(top + plotH - plotH * series.path("low").get(m).asDouble() / max));
                mean.append(m == 0 ? 'M' : 'L').append(fmt(x)).append(',').append(fmt(top + plotH - plotH * series.path("mean").get(m).asDouble() / max));
            }
            String name = esc(s.path("name").asText());
            h.append("<path class=\"band s").append(i % 8).append("\" d=\"").append(band).append(lows).append("Z\"><title>").append(name)
                    .append(": 95% interval</title></path>");
            h.append("<path class=\"mean s").append(i % 8).append("\" d=\"").append(mean).append("\"><title>").append(name)
                    .append(": mean</title></path>\n");
            i++;
        }
        h.append("</svg>\n");
    }

    private static void table(StringBuilder h, JsonNode strategies) {
        h.append("<h2>Outcomes, a month from the start to the horizon (mean, 95% interval)</h2>\n<table id=\"outcomes\"><tr><th>strategy</th>");
        for (String o : TABLED) {
            h.append("<th>").append(esc(o)).append("</th>");
        }
        h.append("<th>victory</th></tr>\n");
        for (JsonNode s : strategies) {
            h.append("<tr><td>").append(esc(s.path("name").asText())).append("</td>");
            for (String o : TABLED) {
                JsonNode v = s.path("outcomes").path(o);
                h.append("<td>").append(v.isMissingNode() ? "" : fmt(v.path("mean").asDouble()) + "<br><span class=\"muted small\">"
                        + fmt(v.path("low").asDouble()) + " to " + fmt(v.path("high").asDouble()) + "</span>").append("</td>");
            }
            JsonNode victory = s.path("victory");
            h.append("<td class=\"victory\">").append(String.format(Locale.ROOT, "%.0f%%", 100 * victory.path("probability").asDouble()))
                    .append("<br><span class=\"muted small\">delivered ").append(String.format(Locale.ROOT, "%.0f%%", 100 * victory.path("cut").asDouble()))
                    .append(" below baseline for ").append(victory.path("months").asText()).append(" months</span></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String fmt(double v) {
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, Math.abs(v) < 10 ? "%.2f" : "%.0f", v);
    }
}
