package org.corridor.server;

/** The pages served as HTML. The web workbench (issue 24) is not built yet; the home page says so and links the API. */
final class Pages {
    private Pages() {
    }

    static String home() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Corridor</title></head>
                <body>
                <h1>Corridor</h1>
                <p><a href="/search">Search names and aliases</a>, open an entity, read the sentence each statement came from.</p>
                <p>This server answers the JSON API under <code>/api/v1</code>, described at <a href="/api">/api</a> and in
                <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. The rest of the web workbench is not built yet.</p>
                <ul>
                <li><a href="/api/v1/entities?query=cartel">/api/v1/entities?query=WORDS</a>: entities whose names hold every word, with their sanctions</li>
                <li><code>/api/v1/entities/ID</code>: one entity with every statement, the sentence it was read from, and what refers to it</li>
                </ul>
                </body></html>
                """;
    }
}
