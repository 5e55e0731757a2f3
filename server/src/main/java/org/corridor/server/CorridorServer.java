package org.corridor.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.corridor.app.AnalysisNetwork;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.app.EntityJson;
import org.corridor.app.EntityPages;
import org.corridor.app.LedgerPages;
import org.corridor.app.LedgerQuery;
import org.corridor.app.NetworkMetrics;
import org.corridor.app.NetworkAnalyses;
import org.corridor.app.NetworkView;
import org.corridor.app.NotFoundException;
import org.corridor.app.ReviewPages;
import org.corridor.app.ScreenPages;
import org.corridor.app.ScreenService;
import org.corridor.app.ScreeningProtocols;
import org.corridor.app.Uploads;
import org.corridor.model.CorridorException;
import org.corridor.model.InputException;
import org.corridor.model.UsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code corridor serve}: the JSON API under {@code /api/v1} over the same app use cases the
 * command line calls, so a route and a command give the same answer. Each request opens the
 * workspace to read and closes it. Errors are RFC 9457 problem details: one sentence, no stack
 * trace, no folder. Every response forbids framing, sniffing and any script or style not served
 * from here (there is no inline script to allow).
 */
public final class CorridorServer implements AutoCloseable {
    /** Requests larger than this are refused with 413 before they are read. */
    public static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    /** Files sent to ingest may come to this much in one request (a multipart form); more is refused with 413. */
    public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final Logger LOG = LoggerFactory.getLogger(CorridorServer.class);
    private static final String STYLESHEET = stylesheet();
    private static final String NETWORK_SCRIPT = resource("network.js");
    /** Set on a request whose problem has been written, so the 404 fallback leaves it alone. */
    private static final String PROBLEM = "corridor.problem";

    private static String resource(String name) {
        try (java.io.InputStream in = CorridorServer.class.getResourceAsStream("/org/corridor/server/static/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the workbench's " + name + " is missing from the jar", e);
        }
    }

    private static String stylesheet() {
        try (java.io.InputStream in = CorridorServer.class.getResourceAsStream("/org/corridor/server/static/corridor.css")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the workbench's stylesheet is missing from the jar", e);
        }
    }

    private final Javalin app;
    private final CorridorConfig config;
    private final SimulationRuns simulations;
    private final IngestJobs ingests;
    /** The routes as documented, in the order registered. */
    private final List<ApiRoute> api = new ArrayList<>();

    private CorridorServer(CorridorConfig config, Javalin app) {
        this.config = config;
        this.app = app;
        this.ingests = new IngestJobs(config);
        this.simulations = new SimulationRuns(config.workspace().resolve("runs"));
    }

    /** Starts serving the workspace on the address and port (0 for any free port); returns once it listens. */
    public static CorridorServer start(CorridorConfig config, String bind, int port) {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = MAX_REQUEST_BYTES;
            c.jetty.multipartConfig.maxFileSize((int) (MAX_UPLOAD_BYTES >> 20), io.javalin.config.SizeUnit.MB);
            c.jetty.multipartConfig.maxTotalRequestSize((int) (MAX_UPLOAD_BYTES >> 20), io.javalin.config.SizeUnit.MB);
            c.jetty.multipartConfig.maxInMemoryFileSize((int) (MAX_UPLOAD_BYTES >> 20), io.javalin.config.SizeUnit.MB);
            c.http.defaultContentType = "application/json";
        });
        CorridorServer server = new CorridorServer(config, app);
        server.routes();
        app.start(bind, port);
        return server;
    }

    public int port() {
        return app.port();
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
            if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD") && !ctx.method().name().equals("OPTIONS")
                    && !readOnlyProtocol(ctx.path())) {
                refuseCrossSite(ctx);
            }
        });
        get("/api/v1/entities", "Entities whose names hold every word of the query, each with its sanctions (as 'corridor entities "
                + "--format json')", List.of(ApiRoute.Param.query("query", "string", "words that must all occur in one of the entity's names"),
                        ApiRoute.Param.query("schema", "string", "only this schema and its descendants (Person, Organization, Vessel...)"),
                        ApiRoute.Param.query("limit", "integer", "at most this many, 0 for all (default 50, at most 10000)")),
                ctx -> json(ctx, read(c -> EntityPages.search(c, ctx.queryParam("schema"), ctx.queryParam("query"),
                        limit(ctx.queryParam("limit"))))));
        get("/api/v1/entities/{id}", "One entity with every statement, its source and the sentence it was read from, and what refers to "
                + "it (as 'corridor show ID --format json')", List.of(ApiRoute.Param.path("id", "the entity's id, or a name")), ctx -> {
            String id = ctx.pathParam("id");
            json(ctx, read(c -> EntityPages.page(c, EntityPages.find(c, id))));
        });
        get("/api/v1/entities/{id}/ties", "A party's ties: each party it is tied to, with the relationship records behind the tie",
                List.of(ApiRoute.Param.path("id", "the party's id")), ctx -> json(ctx, read(c -> NetworkAnalyses.ties(c, ctx.pathParam("id")))));
        get("/api/v1/sanctions", "The workspace's sanctions, each with the party it names, its programmes, authority and listing date",
                List.of(ApiRoute.Param.query("program", "string", "only sanctions whose programmes or authority hold this text (SDNTK, FTO...)"),
                        ApiRoute.Param.query("limit", "integer", "at most this many, 0 for all (default 50, at most 10000)")),
                ctx -> json(ctx, read(c -> EntityPages.sanctions(c, ctx.queryParam("program"), limit(ctx.queryParam("limit"))))));
        List<ApiRoute.Param> ledgerFilters = List.of(ApiRoute.Param.query("type", "array", "operation types: strike, interdiction, seizure, arrest, ..."),
                ApiRoute.Param.query("actor", "string", "an actor in any role: words of its name, or its entity id"),
                ApiRoute.Param.query("country", "string", "country name or ISO code"),
                ApiRoute.Param.query("region", "string", "words of the region or place"),
                ApiRoute.Param.query("since", "string", "operations starting on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                ApiRoute.Param.query("until", "string", "operations starting on or before this date"),
                ApiRoute.Param.query("grade", "array", "verification or sourcing grades"));
        List<ApiRoute.Param> withGroups = new ArrayList<>(ledgerFilters);
        withGroups.add(ApiRoute.Param.query("group-by", "array", "month, year, actor, country or type"));
        get("/api/v1/ledger", "Reported operations the filters keep, or their groups with fatality ranges (as 'corridor ledger --format "
                + "json')", withGroups, ctx -> {
                    List<String> groupBy = list(ctx, "group-by");
                    json(ctx, read(c -> LedgerPages.page(c, ledgerQuery(ctx), groupBy, "")));
                });
        get("/api/v1/ledger.geojson", "The located operations the filters keep, as a GeoJSON FeatureCollection (as 'corridor ledger "
                + "--format geojson')", ledgerFilters, ctx -> {
                    String geojson = read(c -> LedgerPages.geojson(c, ledgerQuery(ctx), ""));
                    ctx.contentType("application/geo+json").result(geojson);
                });
        get("/api/v1/ledger/operations/{id}", "One operation with every source's report and each disagreement (as 'corridor ledger show "
                + "ID --format json')", List.of(ApiRoute.Param.path("id", "the operation's id")),
                ctx -> json(ctx, read(c -> LedgerPages.operation(c, ctx.pathParam("id")))));
        get("/api/v1/screen", "Names screened against the workspace's listed parties, with scores and their explanation (as 'corridor "
                + "screen --format json')", List.of(ApiRoute.Param.query("name", "array", "a name to screen; repeat for more (at most 100)"),
                        ApiRoute.Param.query("schema", "string", "what the names are (Person, Organization, Vessel...)"),
                        ApiRoute.Param.query("country", "string", "country of the names"),
                        ApiRoute.Param.query("birth-date", "string", "birth date of the names (YYYY or YYYY-MM-DD)"),
                        ApiRoute.Param.query("threshold", "number", "lowest score shown, 0 to 1 (default 0.80)"),
                        ApiRoute.Param.query("limit", "integer", "hits per name at most, 0 for all (default 5)"),
                        ApiRoute.Param.query("scorer", "string", "the scorer (default best)")), ctx -> {
            List<String> names = ctx.queryParams("name");
            if (names.isEmpty()) {
                throw new UsageException("give one or more names to screen as name=...");
            }
            if (names.size() > 100) {
                throw new UsageException("screen at most 100 names a request, got " + names.size());
            }
            List<ScreenService.Query> queries = names.stream().map(n -> new ScreenService.Query(n, ctx.queryParam("schema"),
                    ctx.queryParam("birth-date"), ctx.queryParam("country"), null)).toList();
            String scorer = ctx.queryParam("scorer") == null ? "best" : ctx.queryParam("scorer");
            double threshold = decimal(ctx.queryParam("threshold"), "threshold", 0.80);
            int limit = ctx.queryParam("limit") == null ? 5 : limit(ctx.queryParam("limit"));
            json(ctx, read(c -> ScreenPages.json(ScreenPages.screen(c, queries, scorer, threshold, limit, "", n -> { }))));
        });
        get("/api/v1/metrics", "Centrality and structure per node of the workspace's network (as 'corridor analyze metrics --format json')",
                List.of(ApiRoute.Param.query("algorithms", "array", "of " + String.join(", ", NetworkMetrics.ALL)
                        + " (default degree, betweenness, closeness, pagerank, kcore)"),
                        ApiRoute.Param.query("schemata", "array", "only these relationship schemata become edges"),
                        ApiRoute.Param.query("node-schemata", "array", "only parties of these schemata become nodes"),
                        ApiRoute.Param.query("since", "string", "leave out ties that ended before this date"),
                        ApiRoute.Param.query("until", "string", "leave out ties that began after this date"),
                        ApiRoute.Param.query("directed", "string", "true to treat ties as directed"),
                        ApiRoute.Param.query("weighted", "string", "true to weight ties"),
                        ApiRoute.Param.query("weight-by", "string", "evidence (default) or amount"),
                        ApiRoute.Param.query("normalized", "string", "true to normalise degree and betweenness"),
                        ApiRoute.Param.query("samples", "integer", "estimate betweenness from this many sampled sources (0: exact)"),
                        ApiRoute.Param.query("seed", "integer", "seed for sampled betweenness (default 1)"),
                        ApiRoute.Param.query("damping", "number", "PageRank damping (default 0.85)"),
                        ApiRoute.Param.query("mode", "string", "closeness and harmonic on directed networks: all (default), out or in")),
                ctx -> {
                    List<String> algorithms = list(ctx, "algorithms");
                    boolean weighted = flag(ctx, "weighted");
                    NetworkMetrics.Request request = new NetworkMetrics.Request(algorithms.isEmpty()
                            ? List.of(NetworkMetrics.DEFAULTS.split(",")) : algorithms, weighted, flag(ctx, "normalized"),
                            (int) whole(ctx.queryParam("samples"), "samples", 0), whole(ctx.queryParam("seed"), "seed", 1),
                            decimal(ctx.queryParam("damping"), "damping", 0.85), ctx.queryParam("mode") == null ? "all" : ctx.queryParam("mode"), "");
                    json(ctx, read(c -> NetworkMetrics.workspaceJson(c, list(ctx, "node-schemata"), list(ctx, "schemata"), ctx.queryParam("since"),
                            ctx.queryParam("until"), flag(ctx, "directed"), ctx.queryParam("weight-by") == null ? "evidence" : ctx.queryParam("weight-by"),
                            request)));
                });
        get("/api/v1/review", "The review queue: pairs proposed as one party, with score and explanation (as 'corridor review --format "
                + "json')", List.of(ApiRoute.Param.query("limit", "integer", "at most this many, 0 for all (default 50)")),
                ctx -> json(ctx, read(c -> ReviewPages.queue(c, limit(ctx.queryParam("limit")), ""))));
        get("/api/v1/review/log", "Decisions taken, newest first, with who, when and any undo (as 'corridor review log --format json')",
                List.of(ApiRoute.Param.query("limit", "integer", "at most this many, 0 for all (default 50)")),
                ctx -> json(ctx, read(c -> ReviewPages.log(c, limit(ctx.queryParam("limit"))))));
        post("/api/v1/review/decisions", "Decides a pair: same (merged, undoable), different or unsure (as 'corridor review same|different|unsure')",
                "{\"left\": id, \"right\": id, \"verdict\": \"same|different|unsure\", \"note\": text, \"by\": reviewer}", 201, ctx -> {
                    JsonNode body = body(ctx);
                    String left = required(body, "left");
                    String right = required(body, "right");
                    String verdict = required(body, "verdict");
                    String note = body.path("note").isTextual() ? body.get("note").asText() : null;
                    JsonNode decided = write(c -> ReviewPages.decide(c, left, right, verdict, "verdict", note, reviewer(body)));
                    ctx.status(201);
                    json(ctx, decided);
                });
        post("/api/v1/review/undo", "Undoes a decision, the latest when none is named, restoring the merge's statements exactly (as 'corridor "
                + "review undo')", "{\"decision\": number (optional), \"by\": reviewer}", 200, ctx -> {
                    JsonNode body = body(ctx);
                    if (body.hasNonNull("decision") && !body.get("decision").canConvertToExactIntegral()) {
                        throw new UsageException("decision must be a decision number, got " + body.get("decision"));
                    }
                    java.util.OptionalLong id = body.hasNonNull("decision") ? java.util.OptionalLong.of(body.get("decision").asLong())
                            : java.util.OptionalLong.empty();
                    json(ctx, write(c -> ReviewPages.undo(c, id, reviewer(body))));
                });
        post("/api/v1/simulations", "Starts a seeded strategy simulation on a bundled scenario; poll the address in Location",
                "{\"scenario\": \"test|andes|road-grid\", \"strategies\": [names], \"runs\": 1-10000, \"seed\": n, \"victory_cut\": 0.5, "
                        + "\"victory_months\": 12, \"sample_parameters\": false}", 202, ctx -> {
            JsonNode body = body(ctx);
            SimulationRuns.Run run = simulations.start(body);
            ctx.status(202).header("Location", "/api/v1/simulations/" + run.id);
            json(ctx, run.status());
        });
        get("/api/v1/simulations/{id}", "A simulation run: running with progress, failed with the reason, or done with what 'corridor "
                + "simulate --format json' prints", List.of(ApiRoute.Param.path("id", "the run's id, as the POST answered")),
                ctx -> json(ctx, simulationRun(ctx.pathParam("id")).status()));
        screeningProtocols();
        post("/api/v1/ingest", "Ingests the files sent as a multipart form (field 'files', at most " + Uploads.MAX_FILES + " files and "
                + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB), as 'corridor ingest' would; poll the address in Location for each file's "
                + "progress and report", "multipart/form-data with files", 202, ctx -> {
                    IngestJobs.Job job = ingests.start(uploads(ctx));
                    ctx.status(202).header("Location", "/api/v1/ingest/" + job.id);
                    json(ctx, job.status());
                });
        get("/api/v1/ingest/{id}", "An ingest of uploaded files: each file waiting, reading (with progress), done with its report or "
                + "failed with its error", List.of(ApiRoute.Param.path("id", "the ingest's id, as the POST answered")),
                ctx -> json(ctx, ingestJob(ctx.pathParam("id")).status()));
        delete("/api/v1/simulations/{id}", "Cancels a simulation run that is still going; it stops after the replication under way",
                ctx -> {
                    SimulationRuns.Run run = simulations.cancel(ctx.pathParam("id"));
                    if (run == null) {
                        simulationRun(ctx.pathParam("id"));
                    }
                    json(ctx, run.status());
                });
        get("/api/v1/simulations/{id}/csv", "A finished simulation run as 'corridor simulate --format csv' writes it",
                List.of(ApiRoute.Param.path("id", "the run's id")), ctx -> {
                    SimulationRuns.Run run = simulationRun(ctx.pathParam("id"));
                    if (run.csv == null) {
                        throw new NotFoundException("run not finished", "simulation run '" + run.id + "' has no results yet; poll /api/v1/simulations/"
                                + run.id + " until it is done");
                    }
                    ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"simulation-" + run.id
                            + ".csv\"").result(run.csv);
                });
        List<ApiRoute.Param> analysisParams = List.of(ApiRoute.Param.query("schemata", "array", "only these relationship schemata become edges"),
                ApiRoute.Param.query("node-schemata", "array", "only parties of these schemata become nodes"),
                ApiRoute.Param.query("since", "string", "leave out ties that ended before this date"),
                ApiRoute.Param.query("until", "string", "leave out ties that began after this date"),
                ApiRoute.Param.query("directed", "string", "true to treat ties as directed"),
                ApiRoute.Param.query("weighted", "string", "true to weight ties"),
                ApiRoute.Param.query("weight-by", "string", "evidence (default) or amount"));
        List<ApiRoute.Param> pathParams = new ArrayList<>(List.of(ApiRoute.Param.query("source", "string", "the start node's id"),
                ApiRoute.Param.query("target", "string", "the end node's id"),
                ApiRoute.Param.query("kind", "string", "shortest (default) or widest")));
        pathParams.addAll(analysisParams);
        get("/api/v1/paths", "How one party reaches another, each step with the relationship records behind it (as 'corridor analyze paths "
                + "--format json')", pathParams, ctx -> {
                    String source = requiredParam(ctx, "source");
                    String target = requiredParam(ctx, "target");
                    String kind = ctx.queryParam("kind") == null ? "shortest" : ctx.queryParam("kind");
                    JsonNode path = read(c -> NetworkAnalyses.path(analysisNetwork(c, ctx, List.of(source, target)), source, target, kind,
                            flag(ctx, "weighted"), "").orElseThrow(() -> new NotFoundException("no path", "no path from " + source + " to "
                                    + target + " in the network as filtered")));
                    json(ctx, path);
                });
        List<ApiRoute.Param> communityParams = new ArrayList<>(List.of(ApiRoute.Param.query("runs", "integer", "seeds to try (default 10)"),
                ApiRoute.Param.query("seed", "integer", "the first seed (default 1)"),
                ApiRoute.Param.query("resolution", "number", "modularity resolution (default 1)")));
        communityParams.addAll(analysisParams);
        get("/api/v1/communities", "Groups of densely tied parties (Louvain, seeded) with the runs' stability (as 'corridor analyze "
                + "communities --format json')", communityParams, ctx -> {
                    int runs = (int) whole(ctx.queryParam("runs"), "runs", 10);
                    long seed = whole(ctx.queryParam("seed"), "seed", 1);
                    double resolution = decimal(ctx.queryParam("resolution"), "resolution", 1.0);
                    json(ctx, read(c -> NetworkAnalyses.communities(analysisNetwork(c, ctx, List.of()), runs, seed, resolution, "")));
                });
        List<ApiRoute.Param> exposureParams = new ArrayList<>(List.of(ApiRoute.Param.query("threshold", "number",
                "aggregate share that blocks, percent (default 50, OFAC's rule)"), ApiRoute.Param.query("at", "string", "as of this date (YYYY[-MM[-DD]])")));
        exposureParams.addAll(analysisParams);
        get("/api/v1/exposure", "Parties listed owners reach through recorded stakes: listed, blocked by the aggregate share, or exposed, "
                + "with the chain (as 'corridor analyze exposure --format json')", exposureParams, ctx -> {
                    double threshold = decimal(ctx.queryParam("threshold"), "threshold", 50);
                    String at = ctx.queryParam("at") == null ? "" : ctx.queryParam("at");
                    json(ctx, read(c -> NetworkAnalyses.exposure(analysisNetwork(c, ctx, List.of(), java.util.Set.of("Ownership"),
                            flag(ctx, "directed"), flag(ctx, "weighted"), "evidence"), threshold, at, "")));
                });
        List<ApiRoute.Param> disruptionParams = new ArrayList<>(List.of(ApiRoute.Param.query("rule", "string",
                "betweenness (default), degree, random or list"), ApiRoute.Param.query("remove", "array", "for rule=list: ids in the order removed"),
                ApiRoute.Param.query("recompute", "string", "false to rank once on the intact network (default true)"),
                ApiRoute.Param.query("seed", "integer", "seed for rule=random (default 1)"),
                ApiRoute.Param.query("steps", "integer", "stop after this many removals (default: when no tie is left)"),
                ApiRoute.Param.query("baseline", "string", "lcc (default) or nodes"),
                ApiRoute.Param.query("efficiency", "string", "false to skip global efficiency")));
        disruptionParams.addAll(analysisParams);
        get("/api/v1/disruption", "Removing parties one by one and what is left of the network (as 'corridor analyze disruption --format json')",
                disruptionParams, ctx -> {
                    String rule = ctx.queryParam("rule") == null ? "betweenness" : ctx.queryParam("rule");
                    boolean recompute = !"false".equals(ctx.queryParam("recompute"));
                    boolean efficiency = !"false".equals(ctx.queryParam("efficiency"));
                    long seed = whole(ctx.queryParam("seed"), "seed", 1);
                    int steps = (int) whole(ctx.queryParam("steps"), "steps", 0);
                    String baseline = ctx.queryParam("baseline") == null ? "lcc" : ctx.queryParam("baseline");
                    json(ctx, read(c -> NetworkAnalyses.disruption(analysisNetwork(c, ctx, List.of()), rule, list(ctx, "remove"), recompute, seed,
                            steps, baseline, efficiency, "")));
                });
        List<ApiRoute.Param> brokerageParams = new ArrayList<>(List.of(ApiRoute.Param.query("group", "string",
                "node attribute naming each party's group (default schema)")));
        brokerageParams.addAll(analysisParams);
        get("/api/v1/brokerage", "Gould-Fernandez brokerage roles per party in the directed network (as 'corridor analyze brokerage "
                + "--directed --format json'; directed unless directed=false)", brokerageParams, ctx -> {
                    String group = ctx.queryParam("group") == null ? "schema" : ctx.queryParam("group");
                    boolean directed = !"false".equals(ctx.queryParam("directed"));
                    json(ctx, read(c -> NetworkAnalyses.brokerage(analysisNetwork(c, ctx, List.of(), java.util.Set.of(), directed,
                            flag(ctx, "weighted"), "evidence"), group)));
                });
        List<ApiRoute.Param> flowParams = new ArrayList<>(List.of(ApiRoute.Param.query("source", "string", "where money or goods start"),
                ApiRoute.Param.query("target", "string", "where they should arrive")));
        flowParams.addAll(analysisParams);
        get("/api/v1/flow", "The most that can move from one party to another over Payment ties weighted by amount, each edge with its "
                + "records (as 'corridor analyze flow --format json')", flowParams, ctx -> {
                    String source = requiredParam(ctx, "source");
                    String target = requiredParam(ctx, "target");
                    json(ctx, read(c -> NetworkAnalyses.flow(analysisNetwork(c, ctx, List.of(source, target), java.util.Set.of("Payment"), true,
                            true, "amount"), source, target)));
                });
        List<ApiRoute.Param> keyPlayerParams = new ArrayList<>(List.of(ApiRoute.Param.query("objective", "string",
                "fragmentation (default) or reach"), ApiRoute.Param.query("size", "integer", "how many players (default 3)"),
                ApiRoute.Param.query("distance", "integer", "reach: steps counted (default 1)"),
                ApiRoute.Param.query("seed", "integer", "seed for the swap order (default 1)")));
        keyPlayerParams.addAll(analysisParams);
        get("/api/v1/keyplayers", "A set of key players (Borgatti 2006) by fragmentation or reach (as 'corridor analyze keyplayers --format "
                + "json')", keyPlayerParams, ctx -> {
                    String objective = ctx.queryParam("objective") == null ? "fragmentation" : ctx.queryParam("objective");
                    int size = (int) whole(ctx.queryParam("size"), "size", 3);
                    int distance = (int) whole(ctx.queryParam("distance"), "distance", 1);
                    long seed = whole(ctx.queryParam("seed"), "seed", 1);
                    json(ctx, read(c -> NetworkAnalyses.keyPlayers(analysisNetwork(c, ctx, List.of()), objective, size, distance, seed, "")));
                });
        List<ApiRoute.Param> networkParams = List.of(ApiRoute.Param.query("focus", "string", "a party to centre on (id or name); none: the whole network"),
                ApiRoute.Param.query("hops", "integer", "how many ties out from the focus (1 to 3, default 1)"),
                ApiRoute.Param.query("schemata", "array", "only parties of these schemata"),
                ApiRoute.Param.query("since", "string", "leave out ties that ended before this date"),
                ApiRoute.Param.query("until", "string", "leave out ties that began after this date"),
                ApiRoute.Param.query("measure", "string", "the centrality to size by: " + String.join(", ", NetworkView.MEASURES) + " (default degree)"),
                ApiRoute.Param.query("max", "integer", "at most this many parties, the highest by the measure (default 300, at most "
                        + NetworkView.MAX_NODES + ")"));
        get("/api/v1/network", "The network view: parties with the measure and a seeded layout, and their ties", networkParams,
                ctx -> json(ctx, read(c -> NetworkView.json(c, networkRequest(ctx)))));
        for (String format : List.of("gexf", "graphml")) {
            get("/api/v1/network." + format, "The network view's parties and ties as " + format.toUpperCase(java.util.Locale.ROOT) + " (for Gephi)",
                    networkParams, ctx -> {
                        String xml = read(c -> NetworkView.graphXml(c, networkRequest(ctx), format));
                        ctx.contentType("application/xml; charset=utf-8").header("Content-Disposition", "attachment; filename=\"corridor-network."
                                + format + "\"").result(xml);
                    });
        }
        get("/api/v1/openapi.json", "This API as an OpenAPI 3.1 document", List.of(), ctx -> json(ctx, OpenApi.document(api)));
        app.get("/api", ctx -> ctx.contentType("text/html; charset=utf-8").result(OpenApi.page(api)));
        app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(Pages.home()));
        app.get("/search", ctx -> {
            String q = ctx.queryParam("q");
            JsonNode results = q == null || q.isBlank() ? EntityJson.JSON.createArrayNode()
                    : read(c -> EntityPages.search(c, null, q, 100));
            JsonNode screening = EntityJson.JSON.createArrayNode();
            if (q != null && !q.isBlank()) {
                try {
                    screening = read(c -> ScreenPages.json(ScreenPages.screen(c, List.of(new ScreenService.Query(q.strip(), null, null, null, null)),
                            "best", 0.80, 5, "", n -> { })));
                } catch (UsageException e) {
                    // a query screening cannot take (too long, no letters) still gets its name search
                }
            }
            ctx.contentType("text/html; charset=utf-8").result(WebPages.search(q, results, screening));
        });
        app.get("/entity/{id}", ctx -> {
            String id = ctx.pathParam("id");
            JsonNode page = read(c -> EntityPages.page(c, EntityPages.find(c, id)));
            ctx.contentType("text/html; charset=utf-8").result(WebPages.entity(page));
        });
        app.get("/operations", ctx -> {
            LedgerQuery query = ledgerQuery(ctx);
            java.util.Map<String, String> filters = new java.util.LinkedHashMap<>();
            for (String f : List.of("type", "actor", "country", "region", "since", "until")) {
                if (ctx.queryParam(f) != null) {
                    filters.put(f, ctx.queryParam(f));
                }
            }
            String page = read(c -> {
                try {
                    JsonNode geojson = EntityJson.JSON.readTree(LedgerPages.geojson(c, query, ""));
                    return OperationPages.page(filters, geojson, LedgerPages.page(c, query, List.of("month"), ""));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the ledger's GeoJSON did not parse", e);
                }
            });
            ctx.contentType("text/html; charset=utf-8").result(page);
        });
        app.get("/operation/{id}", ctx -> {
            JsonNode op = read(c -> LedgerPages.operation(c, ctx.pathParam("id")));
            ctx.contentType("text/html; charset=utf-8").result(OperationPages.operation(op));
        });
        app.get("/strategies", ctx -> {
            String scenario = ctx.queryParam("scenario") == null ? "test" : ctx.queryParam("scenario");
            if (!StrategyPages.SCENARIOS.contains(scenario)) {
                throw new UsageException("scenario must be one of " + String.join(", ", StrategyPages.SCENARIOS) + ", got '" + scenario + "'");
            }
            List<String> strategies = List.copyOf(org.corridor.app.SimulationService.bundled(scenario).strategies().keySet());
            ctx.contentType("text/html; charset=utf-8").result(StrategyPages.choose(scenario, strategies,
                    simulations.latest().stream().map(r -> (JsonNode) r.status()).toList()));
        });
        app.post("/strategies", ctx -> {
            ObjectNode body = EntityJson.JSON.createObjectNode();
            body.put("scenario", form(ctx, "scenario"));
            var chosen = body.putArray("strategies");
            ctx.formParams("strategies").forEach(chosen::add);
            if (chosen.isEmpty()) {
                throw new UsageException("choose one or more strategies to run");
            }
            body.put("runs", (int) whole(form(ctx, "runs"), "runs", 100));
            body.put("seed", whole(form(ctx, "seed"), "seed", 1));
            SimulationRuns.Run run = simulations.start(body);
            ctx.redirect("/strategies/" + run.id, io.javalin.http.HttpStatus.SEE_OTHER);
        });
        app.get("/strategies/{id}", ctx -> ctx.contentType("text/html; charset=utf-8")
                .result(StrategyPages.run(simulationRun(ctx.pathParam("id")).status())));
        app.get("/network", ctx -> {
            java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
            for (String f : List.of("focus", "hops", "schemata", "since", "until", "measure", "max")) {
                if (ctx.queryParam(f) != null) {
                    params.put(f, ctx.queryParam(f));
                }
            }
            NetworkView.Request request = networkRequest(ctx);
            String page = read(c -> NetworkPages.page(params, NetworkView.json(c, request)));
            ctx.contentType("text/html; charset=utf-8").result(page);
        });
        app.get("/static/network.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(NETWORK_SCRIPT));
        app.get("/review", ctx -> {
            var page = read(c -> {
                JsonNode queue = ReviewPages.queue(c, 50, "");
                java.util.Map<String, JsonNode> entities = new java.util.HashMap<>();
                for (JsonNode pair : queue) {
                    for (String side : List.of("left", "right")) {
                        String id = pair.get(side).asText();
                        EntityPages.ftm(c, id).ifPresent(e -> entities.put(id, e));
                    }
                }
                return WebPages.review(queue, entities, ReviewPages.log(c, 20));
            });
            ctx.contentType("text/html; charset=utf-8").result(page);
        });
        app.post("/review/decide", ctx -> {
            String left = form(ctx, "left");
            String right = form(ctx, "right");
            String verdict = form(ctx, "verdict");
            write(c -> ReviewPages.decide(c, left, right, verdict, "verdict", null, "web"));
            ctx.redirect("/review", io.javalin.http.HttpStatus.SEE_OTHER);
        });
        app.post("/review/undo", ctx -> {
            String id = form(ctx, "decision");
            if (!id.matches("\\d{1,18}")) {
                throw new UsageException("decision must be a decision number, got '" + id + "'");
            }
            write(c -> ReviewPages.undo(c, java.util.OptionalLong.of(Long.parseLong(id)), "web"));
            ctx.redirect("/review", io.javalin.http.HttpStatus.SEE_OTHER);
        });
        app.get("/ingest", ctx -> ctx.contentType("text/html; charset=utf-8").result(WebPages.ingest(
                ingests.latest().stream().map(IngestJobs.Job::status).toList())));
        app.post("/ingest", ctx -> {
            IngestJobs.Job job = ingests.start(uploads(ctx));
            ctx.redirect("/ingest/" + job.id, io.javalin.http.HttpStatus.SEE_OTHER);
        });
        app.get("/ingest/{id}", ctx -> ctx.contentType("text/html; charset=utf-8").result(WebPages.ingestJob(
                ingestJob(ctx.pathParam("id")).status())));
        app.get("/static/corridor.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(STYLESHEET));
        app.exception(CrossSiteException.class, (e, ctx) -> problem(ctx, 403, "Forbidden",
                "a request that changes something must come from this server's own pages"));
        app.exception(UnsupportedTypeException.class, (e, ctx) -> problem(ctx, 415, "Unsupported Media Type",
                "send the request body as JSON with Content-Type: application/json"));
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                problem(ctx, 413, "Content Too Large", "a request may carry at most " + MAX_REQUEST_BYTES / (1024 * 1024) + " MB, and "
                        + "files sent to ingest " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB together; send fewer or smaller files");
            } else if (e.getStatus() == 404) {
                noRoute(ctx);
            } else if (e.getStatus() == 405) {
                problem(ctx, 405, "Method Not Allowed", ctx.method() + " is not answered at " + ctx.path());
            } else {
                problem(ctx, e.getStatus(), "Error " + e.getStatus(), "the request could not be answered as sent");
            }
        });
        app.exception(NotFoundException.class, (e, ctx) -> problem(ctx, 404, "Not Found", e.publicDetail()));
        app.exception(UsageException.class, (e, ctx) -> problem(ctx, 400, "Bad Request", e.getMessage()));
        app.exception(InputException.class, (e, ctx) -> problem(ctx, 422, "Unprocessable Content", e.getMessage()));
        app.exception(CorridorException.class, (e, ctx) -> {
            LOG.warn("request {} failed", ctx.path(), e);
            problem(ctx, 503, "Service Unavailable", "the workspace could not be opened just now (another program may be writing to it); "
                    + "try again");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            problem(ctx, 500, "Internal Server Error", "the server could not answer this request; its log says why");
        });
        app.error(404, ctx -> {
            // a missing entity has its own problem already; any other 404 is an address with no route
            if (ctx.attribute(PROBLEM) == null) {
                noRoute(ctx);
            }
        });
    }

    /**
     * Screening in the shapes outside clients send: yente's {@code POST /match/{dataset}} and the
     * Reconciliation Service API v0.2 OpenRefine uses ({@code /reconcile}). Both only read, so they
     * take requests from other programs (OpenRefine posts a form) without the state-changing checks.
     */
    private void screeningProtocols() {
        post("/match/{dataset}", "yente-compatible screening: FollowTheMoney query entities in, scored entities out, the same hits as "
                + "'corridor screen' (query parameters: limit, default 5; threshold, default 0.80; algorithm, a Corridor scorer, yente's "
                + "names mean best)", "{\"queries\": {\"key\": {\"schema\": \"Person\", \"properties\": {\"name\": [names], "
                + "\"birthDate\": [...], \"country\": [...]}}}}", 200, ctx -> {
                    dataset(ctx);
                    var examples = ScreeningProtocols.yenteQueries(body(ctx));
                    int limit = ctx.queryParam("limit") == null ? 5 : limit(ctx.queryParam("limit"));
                    double threshold = decimal(ctx.queryParam("threshold"), "threshold", 0.80);
                    String scorer = scorer(ctx.queryParam("algorithm"));
                    json(ctx, read(c -> ScreeningProtocols.yenteResponse(c, examples, ScreenPages.screen(c,
                            ScreeningProtocols.flatten(examples), scorer, threshold, limit, "", n -> { }), threshold, limit)));
                });
        io.javalin.http.Handler reconcile = ctx -> {
            if (ctx.pathParamMap().containsKey("dataset")) {
                dataset(ctx);
            }
            String queries = ctx.method().name().equals("POST") ? ctx.formParam("queries") : ctx.queryParam("queries");
            if (queries == null) {
                json(ctx, ScreeningProtocols.manifest(ctx.scheme() + "://" + ctx.host()));
                return;
            }
            var asked = ScreeningProtocols.reconcileQueries(queries);
            json(ctx, read(c -> ScreeningProtocols.reconcileResponse(asked, ScreenPages.screen(c, asked.stream()
                    .map(ScreeningProtocols.Reconcile::screen).toList(), "best", 0.80, 0, "", n -> { }), 0.80)));
        };
        String reconcileSummary = "Reconciliation Service API v0.2 (OpenRefine): without queries, the service manifest; with queries "
                + "(a JSON object by key of {query, type, limit, properties}), candidates scored as 'corridor screen' scores them, the "
                + "explanation in each description";
        for (String path : List.of("/reconcile", "/reconcile/{dataset}")) {
            get(path, reconcileSummary, List.of(ApiRoute.Param.query("queries", "string", "the queries as JSON")), reconcile);
            post(path, reconcileSummary, "form field queries=JSON", 200, reconcile);
        }
        get("/reconcile/{dataset}/suggest/entity", "Entities whose names start with the prefix (reconciliation suggest service)",
                List.of(ApiRoute.Param.query("prefix", "string", "the start of a name")), ctx -> {
                    dataset(ctx);
                    String prefix = ctx.queryParam("prefix");
                    JsonNode found = prefix == null || prefix.isBlank() ? EntityJson.JSON.createArrayNode()
                            : read(c -> EntityPages.search(c, null, prefix, 10));
                    json(ctx, ScreeningProtocols.suggestEntities(prefix, found));
                });
        get("/reconcile/{dataset}/suggest/type", "Schemata a reconciliation can be restricted to, by prefix",
                List.of(ApiRoute.Param.query("prefix", "string", "the start of a type")), ctx -> {
                    dataset(ctx);
                    json(ctx, ScreeningProtocols.suggestTypes(ctx.queryParam("prefix")));
                });
        get("/reconcile/{dataset}/suggest/property", "Properties a reconciliation query can give, by prefix",
                List.of(ApiRoute.Param.query("prefix", "string", "the start of a property")), ctx -> {
                    dataset(ctx);
                    json(ctx, ScreeningProtocols.suggestProperties(ctx.queryParam("prefix")));
                });
    }

    /** A field of a posted form, refused with a sentence when missing. */
    private static String form(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new UsageException(field + " is missing from the form");
        }
        return v.strip();
    }

    /**
     * The workspace's network as the analysis routes' parameters filter it, with the route's own
     * default relationship schemata, direction, weighting and weight.
     */
    private static AnalysisNetwork analysisNetwork(Corridor c, Context ctx, List<String> endpoints, java.util.Set<String> defaultSchemata,
            boolean directed, boolean weighted, String weightBy) {
        return AnalysisNetwork.workspace(c, list(ctx, "node-schemata"), list(ctx, "schemata"), defaultSchemata, ctx.queryParam("since"),
                ctx.queryParam("until"), directed, weighted, ctx.queryParam("weight-by") == null ? weightBy : ctx.queryParam("weight-by"), "",
                endpoints);
    }

    /** The workspace's network as the analysis routes' parameters filter it. */
    private static AnalysisNetwork analysisNetwork(Corridor c, Context ctx, List<String> endpoints) {
        return analysisNetwork(c, ctx, endpoints, java.util.Set.of(), flag(ctx, "directed"), flag(ctx, "weighted"), "evidence");
    }

    private static String requiredParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new UsageException(name + " is missing; give it as " + name + "=...");
        }
        return v;
    }

    private static NetworkView.Request networkRequest(Context ctx) {
        String measure = ctx.queryParam("measure") == null || ctx.queryParam("measure").isBlank() ? "degree" : ctx.queryParam("measure");
        String hops = ctx.queryParam("hops");
        String max = ctx.queryParam("max");
        return new NetworkView.Request(ctx.queryParam("focus"), (int) whole(hops == null || hops.isBlank() ? null : hops, "hops", 1),
                list(ctx, "schemata"), ctx.queryParam("since"), ctx.queryParam("until"), measure,
                (int) whole(max == null || max.isBlank() ? null : max, "max", 300));
    }

    private SimulationRuns.Run simulationRun(String id) {
        SimulationRuns.Run run = simulations.get(id);
        if (run == null) {
            throw new NotFoundException("no simulation run " + id, "no simulation run '" + id + "' on this server (runs are kept until it "
                    + "stops, the latest " + SimulationRuns.KEPT + ")");
        }
        return run;
    }

    private IngestJobs.Job ingestJob(String id) {
        IngestJobs.Job job = ingests.get(id);
        if (job == null) {
            throw new NotFoundException("no ingest " + id, "no ingest '" + id + "' on this server (ingests are listed until it stops, the "
                    + "latest " + IngestJobs.KEPT + ")");
        }
        return job;
    }

    /** The files of a multipart request; anything else is refused with a sentence saying how to send them. */
    private static List<Uploads.Upload> uploads(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new UsageException("send the files as a multipart form (Content-Type: multipart/form-data) in the field 'files'");
        }
        List<io.javalin.http.UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (IllegalStateException e) {
            // the multipart parser's own refusal of a request over its limits
            throw new io.javalin.http.HttpResponseException(413, "too large");
        }
        List<Uploads.Upload> out = new ArrayList<>();
        for (io.javalin.http.UploadedFile f : files) {
            try (java.io.InputStream in = f.content()) {
                out.add(new Uploads.Upload(f.filename(), in.readAllBytes()));
            } catch (java.io.IOException e) {
                throw new UsageException("the upload of '" + f.filename() + "' broke off; send it again");
            }
        }
        return out;
    }

    /** yente and reconciliation clients name a dataset; this server screens one, its workspace, as "default". */
    private static void dataset(Context ctx) {
        String dataset = ctx.pathParam("dataset");
        if (!dataset.equals("default")) {
            throw new NotFoundException("no dataset " + dataset, "no dataset '" + dataset + "' here; this server screens its workspace as "
                    + "dataset 'default'");
        }
    }

    /** yente's algorithm names mean Corridor's best scorer; a Corridor scorer's own name chooses it. */
    private static String scorer(String algorithm) {
        if (algorithm == null || List.of("best", "default", "logic-v1", "logic-v2", "name-based", "name-qualified", "regression-v1",
                "regression-v2", "regression-v3").contains(algorithm)) {
            return "best";
        }
        return algorithm;
    }

    private static boolean readOnlyProtocol(String path) {
        return path.startsWith("/match/") || path.equals("/reconcile") || path.startsWith("/reconcile/");
    }

    private static void noRoute(Context ctx) {
        problem(ctx, 404, "Not Found", "there is nothing at " + ctx.path() + "; the API is under /api/v1");
    }

    private static long whole(String value, String name, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got '" + value + "'");
        }
    }

    private void get(String path, String summary, List<ApiRoute.Param> params, io.javalin.http.Handler handler) {
        api.add(new ApiRoute("GET", path, summary, withPathParams(path, params), null, 200));
        app.get(path, handler);
    }

    private void delete(String path, String summary, io.javalin.http.Handler handler) {
        api.add(new ApiRoute("DELETE", path, summary, withPathParams(path, List.of()), null, 200));
        app.delete(path, handler);
    }

    private void post(String path, String summary, String body, int status, io.javalin.http.Handler handler) {
        api.add(new ApiRoute("POST", path, summary, withPathParams(path, List.of()), body, status));
        app.post(path, handler);
    }

    /** The documented parameters plus any {name} of the path not yet among them (OpenAPI requires each). */
    private static List<ApiRoute.Param> withPathParams(String path, List<ApiRoute.Param> params) {
        List<ApiRoute.Param> out = new ArrayList<>(params);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
        while (m.find()) {
            String name = m.group(1);
            if (out.stream().noneMatch(p -> p.name().equals(name))) {
                out.add(0, ApiRoute.Param.path(name, name.equals("dataset") ? "the dataset: 'default', the workspace" : "the " + name));
            }
        }
        return out;
    }

    private static JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new UnsupportedTypeException();
        }
        try {
            JsonNode body = EntityJson.JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new UsageException("the body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new UsageException("the body is not JSON (" + e.getOriginalMessage() + "); send a JSON object");
        }
    }

    private static String required(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new UsageException(field + " is missing; give it as a text");
        }
        return n.asText();
    }

    /** Who decides: the body's "by", else "web" (there is no login yet). */
    private static String reviewer(JsonNode body) {
        JsonNode by = body.get("by");
        return by != null && by.isTextual() && !by.asText().isBlank() ? by.asText().strip() : "web";
    }

    /** The routes as the OpenAPI document lists them. */
    List<ApiRoute> routesDocumented() {
        return List.copyOf(api);
    }

    private static LedgerQuery ledgerQuery(Context ctx) {
        return new LedgerQuery(list(ctx, "type"), ctx.queryParam("actor"), ctx.queryParam("country"), ctx.queryParam("region"),
                ctx.queryParam("since"), ctx.queryParam("until"), list(ctx, "grade"));
    }

    /** A parameter given as a comma-separated list, or repeated; empty when absent. */
    private static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /**
     * A request that changes something must come from this server's own pages or from a program
     * that is not a browser. A browser says where a request comes from: {@code Sec-Fetch-Site}
     * (same-origin, or none when the user typed it) or else {@code Origin}; a request with neither
     * did not come from a page. The JSON routes also refuse any body that is not JSON (415), which
     * a page elsewhere cannot send without a preflight this server never grants.
     */
    private static void refuseCrossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            if (!site.equals("same-origin") && !site.equals("none")) {
                throw new CrossSiteException();
            }
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
            throw new CrossSiteException();
        }
    }

    static final class CrossSiteException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class UnsupportedTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true") || v.isEmpty()) {
            return true;
        }
        throw new UsageException(name + " must be true or false, got '" + v + "'");
    }

    private static double decimal(String value, String name, double fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number, got '" + value + "'");
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return 50;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException("limit must be a whole number from 0 (all) to 10000, got '" + value + "'");
    }

    private <T> T read(Function<Corridor, T> use) {
        try (Corridor corridor = Corridor.openExisting(config)) {
            return use.apply(corridor);
        }
    }

    /** Opens the workspace to write (taking its write lock, as a command would) for one request. */
    private <T> T write(Function<Corridor, T> use) {
        if (!java.nio.file.Files.isDirectory(config.workspace())) {
            throw new NotFoundException("no workspace", "the workspace this server was started on is gone");
        }
        try (Corridor corridor = Corridor.open(config)) {
            return use.apply(corridor);
        }
    }

    private static void json(Context ctx, JsonNode node) throws JsonProcessingException {
        ctx.contentType("application/json").result(EntityJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
    }

    /**
     * An RFC 9457 problem: the status, its title and one sentence; nothing internal. A page of the
     * workbench (anything outside /api) gets the same sentence as an HTML page instead.
     */
    static void problem(Context ctx, int status, String title, String detail) {
        ctx.attribute(PROBLEM, Boolean.TRUE);
        if (!ctx.path().startsWith("/api") && !readOnlyProtocol(ctx.path())) {
            ctx.status(status).contentType("text/html; charset=utf-8").result(WebPages.error(status, title, detail));
            return;
        }
        ObjectNode p = EntityJson.JSON.createObjectNode();
        p.put("type", "about:blank");
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        p.put("instance", ctx.path());
        ctx.status(status).contentType("application/problem+json").result(p.toString() + "\n");
    }

    @Override
    public void close() {
        app.stop();
        simulations.close();
        ingests.close();
    }
}
