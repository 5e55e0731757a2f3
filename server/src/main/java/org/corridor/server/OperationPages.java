package org.corridor.server;

import static org.corridor.server.WebPages.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The operations pages, drawn on the server as SVG from the ledger's own JSON and GeoJSON: a map of
 * the located operations over bundled country outlines (each a link to its page), a timeline of
 * events and deaths a month with the low–high band, the ledger's filters as a form, and one
 * operation with every source's claims and the disagreements. No script and nothing from the
 * internet.
 */
final class OperationPages {
    static final int MAP_WIDTH = 960;
    static final int MAP_HEIGHT = 520;
    /** Operations drawn at most; more are counted and the filters offered to narrow them. */
    static final int MAP_MAX = 10_000;

    private OperationPages() {
    }

    /** The filters as the query string a link can carry. */
    static String page(Map<String, String> filters, JsonNode geojson, JsonNode months) {
        StringBuilder h = WebPages.head("Operations", "");
        h.append("<h1>Operations</h1>\n");
        filterForm(h, filters);
        JsonNode features = geojson.path("features");
        h.append("<p class=\"muted\" id=\"located\">").append(features.size()).append(features.size() == 1 ? " located operation" : " located operations")
                .append(" on the map").append(features.size() > MAP_MAX ? " (the first " + MAP_MAX + " drawn; narrow the filters)" : "")
                .append("; circles grow with the best count of deaths; follow one to its sources.</p>\n");
        map(h, features);
        h.append("<h2>Events and deaths a month</h2>\n");
        timeline(h, months.path("groups"));
        return h.append("</body></html>\n").toString();
    }

    private static void filterForm(StringBuilder h, Map<String, String> filters) {
        h.append("<form class=\"filters\" action=\"/operations\" method=\"get\">");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("type", "type (strike, seizure, arrest, clash...)");
        labels.put("actor", "actor");
        labels.put("country", "country");
        labels.put("region", "region or place");
        labels.put("since", "since (YYYY[-MM[-DD]])");
        labels.put("until", "until");
        labels.forEach((name, label) -> h.append("<label>").append(esc(label)).append(" <input name=\"").append(name).append("\" value=\"")
                .append(esc(filters.getOrDefault(name, ""))).append("\"></label> "));
        h.append("<button type=\"submit\">Filter</button></form>\n");
    }

    private static void map(StringBuilder h, JsonNode features) {
        double minLon = 180;
        double minLat = 90;
        double maxLon = -180;
        double maxLat = -90;
        for (JsonNode f : features) {
            JsonNode c = f.path("geometry").path("coordinates");
            minLon = Math.min(minLon, c.get(0).asDouble());
            maxLon = Math.max(maxLon, c.get(0).asDouble());
            minLat = Math.min(minLat, c.get(1).asDouble());
            maxLat = Math.max(maxLat, c.get(1).asDouble());
        }
        if (features.isEmpty()) {
            minLon = -120;
            maxLon = -30;
            minLat = -40;
            maxLat = 35;
        }
        // at least 12 degrees each way, a margin of a tenth, and the map's own proportions
        double cx = (minLon + maxLon) / 2;
        double cy = (minLat + maxLat) / 2;
        double spanLon = Math.max(12, (maxLon - minLon) * 1.2);
        double spanLat = Math.max(12, (maxLat - minLat) * 1.2);
        double k = Math.min(MAP_WIDTH / spanLon, MAP_HEIGHT / spanLat);
        double west = cx - MAP_WIDTH / k / 2;
        double north = cy + MAP_HEIGHT / k / 2;
        double east = west + MAP_WIDTH / k;
        double south = north - MAP_HEIGHT / k;
        h.append("<svg id=\"map\" class=\"map\" viewBox=\"0 0 ").append(MAP_WIDTH).append(' ').append(MAP_HEIGHT)
                .append("\" role=\"img\" aria-label=\"map of located operations\"><rect class=\"sea\" width=\"").append(MAP_WIDTH)
                .append("\" height=\"").append(MAP_HEIGHT).append("\"/>\n<g class=\"land\">");
        for (Outlines.Ring r : Outlines.rings()) {
            if (r.maxLon() < west || r.minLon() > east || r.maxLat() < south || r.minLat() > north) {
                continue;
            }
            double[] p = r.points();
            h.append("<path d=\"");
            for (int i = 0; i < p.length; i += 2) {
                h.append(i == 0 ? 'M' : 'L').append(fmt((p[i] - west) * k)).append(',').append(fmt((north - p[i + 1]) * k));
            }
            h.append("Z\"/>");
        }
        h.append("</g>\n<g class=\"operations\">");
        int drawn = 0;
        for (JsonNode f : features) {
            if (drawn++ >= MAP_MAX) {
                break;
            }
            JsonNode c = f.path("geometry").path("coordinates");
            JsonNode p = f.path("properties");
            double deaths = p.path("deaths_best").asDouble(0);
            h.append("<a href=\"/operation/").append(esc(url(f.path("id").asText()))).append("\"><circle class=\"op ")
                    .append(esc(p.path("type").asText())).append("\" cx=\"").append(fmt((c.get(0).asDouble() - west) * k)).append("\" cy=\"")
                    .append(fmt((north - c.get(1).asDouble()) * k)).append("\" r=\"").append(fmt(2.5 + Math.sqrt(deaths))).append("\"><title>")
                    .append(esc(p.path("name").asText())).append(" · deaths ").append(esc(p.path("deaths_low").asText("?"))).append('–')
                    .append(esc(p.path("deaths_high").asText("?"))).append("</title></circle></a>");
        }
        h.append("</g></svg>\n<p class=\"muted small\">Outlines: Natural Earth 1:50m (public domain), bundled.</p>\n");
    }

    /** Events a month as bars, and deaths a month as the band from low to high with the best count as a line. */
    private static void timeline(StringBuilder h, JsonNode groups) {
        if (groups.isEmpty()) {
            h.append("<p class=\"muted\">No dated operations.</p>\n");
            return;
        }
        Map<YearMonth, JsonNode> byMonth = new LinkedHashMap<>();
        for (JsonNode g : groups) {
            try {
                byMonth.put(YearMonth.parse(g.path("month").asText()), g);
            } catch (java.time.format.DateTimeParseException e) {
                // an undated group ("unknown") has no place on the axis
            }
        }
        if (byMonth.isEmpty()) {
            h.append("<p class=\"muted\">No dated operations.</p>\n");
            return;
        }
        YearMonth first = byMonth.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = byMonth.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        double maxEvents = 1;
        double maxDeaths = 1;
        for (JsonNode g : byMonth.values()) {
            maxEvents = Math.max(maxEvents, g.path("events").asDouble());
            maxDeaths = Math.max(maxDeaths, g.path("deaths").path("high").asDouble());
        }
        int width = MAP_WIDTH;
        int left = 50;
        double step = (width - left - 10) / (double) months;
        int eventsTop = 10;
        int eventsHeight = 110;
        int deathsTop = 150;
        int deathsHeight = 150;
        h.append("<svg id=\"timeline\" class=\"timeline\" viewBox=\"0 0 ").append(width).append(" 340\" role=\"img\" aria-label=\"events and deaths a month\">\n");
        h.append("<text x=\"4\" y=\"").append(eventsTop + 12).append("\" class=\"axis\">events</text><text x=\"4\" y=\"").append(eventsTop + eventsHeight)
                .append("\" class=\"axis\">0</text><text x=\"4\" y=\"").append(eventsTop + 26).append("\" class=\"axis\">").append(fmt(maxEvents)).append("</text>\n");
        h.append("<text x=\"4\" y=\"").append(deathsTop + 12).append("\" class=\"axis\">deaths</text><text x=\"4\" y=\"").append(deathsTop + deathsHeight)
                .append("\" class=\"axis\">0</text><text x=\"4\" y=\"").append(deathsTop + 26).append("\" class=\"axis\">").append(fmt(maxDeaths)).append("</text>\n");
        StringBuilder band = new StringBuilder();
        StringBuilder lows = new StringBuilder();
        StringBuilder best = new StringBuilder();
        for (int i = 0; i < months; i++) {
            YearMonth m = first.plusMonths(i);
            JsonNode g = byMonth.get(m);
            double x = left + i * step;
            double events = g == null ? 0 : g.path("events").asDouble();
            double low = g == null ? 0 : g.path("deaths").path("low").asDouble();
            double high = g == null ? 0 : g.path("deaths").path("high").asDouble();
            double b = g == null ? 0 : g.path("deaths").path("best").asDouble();
            if (events > 0) {
                double bh = eventsHeight * events / maxEvents;
                h.append("<rect class=\"events\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(eventsTop + eventsHeight - bh)).append("\" width=\"")
                        .append(fmt(Math.max(0.6, step * 0.85))).append("\" height=\"").append(fmt(bh)).append("\"><title>").append(m).append(": ")
                        .append(fmt(events)).append(" events, deaths ").append(fmt(low)).append('–').append(fmt(high)).append(" (best ").append(fmt(b))
                        .append(")</title></rect>");
            }
            double cxm = x + step / 2;
            band.append(i == 0 ? "M" : "L").append(fmt(cxm)).append(',').append(fmt(deathsTop + deathsHeight - deathsHeight * high / maxDeaths));
            lows.insert(0, "L" + fmt(cxm) + "," + fmt(deathsTop + deathsHeight - deathsHeight * low / maxDeaths));
            best.append(i == 0 ? "M" : "L").append(fmt(cxm)).append(',').append(fmt(deathsTop + deathsHeight - deathsHeight * b / maxDeaths));
            if (m.getMonthValue() == 1 || i == 0) {
                if (m.getYear() % (months > 240 ? 5 : months > 60 ? 2 : 1) == 0 || i == 0) {
                    h.append("<text class=\"axis\" x=\"").append(fmt(x)).append("\" y=\"335\">").append(m.getYear()).append("</text>");
                }
            }
        }
        h.append("\n<path class=\"band\" d=\"").append(band).append(lows).append("Z\"><title>deaths a month, low to high</title></path>");
        h.append("<path class=\"best\" d=\"").append(best).append("\"><title>deaths a month, best count</title></path>\n</svg>\n");
        h.append("<p class=\"muted small\">Bars: events a month. Shaded: deaths a month from the lowest to the highest count the sources give; "
                + "line: the best count.</p>\n");
    }

    /** One operation with every source's report and each disagreement. */
    static String operation(JsonNode op) {
        StringBuilder h = WebPages.head(op.path("name").asText("operation"), "");
        h.append("<h1>").append(esc(op.path("name").asText())).append(" <span class=\"schema\">").append(esc(op.path("type").asText()))
                .append("</span></h1>\n<p class=\"muted\"><code>").append(esc(op.path("id").asText())).append("</code> · <a href=\"/operations\">all operations</a></p>\n");
        h.append("<table class=\"facts\">");
        row(h, "when", op.path("start_date").asText("") + (op.path("end_date").asText("").equals(op.path("start_date").asText(""))
                ? "" : " to " + op.path("end_date").asText("")) + " (" + op.path("date_precision").asText("") + ")");
        row(h, "where", String.join(" · ", op.path("region").asText(""), op.path("location").asText("")));
        row(h, "deaths", op.path("deaths").path("low").asText("?") + " to " + op.path("deaths").path("high").asText("?") + " (best "
                + op.path("deaths").path("best").asText("?") + ")");
        for (String role : new String[] {"conducting", "targeted", "partners", "involved"}) {
            StringBuilder names = new StringBuilder();
            op.path(role).forEach(a -> names.append(names.isEmpty() ? "" : "; ").append(a.path("name").asText()));
            if (!names.isEmpty()) {
                row(h, role, names.toString());
            }
        }
        if (op.hasNonNull("claimed_affiliation")) {
            row(h, "claimed affiliation (a claim)", op.get("claimed_affiliation").asText());
        }
        row(h, "sourcing", op.path("sourcing").asText("") + (op.hasNonNull("sourcing_reason") ? ": " + op.get("sourcing_reason").asText() : ""));
        StringBuilder legal = new StringBuilder();
        op.path("legal_basis").forEach(l -> legal.append(legal.isEmpty() ? "" : " ").append(l.asText()));
        if (!legal.isEmpty()) {
            row(h, "legal basis (" + op.path("legal_basis_code").asText("") + ")", legal.toString());
        }
        h.append("</table>\n");
        JsonNode disagreements = op.path("disagreements");
        h.append("<h2>Where the sources disagree</h2>\n");
        if (disagreements.isEmpty()) {
            h.append("<p class=\"muted\" id=\"no-disagreements\">They agree on everything they both state.</p>\n");
        } else {
            h.append("<table id=\"disagreements\"><tr><th>field</th><th>claim</th><th>sources</th></tr>\n");
            for (JsonNode d : disagreements) {
                for (JsonNode c : d.path("claims")) {
                    StringBuilder sources = new StringBuilder();
                    c.path("sources").forEach(s -> sources.append(sources.isEmpty() ? "" : "; ").append(s.asText()));
                    h.append("<tr><td>").append(esc(d.path("field").asText())).append("</td><td>").append(esc(c.path("value").asText()))
                            .append("</td><td class=\"muted\">").append(esc(sources.toString())).append("</td></tr>\n");
                }
            }
            h.append("</table>\n");
        }
        h.append("<h2>What each source says</h2>\n");
        for (JsonNode s : op.path("sources")) {
            h.append("<section class=\"source\"><h3>").append(esc(s.path("source").asText())).append("</h3><table>");
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("said").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                h.append("<tr><td>").append(esc(p.getKey())).append("</td><td>");
                boolean firstValue = true;
                for (JsonNode v : p.getValue()) {
                    h.append(firstValue ? "" : "; ");
                    firstValue = false;
                    String text = v.asText();
                    if (p.getKey().equals("sourceUrl") && (text.startsWith("https://") || text.startsWith("http://"))) {
                        h.append("<a rel=\"noreferrer\" href=\"").append(esc(text)).append("\">").append(esc(text)).append("</a>");
                    } else {
                        h.append(esc(text));
                    }
                }
                h.append("</td></tr>");
            }
            h.append("</table></section>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><td>").append(esc(name)).append("</td><td>").append(esc(value)).append("</td></tr>");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String url(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
