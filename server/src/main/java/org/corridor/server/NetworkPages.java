package org.corridor.server;

import static org.corridor.server.WebPages.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.app.NetworkView;

/**
 * The network view: the parties and ties {@link NetworkView} places, drawn as SVG on the server
 * (each party a link to its page, sized and coloured by the chosen measure, its name and value as a
 * tooltip, the strongest named), with the view's form and downloads. /static/network.js, the only
 * script the workbench serves, adds zoom (wheel), panning (drag the background) and moving parties
 * (drag a party); without it the drawing is still complete.
 */
final class NetworkPages {
    private static final int LABELLED = 25;

    private NetworkPages() {
    }

    static String page(Map<String, String> params, JsonNode view) {
        StringBuilder h = WebPages.head("Network", "");
        h.append("<script src=\"/static/network.js\" defer></script>\n");
        h.append("<h1>Network</h1>\n<form class=\"filters\" action=\"/network\" method=\"get\">");
        input(h, params, "focus", "centre on (id or name; empty: whole network)", 16);
        h.append("<label>hops <select name=\"hops\">");
        for (String n : List.of("1", "2", "3")) {
            h.append("<option").append(n.equals(params.getOrDefault("hops", "1")) ? " selected" : "").append('>').append(n).append("</option>");
        }
        h.append("</select></label> ");
        input(h, params, "schemata", "schemata (Person,Organization...)", 12);
        input(h, params, "since", "since", 8);
        input(h, params, "until", "until", 8);
        h.append("<label>size and colour by <select name=\"measure\">");
        for (String m : NetworkView.MEASURES) {
            h.append("<option").append(m.equals(params.getOrDefault("measure", "degree")) ? " selected" : "").append('>').append(m).append("</option>");
        }
        h.append("</select></label> ");
        input(h, params, "max", "at most", 5);
        h.append("<button type=\"submit\">Draw</button></form>\n");
        JsonNode nodes = view.path("nodes");
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> {
            if (!v.isBlank()) {
                query.append(query.isEmpty() ? "?" : "&").append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        h.append("<p class=\"muted\" id=\"counts\">").append(nodes.size()).append(" parties and ").append(view.path("edges").size())
                .append(" ties shown");
        if (view.path("nodes_shown").asInt() < view.path("nodes_in_view").asInt()) {
            h.append(" (the ").append(view.path("nodes_shown").asInt()).append(" highest by ").append(esc(view.path("measure").asText())).append(" of ")
                    .append(view.path("nodes_in_view").asInt()).append(")");
        }
        h.append(" of ").append(view.path("nodes_in_network").asInt()).append(" in the network. Download: <a id=\"gexf\" href=\"/api/v1/network.gexf")
                .append(esc(query.toString())).append("\">GEXF</a> · <a id=\"graphml\" href=\"/api/v1/network.graphml").append(esc(query.toString()))
                .append("\">GraphML</a> · <a href=\"/api/v1/network").append(esc(query.toString())).append("\">JSON</a>. Wheel to zoom, drag to move.</p>\n");
        double max = 0;
        for (JsonNode n : nodes) {
            max = Math.max(max, n.path("value").asDouble(0));
        }
        max = max <= 0 ? 1 : max;
        Map<String, double[]> at = new java.util.HashMap<>();
        nodes.forEach(n -> at.put(n.get("id").asText(), new double[] {n.get("x").asDouble(), n.get("y").asDouble()}));
        h.append("<svg id=\"network\" class=\"network\" viewBox=\"0 0 ").append(fmt(NetworkView.WIDTH)).append(' ').append(fmt(NetworkView.HEIGHT))
                .append("\" role=\"img\" aria-label=\"network of parties and ties\"><rect class=\"canvas\" width=\"").append(fmt(NetworkView.WIDTH))
                .append("\" height=\"").append(fmt(NetworkView.HEIGHT)).append("\"/>\n<g class=\"ties\">");
        for (JsonNode e : view.path("edges")) {
            double[] a = at.get(e.get("source").asText());
            double[] b = at.get(e.get("target").asText());
            h.append("<line data-s=\"").append(esc(e.get("source").asText())).append("\" data-t=\"").append(esc(e.get("target").asText()))
                    .append("\" x1=\"").append(fmt(a[0])).append("\" y1=\"").append(fmt(a[1])).append("\" x2=\"").append(fmt(b[0])).append("\" y2=\"")
                    .append(fmt(b[1])).append("\"><title>").append(esc(e.path("kinds").asText())).append("</title></line>");
        }
        h.append("</g>\n<g class=\"parties\">");
        List<JsonNode> byValue = new ArrayList<>();
        nodes.forEach(byValue::add);
        byValue.sort((x, y) -> Double.compare(y.path("value").asDouble(0), x.path("value").asDouble(0)));
        java.util.Set<String> named = new java.util.HashSet<>();
        byValue.stream().limit(LABELLED).forEach(n -> named.add(n.get("id").asText()));
        for (JsonNode n : nodes) {
            double share = n.path("value").asDouble(0) / max;
            String id = n.get("id").asText();
            boolean focus = id.equals(view.path("focus").asText(null));
            h.append("<a href=\"/entity/").append(esc(url(id))).append("\"><circle class=\"party ").append(esc(n.path("schema").asText()))
                    .append(n.path("sanctioned").asBoolean() ? " sanctioned" : "").append(focus ? " focus" : "").append("\" data-id=\"").append(esc(id))
                    .append("\" cx=\"").append(fmt(n.get("x").asDouble())).append("\" cy=\"").append(fmt(n.get("y").asDouble())).append("\" r=\"")
                    .append(fmt(4 + 14 * Math.sqrt(share))).append("\" data-level=\"").append(Math.min(4, (int) (share * 5))).append("\"><title>")
                    .append(esc(n.path("name").asText())).append(" (").append(esc(n.path("schema").asText())).append(") · ")
                    .append(esc(view.path("measure").asText())).append(' ').append(n.path("value").isNull() ? "–" : fmt3(n.path("value").asDouble()))
                    .append("</title></circle>");
            if (named.contains(id)) {
                h.append("<text class=\"name\" data-for=\"").append(esc(id)).append("\" x=\"").append(fmt(n.get("x").asDouble() + 6 + 14 * Math.sqrt(share)))
                        .append("\" y=\"").append(fmt(n.get("y").asDouble() + 4)).append("\">").append(esc(n.path("name").asText())).append("</text>");
            }
            h.append("</a>");
        }
        h.append("</g></svg>\n<p class=\"muted small\">Circles grow and darken with the measure, computed on the whole network as filtered; "
                + "red rings mark listed parties. The layout is force-directed from a fixed seed, so the same view draws the same picture.</p>\n");
        return h.append("</body></html>\n").toString();
    }

    private static void input(StringBuilder h, Map<String, String> params, String name, String label, int size) {
        h.append("<label>").append(esc(label)).append(" <input name=\"").append(name).append("\" size=\"").append(size).append("\" value=\"")
                .append(esc(params.getOrDefault(name, ""))).append("\"></label> ");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt3(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String url(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
