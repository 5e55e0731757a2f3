package org.corridor.simulate.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridor.model.InputException;

/**
 * Reads and validates a scenario file (YAML). Every error names the file, the key (as a path
 * such as {@code legs[3].capacity_kg}) and what to do; unknown keys are errors too, since a
 * misspelt key would otherwise silently fall back to a default.
 */
public final class ScenarioReader {
    /** Scenarios bundled with Corridor, by the name {@code corridor simulate} accepts for them. */
    public static final List<String> BUNDLED = List.of("test", "andes", "road-grid");
    private static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String file;

    private ScenarioReader(String file) {
        this.file = file;
    }

    /** A scenario file, or one of {@link #BUNDLED} by name. */
    public static Scenario read(String pathOrName) {
        if (BUNDLED.contains(pathOrName) && !Files.exists(Path.of(pathOrName))) {
            return bundled(pathOrName);
        }
        Path path = Path.of(pathOrName);
        if (!Files.isRegularFile(path)) {
            throw new InputException(pathOrName + ": no such scenario file; give a YAML file or one of " + String.join(", ", BUNDLED));
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(pathOrName + ": is " + Files.size(path) + " bytes, too large for a scenario (at most "
                        + MAX_BYTES + "); check it is the right file");
            }
            return new ScenarioReader(pathOrName).parse(YAML.readTree(Files.readAllBytes(path)));
        } catch (JacksonException e) {
            if (e.getCause() instanceof java.io.CharConversionException || e.getOriginalMessage().contains("Invalid UTF-8")) {
                throw new InputException(pathOrName + ": is not UTF-8 text; save the scenario as UTF-8 YAML", e);
            }
            throw new InputException(pathOrName + ": is not valid YAML (" + e.getOriginalMessage() + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "); fix the syntax", e);
        } catch (java.io.CharConversionException e) {
            throw new InputException(pathOrName + ": is not UTF-8 text; save the scenario as UTF-8 YAML", e);
        } catch (IOException e) {
            throw new InputException(pathOrName + ": cannot be read (" + e.getMessage() + "); check the file's permissions", e);
        }
    }

    /** One of {@link #BUNDLED}, from the jar, never from a file of that name (for a face that must not read files by request). */
    public static Scenario bundled(String name) {
        if (!BUNDLED.contains(name)) {
            throw new org.corridor.model.UsageException("scenario '" + name + "' is not one of the bundled " + String.join(", ", BUNDLED));
        }
        String resource = "/org/corridor/simulate/scenarios/" + name + ".yaml";
        try (InputStream in = ScenarioReader.class.getResourceAsStream(resource)) {
            return new ScenarioReader(name + " (bundled)").parse(YAML.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("bundled scenario " + name + " is missing or broken", e);
        }
    }

    /** A scenario from YAML text, for tests and tools; {@code name} stands for the file in errors. */
    public static Scenario parse(String name, String yaml) {
        try {
            return new ScenarioReader(name).parse(YAML.readTree(yaml));
        } catch (JacksonException e) {
            throw new InputException(name + ": is not valid YAML (" + e.getOriginalMessage() + "); fix the syntax", e);
        }
    }

    private InputException error(String key, String problem) {
        return new InputException(file + ": " + key + ": " + problem);
    }

    private Scenario parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InputException(file + ": is not a scenario (expected a YAML mapping with places, legs, organisations, "
                    + "markets, production); see docs/simulation.md");
        }
        known(root, "", "name", "horizon", "start", "shipments", "places", "legs", "organisations", "markets", "production",
                "enforcement", "backstop", "violence", "behaviour", "economics", "costs", "strategies", "calibration");
        String name = text(root, "", "name", file);
        int horizon = integer(root, "", "horizon", 120, 1, 1200);
        int start = integer(root, "", "start", Math.min(24, horizon / 4), 0, horizon - 1);
        int shipments = integer(root, "", "shipments", 20, 1, 1000);

        Map<String, Place> places = new LinkedHashMap<>();
        List<JsonNode> placeNodes = list(root, "places");
        for (int i = 0; i < placeNodes.size(); i++) {
            String key = "places[" + i + "]";
            JsonNode n = placeNodes.get(i);
            known(n, key, "id", "kind", "country", "region", "lat", "lon");
            String id = text(n, key, "id", null);
            Place.Kind kind = enumValue(Place.Kind.class, n, key, "kind", null);
            String country = text(n, key, "country", "");
            Double lat = n.has("lat") ? number(n, key, "lat", 0.0, -90, 90) : null;
            Double lon = n.has("lon") ? number(n, key, "lon", 0.0, -180, 180) : null;
            if (places.put(id, new Place(id, kind, country, text(n, key, "region", country), lat, lon)) != null) {
                throw error(key + ".id", "place '" + id + "' is defined twice; give each place its own id");
            }
        }
        List<Leg> legs = new ArrayList<>();
        List<JsonNode> legNodes = list(root, "legs");
        for (int i = 0; i < legNodes.size(); i++) {
            String key = "legs[" + i + "]";
            JsonNode n = legNodes.get(i);
            known(n, key, "from", "to", "mode", "cost_per_kg", "days", "capacity_kg", "detection");
            String from = placeRef(n, key, "from", places);
            String to = placeRef(n, key, "to", places);
            legs.add(new Leg(from, to, text(n, key, "mode", "road"), number(n, key, "cost_per_kg", null, 0, 1e9),
                    number(n, key, "days", 1.0, 0, 365), number(n, key, "capacity_kg", null, 0, 1e12),
                    number(n, key, "detection", 0.02, 0, 1)));
        }
        List<Market> markets = new ArrayList<>();
        List<JsonNode> marketNodes = list(root, "markets");
        for (int i = 0; i < marketNodes.size(); i++) {
            String key = "markets[" + i + "]";
            JsonNode n = marketNodes.get(i);
            known(n, key, "place", "price_per_kg", "demand_kg", "elasticity");
            markets.add(new Market(placeRef(n, key, "place", places), number(n, key, "price_per_kg", null, 0, 1e9),
                    number(n, key, "demand_kg", null, 0, 1e12), number(n, key, "elasticity", -0.5, -10, -0.01)));
        }
        List<Production> production = new ArrayList<>();
        List<JsonNode> productionNodes = list(root, "production");
        for (int i = 0; i < productionNodes.size(); i++) {
            String key = "production[" + i + "]";
            JsonNode n = productionNodes.get(i);
            known(n, key, "place", "kg_per_month", "cost_per_kg");
            production.add(new Production(placeRef(n, key, "place", places), number(n, key, "kg_per_month", null, 0, 1e12),
                    number(n, key, "cost_per_kg", 0.0, 0, 1e9)));
        }
        List<Organisation> organisations = new ArrayList<>();
        List<JsonNode> orgNodes = list(root, "organisations");
        Set<String> orgIds = new HashSet<>();
        for (int i = 0; i < orgNodes.size(); i++) {
            String key = "organisations[" + i + "]";
            JsonNode n = orgNodes.get(i);
            known(n, key, "id", "territory", "accessible", "capital", "loss_tolerance", "home", "structure", "roles", "members", "ties",
                    "entity");
            String id = text(n, key, "id", null);
            if (!orgIds.add(id)) {
                throw error(key + ".id", "organisation '" + id + "' is defined twice; give each its own id");
            }
            List<String> territory = placeRefs(n, key, "territory", places);
            List<String> accessible = n.has("accessible") ? placeRefs(n, key, "accessible", places) : List.copyOf(places.keySet());
            String home = n.has("home") ? placeRef(n, key, "home", places) : territory.get(0);
            String structure = text(n, key, "structure", "centralised");
            if (!structure.equals("centralised") && !structure.equals("decentralised")) {
                throw error(key + ".structure", "must be centralised or decentralised, got '" + structure + "'");
            }
            Map<String, Integer> roles = new LinkedHashMap<>();
            if (n.has("roles")) {
                JsonNode r = n.get("roles");
                if (!r.isObject()) {
                    throw error(key + ".roles", "must map role names to counts, e.g. {leader: 1, lieutenant: 3, trafficker: 12}");
                }
                r.properties().forEach(e -> roles.put(e.getKey(), (int) number(r, key + ".roles", e.getKey(), null, 0, 100_000)));
            } else {
                roles.putAll(Map.of("leader", 1, "lieutenant", 3, "broker", 3, "trafficker", 12, "financier", 2));
            }
            List<Member> members = members(n, key);
            List<List<String>> ties = ties(n, key, members);
            if (members.isEmpty() && roles.getOrDefault("leader", 0) < 1) {
                throw error(key + ".roles.leader", "an organisation needs at least one leader");
            }
            organisations.add(new Organisation(id, territory, accessible, number(n, key, "capital", null, 0, 1e15),
                    number(n, key, "loss_tolerance", 0.1, 0, 1), home, structure.equals("centralised"), Map.copyOf(roles),
                    members, ties, n.has("entity") ? text(n, key, "entity", null) : null));
        }
        JsonNode e = root.path("enforcement");
        known(e, "enforcement", "assets", "effect", "policy", "cost_per_asset");
        Enforcement enforcement = new Enforcement(integer(e, "enforcement", "assets", 0, 0, 100_000),
                number(e, "enforcement", "effect", 0.25, 0, 1),
                enumValue(Enforcement.Policy.class, e, "enforcement", "policy", Enforcement.Policy.LEARNING),
                number(e, "enforcement", "cost_per_asset", Enforcement.DEFAULT_COST_PER_ASSET, 0, 1e12));
        Backstop backstop = null;
        if (root.has("backstop")) {
            JsonNode b = root.get("backstop");
            known(b, "backstop", "cost_per_kg", "capacity_kg", "detection");
            backstop = new Backstop(number(b, "backstop", "cost_per_kg", null, 0, 1e9), number(b, "backstop", "capacity_kg", null, 0, 1e12),
                    number(b, "backstop", "detection", 0.01, 0, 1));
        }
        JsonNode v = root.path("violence");
        known(v, "violence", "base", "contest", "shock", "shock_months", "spillover", "spillover_months", "deaths_per_unit");
        ViolenceModel d = ViolenceModel.DEFAULTS;
        ViolenceModel violence = new ViolenceModel(number(v, "violence", "base", d.base(), 0, 1e9),
                number(v, "violence", "contest", d.contest(), 0, 100), number(v, "violence", "shock", d.shock(), 0, 100),
                integer(v, "violence", "shock_months", d.shockMonths(), 0, 1200), number(v, "violence", "spillover", d.spillover(), 0, 100),
                integer(v, "violence", "spillover_months", d.spilloverMonths(), 0, 1200),
                number(v, "violence", "deaths_per_unit", d.deathsPerUnit(), 0, 1000));

        JsonNode bh = root.path("behaviour");
        known(bh, "behaviour", "risk_aversion", "congestion", "noise", "memory", "lieutenant_ties", "rival_entry", "cell_ties",
                "recruit_ties");
        Behaviour db = Behaviour.DEFAULTS;
        Behaviour behaviour = new Behaviour(number(bh, "behaviour", "risk_aversion", db.riskAversion(), 0, 100),
                number(bh, "behaviour", "congestion", db.congestion(), 0, 100), number(bh, "behaviour", "noise", db.noise(), 0, 5),
                number(bh, "behaviour", "memory", db.memory(), 0, 1),
                number(bh, "behaviour", "lieutenant_ties", db.lieutenantTies(), 0, 1),
                number(bh, "behaviour", "rival_entry", db.rivalEntry(), 0, 1),
                number(bh, "behaviour", "cell_ties", db.cellTies(), 0, 1),
                number(bh, "behaviour", "recruit_ties", db.recruitTies(), 0, 1));
        JsonNode ec = root.path("economics");
        known(ec, "economics", "supply_response", "laundering_cost", "buffer_months", "credit_share", "designation_laundering",
                "designation_months", "laundering_months", "scale_to_capital", "payroll_per_member", "bribes_per_place", "borrow_months",
                "borrow_interest", "banking_exposure");
        Economics de = Economics.DEFAULTS;
        Economics economics = new Economics(number(ec, "economics", "supply_response", de.supplyResponse(), 0, 1),
                number(ec, "economics", "laundering_cost", de.launderingCost(), 0, 0.9),
                number(ec, "economics", "buffer_months", de.bufferMonths(), 0.1, 120),
                number(ec, "economics", "credit_share", de.creditShare(), 0, 1),
                number(ec, "economics", "designation_laundering", de.designationLaundering(), 0, 0.9),
                integer(ec, "economics", "designation_months", de.designationMonths(), 0, 1200),
                integer(ec, "economics", "laundering_months", de.launderingMonths(), 0, 24),
                number(ec, "economics", "scale_to_capital", de.scaleToCapital(), 0, 5),
                number(ec, "economics", "payroll_per_member", de.payrollPerMember(), 0, 1e12),
                number(ec, "economics", "bribes_per_place", de.bribesPerPlace(), 0, 1e12),
                number(ec, "economics", "borrow_months", de.borrowMonths(), 0, 120),
                number(ec, "economics", "borrow_interest", de.borrowInterest(), 0, 1),
                number(ec, "economics", "banking_exposure", de.bankingExposure(), 0, 1));
        JsonNode co = root.path("costs");
        known(co, "costs", "leader_removal", "broker_removal", "freeze_per_month", "demand_reduction_per_month", "crackdown_per_month");
        LeverCosts dc = LeverCosts.DEFAULTS;
        LeverCosts costs = new LeverCosts(number(co, "costs", "leader_removal", dc.leaderRemoval(), 0, 1e12),
                number(co, "costs", "broker_removal", dc.brokerRemoval(), 0, 1e12),
                number(co, "costs", "freeze_per_month", dc.freezePerMonth(), 0, 1e12),
                number(co, "costs", "demand_reduction_per_month", dc.demandReductionPerMonth(), 0, 1e12),
                number(co, "costs", "crackdown_per_month", dc.crackdownPerMonth(), 0, 1e12));
        requireReachable(places, legs, markets);
        Map<String, Strategy> strategies = new LinkedHashMap<>(builtIn(start, organisations, enforcement));
        if (root.has("strategies")) {
            JsonNode s = root.get("strategies");
            if (!s.isObject()) {
                throw error("strategies", "must map strategy names to lists of interventions");
            }
            for (Map.Entry<String, JsonNode> entry : s.properties()) {
                List<Intervention> list = new ArrayList<>();
                JsonNode items = entry.getValue();
                if (!items.isArray()) {
                    throw error("strategies." + entry.getKey(), "must be a list of interventions");
                }
                for (int i = 0; i < items.size(); i++) {
                    list.add(intervention(items.get(i), "strategies." + entry.getKey() + "[" + i + "]", horizon, places, orgIds, markets));
                }
                strategies.put(entry.getKey(), new Strategy(entry.getKey(), List.copyOf(list)));
            }
        }
        return new Scenario(name, horizon, start, shipments, List.copyOf(places.values()), List.copyOf(legs), List.copyOf(organisations),
                List.copyOf(markets), List.copyOf(production), enforcement, backstop, violence, behaviour, economics, costs, strategies,
                calibration(root, places, markets));
    }

    private void routeShare(String quantity, String key, Map<String, Place> places, List<Market> markets) {
        String[] parts = quantity.split(":", -1);
        if (parts.length != 3 || places.values().stream().noneMatch(p -> parts[1].equals(p.region() != null ? p.region() : p.country()))) {
            throw error(key, "'" + quantity + "' names no region of the scenario's places; write route_share:REGION:MARKET with a region "
                    + "given under places");
        }
        if (markets.stream().noneMatch(m -> m.place().equals(parts[2]))) {
            throw error(key, "'" + quantity + "' names no market; write route_share:REGION:MARKET with a market's place");
        }
    }

    private List<CalibrationTarget> calibration(JsonNode root, Map<String, Place> places, List<Market> markets) {
        JsonNode n = root.get("calibration");
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw error("calibration", "must be a list of targets (quantity, low, high, scale, unit, source)");
        }
        List<CalibrationTarget> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode t = n.get(i);
            String key = "calibration[" + i + "]";
            known(t, key, "quantity", "low", "high", "scale", "unit", "source");
            String quantity = text(t, key, "quantity", null);
            if (quantity.startsWith(CalibrationTarget.ROUTE_SHARE)) {
                routeShare(quantity, path(key, "quantity"), places, markets);
            } else if (!CalibrationTarget.QUANTITIES.contains(quantity)) {
                throw error(path(key, "quantity"), "must be one of " + String.join(", ", CalibrationTarget.QUANTITIES)
                        + " or route_share:REGION:MARKET, got '" + quantity + "'");
            }
            double low = number(t, key, "low", null, 0, 1e15);
            double high = number(t, key, "high", null, low, 1e15);
            out.add(new CalibrationTarget(quantity, low, high, number(t, key, "scale", 1.0, 1e-12, 1e12), text(t, key, "unit", null),
                    text(t, key, "source", null)));
        }
        return List.copyOf(out);
    }

    /** The strategies every scenario has, acting from its start month on its largest organisation where one is needed. */
    static Map<String, Strategy> builtIn(int start, List<Organisation> organisations, Enforcement enforcement) {
        String largest = organisations.stream().max(Comparator.comparingDouble(Organisation::capital)).map(Organisation::id).orElseThrow();
        Intervention surge = new Intervention(start, Intervention.Type.INTERDICTION_SURGE, null, null, null, 3, 0, null, 0);
        Intervention freeze = new Intervention(start, Intervention.Type.ASSET_FREEZE, null, null, null, 0, 0.5, null, 0);
        Intervention demand = new Intervention(start, Intervention.Type.DEMAND_REDUCTION, null, null, null, 0, 0.25, null, 0);
        Map<String, Strategy> out = new LinkedHashMap<>();
        out.put("baseline", new Strategy("baseline", List.of()));
        out.put("leader_removal", new Strategy("leader_removal",
                List.of(new Intervention(start, Intervention.Type.LEADER_REMOVAL, largest, null, null, 0, 0, null, 0))));
        out.put("interdiction_surge", new Strategy("interdiction_surge", List.of(surge)));
        out.put("optimised_interdiction", new Strategy("optimised_interdiction", List.of(new Intervention(start,
                Intervention.Type.ENFORCEMENT_POLICY, null, null, null, 0, 0, Enforcement.Policy.OPTIMISED, 0))));
        out.put("financial_disruption", new Strategy("financial_disruption", List.of(freeze)));
        out.put("demand_reduction", new Strategy("demand_reduction", List.of(demand)));
        out.put("combined", new Strategy("combined", List.of(surge, freeze, demand)));
        return out;
    }

    private Intervention intervention(JsonNode n, String key, int horizon, Map<String, Place> places, Set<String> orgs,
            List<Market> markets) {
        known(n, key, "month", "type", "organisation", "place", "market", "factor", "share", "policy", "detection");
        int month = integer(n, key, "month", null, 0, Integer.MAX_VALUE);
        if (month >= horizon) {
            throw error(key + ".month", "month " + month + " is after the horizon (" + horizon + " months, numbered 0 to "
                    + (horizon - 1) + "); move it earlier or raise horizon");
        }
        Intervention.Type type = enumValue(Intervention.Type.class, n, key, "type", null);
        String organisation = n.has("organisation") ? text(n, key, "organisation", null) : null;
        if (organisation != null && !orgs.contains(organisation)) {
            throw error(key + ".organisation", "there is no organisation '" + organisation + "'; use one of " + String.join(", ", orgs));
        }
        if ((type == Intervention.Type.LEADER_REMOVAL || type == Intervention.Type.BROKER_REMOVAL) && organisation == null) {
            throw error(key + ".organisation", type.name().toLowerCase(Locale.ROOT) + " needs the organisation it acts on");
        }
        String place = n.has("place") ? placeRef(n, key, "place", places) : null;
        if (type == Intervention.Type.CRACKDOWN && place == null) {
            throw error(key + ".place", "crackdown needs the place it targets");
        }
        String market = n.has("market") ? placeRef(n, key, "market", places) : null;
        if (market != null && markets.stream().noneMatch(m -> m.place().equals(market))) {
            throw error(key + ".market", "place '" + market + "' is not a market; name a place listed under markets");
        }
        Enforcement.Policy policy = n.has("policy") ? enumValue(Enforcement.Policy.class, n, key, "policy", null) : null;
        if (type == Intervention.Type.ENFORCEMENT_POLICY && policy == null) {
            throw error(key + ".policy", "enforcement_policy needs a policy: fixed, learning or optimised");
        }
        return new Intervention(month, type, organisation, place, market, number(n, key, "factor", 3.0, 0, 1000),
                number(n, key, "share", 0.5, 0, 1), policy, number(n, key, "detection", 0.2, 0, 1));
    }

    private List<Member> members(JsonNode n, String key) {
        if (!n.has("members")) {
            return List.of();
        }
        List<JsonNode> nodes = list(n, "members");
        List<Member> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String k = key + ".members[" + i + "]";
            known(nodes.get(i), k, "id", "role");
            String id = text(nodes.get(i), k, "id", null);
            if (!ids.add(id)) {
                throw error(k + ".id", "member '" + id + "' is listed twice");
            }
            out.add(new Member(id, text(nodes.get(i), k, "role", null), "scenario"));
        }
        if (out.stream().noneMatch(m -> m.role().equals("leader"))) {
            throw error(key + ".members", "no member has the role leader; give one member role: leader");
        }
        return List.copyOf(out);
    }

    private List<List<String>> ties(JsonNode n, String key, List<Member> members) {
        if (!n.has("ties")) {
            return List.of();
        }
        if (members.isEmpty()) {
            throw error(key + ".ties", "ties need members; list the members first");
        }
        Set<String> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        List<List<String>> out = new ArrayList<>();
        List<JsonNode> nodes = list(n, "ties");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode t = nodes.get(i);
            if (!t.isArray() || t.size() != 2) {
                throw error(key + ".ties[" + i + "]", "must be a pair of member ids, e.g. [a, b]");
            }
            for (JsonNode end : t) {
                if (!ids.contains(end.asText())) {
                    throw error(key + ".ties[" + i + "]", "there is no member '" + end.asText() + "'; list it under members");
                }
            }
            out.add(List.of(t.get(0).asText(), t.get(1).asText()));
        }
        return List.copyOf(out);
    }

    /** Every leg must lead somewhere a market can be reached from, or it could never carry anything. */
    private void requireReachable(Map<String, Place> places, List<Leg> legs, List<Market> markets) {
        Map<String, List<String>> reverse = new HashMap<>();
        legs.forEach(l -> reverse.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from()));
        Set<String> reaches = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        markets.forEach(m -> {
            reaches.add(m.place());
            queue.add(m.place());
        });
        while (!queue.isEmpty()) {
            for (String from : reverse.getOrDefault(queue.poll(), List.of())) {
                if (reaches.add(from)) {
                    queue.add(from);
                }
            }
        }
        for (int i = 0; i < legs.size(); i++) {
            if (!reaches.contains(legs.get(i).to())) {
                throw error("legs[" + i + "]", "leg " + legs.get(i).id() + " cannot reach any market; add a leg onward from '"
                        + legs.get(i).to() + "' or remove this one");
            }
        }
    }

    private void known(JsonNode n, String key, String... names) {
        if (n.isMissingNode() || n.isNull()) {
            return;
        }
        if (!n.isObject()) {
            throw error(key.isEmpty() ? "(top)" : key, "must be a mapping of keys to values");
        }
        Set<String> allowed = Set.of(names);
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw error((key.isEmpty() ? "" : key + ".") + f, "unknown key; the keys here are " + String.join(", ", names));
            }
        }
    }

    private List<JsonNode> list(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            throw error(key, "is missing; a scenario needs places, legs, organisations, markets and production");
        }
        if (!n.isArray() || n.isEmpty()) {
            throw error(key, "must be a non-empty list");
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    private String text(JsonNode n, String key, String field, String fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw error(path(key, field), "is missing");
            }
            return fallback;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw error(path(key, field), "must be a non-empty text");
        }
        return v.asText();
    }

    private double number(JsonNode n, String key, String field, Double fallback, double min, double max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw error(path(key, field), "is missing; give a number");
            }
            return fallback;
        }
        if (!v.isNumber()) {
            throw error(path(key, field), "must be a number, got '" + v.asText() + "'");
        }
        double d = v.asDouble();
        if (d < min || d > max || Double.isNaN(d)) {
            throw error(path(key, field), (d < 0 && min >= 0 ? "must not be negative" : "must be between " + fmt(min) + " and " + fmt(max))
                    + ", got " + fmt(d));
        }
        return d;
    }

    private int integer(JsonNode n, String key, String field, Integer fallback, int min, int max) {
        JsonNode v = n.get(field);
        if (v != null && !v.isNull() && !v.canConvertToInt()) {
            throw error(path(key, field), "must be a whole number, got '" + v.asText() + "'");
        }
        if (v != null && v.isNumber() && v.asDouble() != Math.rint(v.asDouble())) {
            throw error(path(key, field), "must be a whole number, got " + v.asText());
        }
        return (int) number(n, key, field, fallback == null ? null : fallback.doubleValue(), min, max);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String key, String field, E fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw error(path(key, field), "is missing; use one of " + names(type));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.asText().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw error(path(key, field), "'" + v.asText() + "' is not one of " + names(type));
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", out);
    }

    private String placeRef(JsonNode n, String key, String field, Map<String, Place> places) {
        String id = text(n, key, field, null);
        if (!places.containsKey(id)) {
            throw error(path(key, field), "there is no place '" + id + "'; define it under places or fix the name");
        }
        return id;
    }

    private List<String> placeRefs(JsonNode n, String key, String field, Map<String, Place> places) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw error(path(key, field), "must be a non-empty list of place ids");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String id = v.get(i).asText();
            if (!places.containsKey(id)) {
                throw error(path(key, field) + "[" + i + "]", "there is no place '" + id + "'; define it under places or fix the name");
            }
            out.add(id);
        }
        return List.copyOf(out);
    }

    private static String path(String key, String field) {
        return key.isEmpty() ? field : key + "." + field;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
