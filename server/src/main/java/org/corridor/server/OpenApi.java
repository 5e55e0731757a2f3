package org.corridor.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.corridor.app.EntityJson;

/** The OpenAPI 3.1 document of the routes the server registered, and the browsable API page built from the same list. */
final class OpenApi {
    private OpenApi() {
    }

    static ObjectNode document(List<ApiRoute> routes) {
        ObjectNode doc = EntityJson.JSON.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Corridor API");
        info.put("version", "1");
        info.put("description", "The workspace's entities, ledger, screening and strategy simulation; the same answers as the command line's "
                + "--format json. Errors are RFC 9457 problem details.");
        info.putObject("license").put("name", "GPL-3.0-or-later");
        ObjectNode paths = doc.putObject("paths");
        for (ApiRoute r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = path.putObject(r.method().toLowerCase(java.util.Locale.ROOT));
            op.put("summary", r.summary());
            ArrayNode params = op.putArray("parameters");
            for (ApiRoute.Param p : r.params()) {
                ObjectNode n = params.addObject();
                n.put("name", p.name());
                n.put("in", p.in());
                n.put("required", p.required());
                n.put("description", p.description());
                ObjectNode schema = n.putObject("schema");
                if (p.type().equals("array")) {
                    schema.put("type", "array");
                    schema.putObject("items").put("type", "string");
                    n.put("style", "form");
                    n.put("explode", true);
                } else {
                    schema.put("type", p.type());
                }
            }
            if (r.body() != null) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                body.put("description", r.body());
                body.putObject("content").putObject("application/json").putObject("schema").put("type", "object");
            }
            ObjectNode responses = op.putObject("responses");
            responses.putObject(Integer.toString(r.status())).put("description", r.status() == 202 ? "accepted: poll the address in Location"
                    : "the answer, the same JSON the command line prints").putObject("content").putObject("application/json")
                    .putObject("schema");
            ObjectNode problem = responses.putObject("default");
            problem.put("description", "an error: one sentence, no stack trace");
            problem.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref",
                    "#/components/schemas/Problem");
        }
        ObjectNode p = doc.putObject("components").putObject("schemas").putObject("Problem");
        p.put("type", "object");
        ObjectNode props = p.putObject("properties");
        for (String f : List.of("type", "title", "detail", "instance")) {
            props.putObject(f).put("type", "string");
        }
        props.putObject("status").put("type", "integer");
        return doc;
    }

    /** The API page: every route with its parameters, as HTML with every value escaped and no script. */
    static String page(List<ApiRoute> routes) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Corridor API</title></head>
                <body>
                <h1>Corridor API</h1>
                <p>The OpenAPI document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Errors are RFC 9457 problem details.
                Requests that change something must send JSON from this server's own pages.</p>
                """);
        for (ApiRoute r : routes) {
            h.append("<h2><code>").append(esc(r.method())).append(' ').append(esc(r.path())).append("</code></h2>\n<p>")
                    .append(esc(r.summary())).append("</p>\n");
            if (!r.params().isEmpty()) {
                h.append("<ul>\n");
                for (ApiRoute.Param p : r.params()) {
                    h.append("<li><code>").append(esc(p.name())).append("</code> (").append(esc(p.in())).append(p.required() ? ", required" : "")
                            .append("): ").append(esc(p.description())).append("</li>\n");
                }
                h.append("</ul>\n");
            }
            if (r.body() != null) {
                h.append("<p>Body: ").append(esc(r.body())).append("</p>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
