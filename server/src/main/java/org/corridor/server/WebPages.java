package org.corridor.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.app.EntityJson;
import java.util.Iterator;
import java.util.Map;

/**
 * The workbench's first pages, rendered on the server from the same JSON the API returns: search
 * over names and aliases, and an entity with every statement, its source and the sentence it was
 * read from with the words stated marked. Every value from the workspace is escaped; the pages
 * carry no script at all (the CSP would refuse inline script anyway) and one stylesheet.
 */
final class WebPages {
    private WebPages() {
    }

    /** Name search, then the listed parties the query may name as screening scores them, each with its explanation. */
    static String search(String query, JsonNode results, JsonNode screening) {
        StringBuilder h = head(query == null || query.isBlank() ? "Search" : "Search: " + query);
        h.append("<h1>Search names and aliases</h1>\n");
        form(h, query);
        if (query != null && !query.isBlank()) {
            h.append("<p class=\"muted\">").append(results.size()).append(results.size() == 1 ? " entity" : " entities")
                    .append(" whose names hold every word of <q>").append(esc(query)).append("</q></p>\n");
            h.append("<table id=\"results\"><tr><th>name</th><th>schema</th><th>programmes</th><th>sources</th></tr>\n");
            for (JsonNode e : results) {
                h.append("<tr><td><a href=\"/entity/").append(esc(url(e.get("id").asText()))).append("\">").append(esc(e.get("caption").asText()))
                        .append("</a></td><td><span class=\"schema\">").append(esc(e.get("schema").asText())).append("</span></td><td class=\"programs\">")
                        .append(esc(join(e.path("programs")))).append("</td><td class=\"muted\">").append(esc(join(e.path("datasets"))))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
            JsonNode hits = screening.isEmpty() ? EntityJson.JSON.createArrayNode() : screening.get(0).path("hits");
            h.append("<h2>Listed parties this name may be</h2>\n");
            if (hits.isEmpty()) {
                h.append("<p class=\"muted\" id=\"no-screening\">No party scores 0.80 or more against it (as <code>corridor screen</code> scores).</p>\n");
            } else {
                h.append("<table id=\"screening\"><tr><th>listed party</th><th>score</th><th>name matched</th><th>programmes</th><th>why</th></tr>\n");
                for (JsonNode hit : hits) {
                    StringBuilder why = new StringBuilder();
                    for (JsonNode f : hit.path("explanation")) {
                        why.append(why.isEmpty() ? "" : "; ").append(f.path("feature").asText()).append(' ')
                                .append(String.format(java.util.Locale.ROOT, "%.2f", f.path("similarity").asDouble()));
                        if (f.hasNonNull("query") && f.hasNonNull("listed")) {
                            why.append(" ('").append(f.get("query").asText()).append("' ~ '").append(f.get("listed").asText()).append("')");
                        }
                    }
                    h.append("<tr><td><a href=\"/entity/").append(esc(url(hit.get("entity_id").asText()))).append("\">").append(esc(hit.get("name").asText()))
                            .append("</a></td><td>").append(String.format(java.util.Locale.ROOT, "%.2f", hit.get("score").asDouble())).append("</td><td>")
                            .append(esc(hit.path("matched_name").asText())).append("</td><td class=\"programs\">").append(esc(join(hit.path("programs"))))
                            .append("</td><td class=\"muted small\">").append(esc(why.toString())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }

    static String entity(JsonNode page) {
        StringBuilder h = head(page.get("caption").asText());
        form(h, "");
        h.append("<h1>").append(esc(page.get("caption").asText())).append(" <span class=\"schema\">").append(esc(page.get("schema").asText()))
                .append("</span></h1>\n<p class=\"muted\"><code>").append(esc(page.get("id").asText())).append("</code></p>\n");
        h.append("<h2>Properties</h2>\n<table><tr><th>property</th><th>values</th></tr>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = page.get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            h.append("<tr><td>").append(esc(p.getKey())).append("</td><td>").append(esc(join(p.getValue()))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Statements and their sources</h2>\n<table><tr><th>property</th><th>value</th><th>source</th>"
                + "<th>confidence</th><th>label</th></tr>\n");
        for (JsonNode s : page.path("statements")) {
            if (s.path("prop").asText().equals("id")) {
                continue;
            }
            h.append("<tr><td>").append(esc(s.path("prop").asText())).append("</td><td>").append(esc(s.path("value").asText()));
            if (s.has("marked")) {
                h.append("<blockquote>").append(marked(s.get("marked").asText())).append("</blockquote>");
            }
            h.append("</td><td>").append(esc(s.path("source").asText())).append("<br><span class=\"muted\">")
                    .append(esc(s.path("location").asText())).append("</span></td><td>").append(esc(s.path("confidence").asText()))
                    .append("</td><td>").append(esc(s.path("label").asText())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        JsonNode refs = page.path("referenced_by");
        if (!refs.isEmpty()) {
            h.append("<h2>Referred to by</h2>\n<ul>\n");
            for (JsonNode r : refs) {
                h.append("<li><a href=\"/entity/").append(esc(url(r.get("id").asText()))).append("\">").append(esc(r.get("caption").asText()))
                        .append("</a> <span class=\"schema\">").append(esc(r.get("schema").asText())).append("</span></li>\n");
            }
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** An error as a page: the status, its title and the one sentence the API would give. */
    /** The ingest page: a form to send files, and the latest ingests with their state. */
    static String ingest(java.util.List<? extends JsonNode> jobs) {
        StringBuilder h = head("Ingest");
        h.append("<h1>Ingest files</h1>\n<p class=\"muted\">Lists (FollowTheMoney JSON, OFAC CSV and names files, UCDP GED CSV, mapped CSV) "
                + "and documents (text, HTML, PDF), as <code>corridor ingest</code> reads them; at most "
                + org.corridor.app.Uploads.MAX_FILES + " files and " + CorridorServer.MAX_UPLOAD_BYTES / (1024 * 1024)
                + " MB at once.</p>\n<form class=\"upload\" action=\"/ingest\" method=\"post\" enctype=\"multipart/form-data\">"
                + "<input type=\"file\" name=\"files\" multiple aria-label=\"files to ingest\"> <button type=\"submit\">Ingest</button>"
                + "</form>\n");
        if (!jobs.isEmpty()) {
            h.append("<h2>Latest ingests</h2>\n<table><tr><th>ingest</th><th>status</th><th>files</th></tr>\n");
            for (JsonNode j : jobs) {
                h.append("<tr><td><a href=\"/ingest/").append(esc(j.get("id").asText())).append("\">").append(esc(j.get("id").asText()))
                        .append("</a></td><td>").append(esc(j.get("status").asText())).append("</td><td>");
                StringBuilder names = new StringBuilder();
                j.get("files").forEach(f -> names.append(names.isEmpty() ? "" : ", ").append(f.get("file").asText()));
                h.append(esc(names.toString())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** One ingest: each file's state, progress and report or error; the page reloads itself each second while it runs. */
    static String ingestJob(JsonNode job) {
        boolean running = job.get("status").asText().equals("running");
        // while it runs the page reloads itself each second: no script needed
        StringBuilder h = head("Ingest " + job.get("id").asText(), running ? "<meta http-equiv=\"refresh\" content=\"1\">" : "");
        h.append("<h1>Ingest ").append(esc(job.get("id").asText())).append(" <span class=\"schema\" id=\"status\">")
                .append(esc(job.get("status").asText())).append("</span></h1>\n");
        if (job.hasNonNull("detail")) {
            h.append("<p class=\"error\">").append(esc(job.get("detail").asText())).append("</p>\n");
        }
        h.append("<table id=\"files\"><tr><th>file</th><th>status</th><th>progress</th><th>records</th><th>entities</th>"
                + "<th>statements added</th><th>skipped</th><th>error or notes</th></tr>\n");
        for (JsonNode f : job.get("files")) {
            JsonNode r = f.path("report");
            long total = f.path("total").asLong();
            String progress = total > 0 ? Math.round(100.0 * f.path("done").asLong() / total) + "%" : "";
            h.append("<tr class=\"").append(esc(f.get("status").asText())).append("\"><td>").append(esc(f.get("file").asText()))
                    .append("</td><td>").append(esc(f.get("status").asText())).append("</td><td><progress max=\"100\" value=\"")
                    .append(total > 0 ? Math.round(100.0 * f.path("done").asLong() / total) : 0).append("\"></progress> ")
                    .append(progress).append("</td><td>").append(r.path("records").asText("")).append("</td><td>")
                    .append(r.path("entities").asText("")).append("</td><td>").append(r.path("statementsAdded").asText(""))
                    .append("</td><td>").append(r.path("skipped").asText("")).append("</td><td class=\"error\">");
            if (r.hasNonNull("error")) {
                h.append(esc(r.get("error").asText()));
            } else if (r.path("skipReasons").size() > 0) {
                h.append("<span class=\"muted\">").append(esc(join(r.get("skipReasons")))).append("</span>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n<p><a href=\"/ingest\">Ingest more files</a> · <a href=\"/search\">Search the workspace</a></p>\n");
        return h.append("</body></html>\n").toString();
    }

    /**
     * The review queue: each proposed pair side by side (names, key properties, sources) with the
     * score and its explanation, and three buttons; then the latest decisions, each with an undo
     * while it stands. Forms post to this server; no script.
     */
    static String review(JsonNode queue, java.util.Map<String, JsonNode> entities, JsonNode log) {
        StringBuilder h = head("Review");
        h.append("<h1>Review: same party or not?</h1>\n");
        if (queue.isEmpty()) {
            h.append("<p class=\"muted\" id=\"empty\">Nothing to review. <code>corridor resolve</code> proposes pairs.</p>\n");
        }
        int n = 0;
        for (JsonNode pair : queue) {
            n++;
            h.append("<section class=\"pair\" id=\"pair-").append(n).append("\"><p class=\"muted\">score <b>")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", pair.get("score").asDouble())).append("</b> (")
                    .append(esc(pair.get("scorer").asText())).append("): ").append(esc(pair.get("explanation").asText())).append("</p>\n");
            h.append("<div class=\"sides\">");
            for (String side : new String[] {"left", "right"}) {
                String id = pair.get(side).asText();
                JsonNode e = entities.get(id);
                h.append("<div class=\"side ").append(side).append("\"><h2><a href=\"/entity/").append(esc(url(id))).append("\">")
                        .append(esc(pair.get(side + "_name").asText())).append("</a></h2><p class=\"muted\"><code>").append(esc(id))
                        .append("</code></p>");
                if (e != null) {
                    h.append("<table>");
                    for (Iterator<Map.Entry<String, JsonNode>> it = e.path("properties").fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> p = it.next();
                        h.append("<tr><td>").append(esc(p.getKey())).append("</td><td>").append(esc(join(p.getValue()))).append("</td></tr>");
                    }
                    h.append("<tr><td>sources</td><td>").append(esc(join(e.path("datasets")))).append("</td></tr></table>");
                }
                h.append("</div>");
            }
            h.append("</div>\n<form class=\"decide\" action=\"/review/decide\" method=\"post\"><input type=\"hidden\" name=\"left\" value=\"")
                    .append(esc(pair.get("left").asText())).append("\"><input type=\"hidden\" name=\"right\" value=\"")
                    .append(esc(pair.get("right").asText())).append("\">");
            for (String verdict : new String[] {"same", "different", "unsure"}) {
                h.append("<button type=\"submit\" name=\"verdict\" value=\"").append(verdict).append("\">").append(verdict).append("</button> ");
            }
            h.append("</form></section>\n");
        }
        h.append("<h2>Latest decisions</h2>\n<table id=\"log\"><tr><th>#</th><th>verdict</th><th>pair</th><th>by</th><th>at</th><th></th></tr>\n");
        for (JsonNode d : log) {
            boolean undone = d.hasNonNull("undone_by");
            h.append("<tr").append(undone ? " class=\"undone\"" : "").append("><td>").append(d.get("id").asText()).append("</td><td>")
                    .append(esc(d.get("verdict").asText())).append("</td><td>").append(esc(d.get("left").asText())).append(" · ")
                    .append(esc(d.get("right").asText())).append("</td><td>").append(esc(d.path("by").asText())).append("</td><td>")
                    .append(esc(d.path("at").asText())).append("</td><td>");
            if (undone) {
                h.append("<span class=\"muted\">undone by ").append(esc(d.get("undone_by").asText())).append("</span>");
            } else {
                h.append("<form class=\"undo\" action=\"/review/undo\" method=\"post\"><input type=\"hidden\" name=\"decision\" value=\"")
                        .append(d.get("id").asText()).append("\"><button type=\"submit\">undo</button></form>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
        return h.append("</body></html>\n").toString();
    }

    static String error(int status, String title, String detail) {
        StringBuilder h = head(title);
        form(h, "");
        return h.append("<h1>").append(status).append(' ').append(esc(title)).append("</h1>\n<p>").append(esc(detail))
                .append("</p>\n</body></html>\n").toString();
    }

    /** The sentence with the words stated, between [[ and ]], in a mark element; everything escaped. */
    static String marked(String text) {
        int open = text.indexOf("[[");
        int close = text.lastIndexOf("]]");
        if (open < 0 || close < open) {
            return esc(text);
        }
        return esc(text.substring(0, open)) + "<mark>" + esc(text.substring(open + 2, close)) + "</mark>" + esc(text.substring(close + 2));
    }

    private static StringBuilder head(String title) {
        return head(title, "");
    }

    static StringBuilder head(String title, String extra) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">").append(extra).append("<title>")
                .append(esc(title)).append(" · Corridor</title><link rel=\"stylesheet\" href=\"/static/corridor.css\"></head>\n<body>\n<header><a href=\"/\">Corridor</a>"
                        + "<a href=\"/search\">Search</a><a href=\"/network\">Network</a><a href=\"/operations\">Operations</a><a href=\"/strategies\">Strategies</a><a href=\"/review\">Review</a><a href=\"/ingest\">Ingest</a><a href=\"/api\">API</a></header>\n");
    }

    private static void form(StringBuilder h, String query) {
        h.append("<form class=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"")
                .append(esc(query == null ? "" : query)).append("\" placeholder=\"name or alias\" aria-label=\"name or alias\"> "
                        + "<button type=\"submit\">Search</button></form>\n");
    }

    private static String join(JsonNode values) {
        StringBuilder s = new StringBuilder();
        for (JsonNode v : values) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(v.asText());
        }
        return s.toString();
    }

    private static String url(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String esc(String s) {
        return OpenApi.esc(s);
    }
}
