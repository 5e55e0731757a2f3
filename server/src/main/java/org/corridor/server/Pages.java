package org.corridor.server;

/** The workbench's home page: its pages and the API. */
final class Pages {
    private Pages() {
    }

    static String home() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Corridor</title><link rel="stylesheet" href="/static/corridor.css"></head>
                <body>
                <h1>Corridor</h1>
                <ul>
                <li><a href="/search">Search</a> names and aliases, with the listed parties a name may be; open an entity and read the sentence each statement came from.</li>
                <li><a href="/network">Network</a>: the parties and their ties, sized by a centrality, or one party's neighbourhood.</li>
                <li><a href="/operations">Operations</a>: the ledger on a map and a timeline, each operation with its sources and where they disagree.</li>
                <li><a href="/strategies">Strategies</a>: compare strategies on a scenario, with the 95% bands and the probability of victory.</li>
                <li><a href="/review">Review</a>: pairs proposed as one party, decided and undone.</li>
                <li><a href="/ingest">Ingest</a>: send lists and documents and follow each file's report.</li>
                </ul>
                <p>The JSON API is under <code>/api/v1</code>, described at <a href="/api">/api</a> and in
                <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>; yente-compatible screening at <code>/match/default</code> and the
                reconciliation service for OpenRefine at <code>/reconcile/default</code>. For example:</p>
                <ul>
                <li><a href="/api/v1/entities?query=cartel">/api/v1/entities?query=WORDS</a>: entities whose names hold every word, with their sanctions</li>
                <li><code>/api/v1/entities/ID</code>: one entity with every statement, the sentence it was read from, and what refers to it</li>
                </ul>
                </body></html>
                """;
    }
}
