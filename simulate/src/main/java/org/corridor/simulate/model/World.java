package org.corridor.simulate.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.corridor.simulate.scenario.Backstop;
import org.corridor.simulate.scenario.Behaviour;
import org.corridor.simulate.scenario.Economics;
import org.corridor.simulate.scenario.Enforcement;
import org.corridor.simulate.scenario.Intervention;
import org.corridor.simulate.scenario.Market;
import org.corridor.simulate.scenario.Organisation;
import org.corridor.simulate.scenario.Place;
import org.corridor.simulate.scenario.Production;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.Strategy;

/**
 * One run of one strategy: a schedule of monthly steps over a single seeded random source, in the
 * style of MASON (agents with one step each: organisations ship and adapt, enforcement chooses
 * where to look, markets set prices). Reimplements the mechanisms of NarcoLogic (Magliocca et al.
 * 2019), Dell (2015) and Caulkins (1993) as described in docs/simulation.md; it ports no code.
 * Not thread-safe; runs in parallel are separate worlds.
 */
public final class World {
    private static final double MAX_DETECTION = 0.95;
    private static final double CONSOLIDATE = 0.25;

    private final Scenario scenario;
    private final Network net;
    private final SplittableRandom random;
    private final List<Intervention> interventions;
    private final Behaviour behaviour;
    private final List<Org> orgs = new ArrayList<>();
    private final List<Month> months = new ArrayList<>();
    private final double[][] placeFlow;
    private final double[][] placeViolence;
    private final double[][] legSeizedKg;

    private int assets;
    private Enforcement.Policy policy;
    private final boolean[] watched;
    private final double[] success;
    private final double[] lastFlow;
    private final double[] costFactor;
    private final double[] extraDetection;
    private final double[] demand;
    private final double[] price;
    private final double referencePrice;
    /** Each place's region (its country, or "unassigned", when it names none), as an index into regionNames. */
    private final int[] regionOf;
    private final List<String> regionNames = new ArrayList<>();
    private final double[] deliveredAfterStart;
    private final double[][] deliveredVia;
    /** Places organisations sold to rivals to pay their debts. */
    private int placesSold;
    /** Organisations that folded under debts they could neither pay nor sell a place for. */
    private int bankrupt;
    /** Months in which capacity holds while the share of shipments that normally arrives is measured. */
    static final int NORMAL_MONTHS = 12;
    /** The mean share of what was sent that arrived in the first {@link #NORMAL_MONTHS} months. */
    private double arrivedAtStart;
    private final double[] shock;
    private final int[] shockUntil;
    private final Economics economics;
    /** What each production place (in the scenario's order) can supply a month: it follows the price. */
    private final double[] capacity;
    private double shippedNow;
    private double revenueNow;
    /** What the levers other than interdiction cost this month: one-off operations now, programmes while they run. */
    private double leverCostNow;
    private double ongoingLeverCost;
    private int freezeUntil = -1;
    private final double[] backstopUsed;
    private int factions;
    private int removedHome = -1;
    /** Places under a crackdown, where rivals may come to contest a weakened incumbent. */
    private final java.util.BitSet crackedDown = new java.util.BitSet();
    /** Dijkstra's scratch, reused by every route of the run. */
    private final double[] dist;
    private final int[] via;
    private final boolean[] done;
    /** The places open to the organisation routing now (its footprint and the markets), {@code count} of them in use. */
    private final int[] open;
    /** Perceived cost per kg of the route {@link #route} found last. */
    private double lastDistance;

    public World(Scenario scenario, Strategy strategy, long seed) {
        this.scenario = scenario;
        this.net = new Network(scenario);
        this.random = new SplittableRandom(seed);
        this.interventions = strategy.interventions();
        this.behaviour = scenario.behaviour();
        this.placeFlow = new double[scenario.horizon()][net.places];
        this.placeViolence = new double[scenario.horizon()][net.places];
        this.legSeizedKg = new double[scenario.horizon()][net.legs];
        this.backstopUsed = new double[scenario.horizon()];
        this.dist = new double[net.places];
        this.via = new int[net.places];
        this.done = new boolean[net.places];
        this.open = new int[net.places];
        this.assets = scenario.enforcement().assets();
        this.policy = scenario.enforcement().policy();
        this.watched = new boolean[net.legs];
        this.success = new double[net.legs];
        this.lastFlow = new double[net.legs];
        this.costFactor = new double[net.legs];
        Arrays.fill(costFactor, 1);
        this.extraDetection = new double[net.legs];
        List<Market> markets = scenario.markets();
        this.demand = markets.stream().mapToDouble(Market::demandKg).toArray();
        this.price = markets.stream().mapToDouble(Market::pricePerKg).toArray();
        this.referencePrice = markets.stream().mapToDouble(Market::pricePerKg).average().orElse(0);
        this.shock = new double[net.places];
        this.shockUntil = new int[net.places];
        this.economics = scenario.economics();
        this.capacity = scenario.production().stream().mapToDouble(Production::kgPerMonth).toArray();
        this.regionOf = new int[net.places];
        for (Place place : scenario.places()) {
            String region = place.region() != null ? place.region() : place.country() != null ? place.country() : "unassigned";
            if (!regionNames.contains(region)) {
                regionNames.add(region);
            }
            // a route is marked in a 64-bit set; regions past the 63rd share the last bit (and routeShare refuses them)
            regionOf[net.place(place.id())] = Math.min(63, regionNames.indexOf(region));
        }
        this.deliveredAfterStart = new double[scenario.markets().size()];
        this.deliveredVia = new double[scenario.markets().size()][64];
        for (Organisation o : scenario.organisations()) {
            Org org = new Org(o.id(), null, net.places, net.legs, net.place(o.home()), o.capital(), o.lossTolerance(), o.centralised());
            org.laundering = new double[economics.launderingMonths()];
            o.territory().forEach(p -> org.footprint[net.place(p)] = true);
            org.members = MemberNetworks.of(o, scenario.behaviour(), random);
            org.headcount = org.members.living();
            assignCells(org);
            orgs.add(org);
        }
    }

    /** Places organisations sold to rivals to pay their debts, over the run. */
    public int placesSold() {
        return placesSold;
    }

    /** Organisations that folded under their debts, over the run. */
    public int bankrupt() {
        return bankrupt;
    }

    /** Runs every month of the horizon; returns them in order. */
    public List<Month> run() {
        for (int t = 0; t < scenario.horizon(); t++) {
            step(t);
        }
        return List.copyOf(months);
    }

    public List<Month> months() {
        return months;
    }

    /** Kg that passed through each place in a month. */
    public double[] flow(int month) {
        return placeFlow[month];
    }

    /** Violence at each place in a month. */
    public double[] violence(int month) {
        return placeViolence[month];
    }

    /** Kg seized on each leg in a month. */
    public double[] seizedOnLegs(int month) {
        return legSeizedKg[month];
    }

    /** Organisations born of splits so far. */
    public int factions() {
        return factions;
    }

    /** The place where a leader was removed, or -1. */
    public int removedHome() {
        return removedHome;
    }

    /** Whether a leg starts or ends at a place. */
    public boolean touches(int leg, int place) {
        return net.from[leg] == place || net.to[leg] == place;
    }

    public int place(String id) {
        return net.place(id);
    }

    public String placeId(int index) {
        return net.placeIds[index];
    }

    private void step(int t) {
        leverCostNow = ongoingLeverCost + (t <= freezeUntil ? scenario.costs().freezePerMonth() : 0);
        for (Intervention i : interventions) {
            if (i.month() == t) {
                apply(i, t);
            }
        }
        chooseWatched(t);
        for (Org o : orgs) {
            o.claim = o.active ? buyingScale(o) : 0;
        }
        shippedNow = 0;
        revenueNow = 0;
        double[] legFlow = new double[net.legs];
        double[] legLoad = new double[net.legs];
        double[] delivered = new double[scenario.markets().size()];
        double[] deliveredValue = {0};
        double[] seizedKg = {0};
        double[] seizedValue = {0};
        int[] seizures = {0};
        PathSet paths = new PathSet();
        for (Org org : orgs) {
            if (org.active) {
                ship(t, org, legFlow, legLoad, delivered, seizedKg, seizedValue, seizures, paths);
            }
        }
        for (int m = 0; m < delivered.length; m++) {
            Market market = scenario.markets().get(m);
            // inverse demand: the price at which this month's demand curve takes what arrived
            double ratio = Math.max(delivered[m], 1e-9) / Math.max(demand[m], 1e-9);
            price[m] = Math.min(5, Math.max(0.2, Math.pow(ratio, 1 / market.elasticity()))) * market.pricePerKg();
        }
        earn(delivered, t);
        respondToPrice(Arrays.stream(delivered).sum(), t);
        adapt();
        contestCrackdowns();
        System.arraycopy(legFlow, 0, lastFlow, 0, net.legs);
        for (int e = 0; e < net.legs; e++) {
            success[e] *= 0.8;
        }
        for (Org org : orgs) {
            for (int e = 0; e < net.legs; e++) {
                org.seized[e] *= behaviour.memory();
                org.passed[e] *= behaviour.memory();
            }
        }
        double violence = countViolence(t);
        int active = 0;
        Set<String> regions = new HashSet<>();
        for (int p = 0; p < net.places; p++) {
            if (placeFlow[t][p] > 0) {
                active++;
                regions.add(net.regions[p]);
            }
        }
        months.add(new Month(Arrays.stream(delivered).sum(), seizedKg[0], seizures[0], seizedValue[0], meanPrice(), active, regions.size(),
                (int) orgs.stream().filter(o -> o.active).count(), violence, assets * scenario.enforcement().costPerAsset() + leverCostNow,
                paths.distinct(), shippedNow, Arrays.stream(capacity).sum(), revenueNow,
                orgs.stream().filter(o -> o.active).mapToDouble(o -> o.capital).sum()));
    }

    private void ship(int t, Org org, double[] legFlow, double[] legLoad, double[] delivered, double[] seizedKg, double[] seizedValue,
            int[] seizures, PathSet paths) {
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < scenario.production().size(); i++) {
            if (org.footprint[net.place(scenario.production().get(i).place())]) {
                sources.add(i);
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        int shipments = scenario.shipments();
        // how this organisation sees each leg this month: one log-normal blur per leg
        double[] blur = new double[net.legs];
        for (int e = 0; e < net.legs; e++) {
            blur[e] = behaviour.noise() > 0 ? Math.exp(behaviour.noise() * random.nextGaussian()) : 1;
        }
        // the month's view of each leg: its cost and learnt risk, and how steeply congestion adds to it
        double[] fixedWeight = new double[net.legs];
        double[] congestionWeight = new double[net.legs];
        for (int e = 0; e < net.legs; e++) {
            fixedWeight[e] = (net.cost[e] * costFactor[e] + behaviour.riskAversion() * org.risk(e) * valuePerKg(net.to[e])) * blur[e];
            congestionWeight[e] = behaviour.congestion() * net.cost[e] * blur[e] / Math.max(net.capacity[e] * net.capacity[e], 1e-18);
        }
        // the places this organisation can route through this month: its footprint and the markets
        int count = 0;
        for (int p = 0; p < net.places; p++) {
            if (org.footprint[p] || net.market[p] >= 0) {
                open[count++] = p;
            }
        }
        for (int s = 0; s < shipments; s++) {
            int source = sources.get(s % sources.size());
            Production p = scenario.production().get(source);
            int at = net.place(p.place());
            // each organisation at the place buys its equal share as far as its money allows (its claim, 0 to 1);
            // what weakened ones leave, organisations at full strength take over, each up to a second share
            // (rivals take over lost share); when none is at full strength, the place sells less
            int present = 0;
            int strong = 0;
            double left = 0;
            for (Org o : orgs) {
                if (o.active && o.footprint[at]) {
                    present++;
                    strong += o.claim >= 1 ? 1 : 0;
                    left += 1 - o.claim;
                }
            }
            int perSource = (shipments + sources.size() - 1 - (s % sources.size())) / sources.size();
            double planned = capacity[source] / present / perSource;
            double share = org.claim + (org.claim >= 1 && strong > 0 ? Math.min(1, left / strong) : 0);
            double kg = planned * share;
            double outlay = kg * p.costPerKg();
            // suppliers front part of the product when the organisation's own money runs short
            double credit = economics.creditShare() * planned * p.costPerKg();
            if (outlay > Math.max(0, org.capital) + credit) {
                // a debt is repaid from revenue; suppliers still front their share of each shipment meanwhile
                kg = p.costPerKg() > 0 ? Math.max(0, (Math.max(0, org.capital) + credit) / p.costPerKg()) : kg;
                outlay = kg * p.costPerKg();
            }
            if (kg <= 0) {
                continue;
            }
            org.capital -= outlay;
            org.spentNow += outlay;
            shippedNow += kg;
            double fullValue = kg * referencePrice;
            org.shippedValue += fullValue;
            int[] route = route(org, at, kg, legLoad, fixedWeight, congestionWeight, count);
            Backstop backstop = scenario.backstop();
            // the backstop is taken when the ordinary route's perceived cost (with its risk) is higher
            boolean useBackstop = backstop != null && backstopRoom(t) >= kg
                    && (route == null || lastDistance > backstop.costPerKg() + backstop.detection() * referencePrice);
            if (route == null && !useBackstop) {
                // nothing open: the organisation keeps its money and looks for a way through
                org.capital += outlay;
                org.spentNow -= outlay;
                shippedNow -= kg;
                org.shippedValue -= fullValue;
                org.blocked = true;
                continue;
            }
            if (useBackstop) {
                {
                    backstopUsed[t] += kg;
                    paths.add(-1L);
                    if (random.nextDouble() < backstop.detection()) {
                        seizedKg[0] += kg;
                        seizures[0]++;
                        seizedValue[0] += fullValue;
                        org.seizedValue += fullValue;
                    } else {
                        int m = nearestMarket();
                        delivered[m] += kg;
                        org.capital -= kg * backstop.costPerKg();
                        org.spentNow += kg * backstop.costPerKg();
                    }
                }
                continue;
            }
            paths.add(routeKey(route));
            placeFlow[t][at] += kg;
            org.flowThrough[at] += kg;
            boolean lost = false;
            for (int e : route) {
                org.capital -= kg * net.cost[e] * costFactor[e];
                org.spentNow += kg * net.cost[e] * costFactor[e];
                double chance = Math.min(MAX_DETECTION,
                        net.detection[e] + (watched[e] ? scenario.enforcement().effect() : 0) + extraDetection[e]);
                legLoad[e] += kg;
                legFlow[e] += kg;
                if (random.nextDouble() < chance) {
                    double value = kg * valuePerKg(net.to[e]);
                    seizedKg[0] += kg;
                    seizures[0]++;
                    seizedValue[0] += value;
                    org.seizedValue += value;
                    org.seized[e] += 1;
                    success[e] += 1;
                    legSeizedKg[t][e] += kg;
                    lost = true;
                    break;
                }
                org.passed[e] += 1;
                placeFlow[t][net.to[e]] += kg;
                org.flowThrough[net.to[e]] += kg;
            }
            if (!lost) {
                int m = net.market[net.to[route[route.length - 1]]];
                delivered[m] += kg;
                if (t >= scenario.start()) {
                    countRoute(m, at, route, kg);
                }
            }
        }
    }

    /** Kilograms that reached market m after the start, and of them those whose route passed each region. */
    private void countRoute(int m, int source, int[] route, double kg) {
        deliveredAfterStart[m] += kg;
        long seen = 1L << regionOf[source];
        for (int e : route) {
            seen |= 1L << regionOf[net.to[e]];
        }
        for (int r = 0; r < regionNames.size(); r++) {
            if ((seen & (1L << r)) != 0) {
                deliveredVia[m][r] += kg;
            }
        }
    }

    /**
     * The share of what reached the market (a place id) after the start whose route passed a place
     * of the region; NaN when nothing reached it or the region has no place (or more than 63 regions).
     */
    public double routeShare(String region, String market) {
        int r = regionNames.indexOf(region);
        int m = -1;
        for (int i = 0; i < scenario.markets().size(); i++) {
            if (scenario.markets().get(i).place().equals(market)) {
                m = i;
            }
        }
        if (r < 0 || r >= 63 || m < 0 || deliveredAfterStart[m] <= 0) {
            return Double.NaN;
        }
        return deliveredVia[m][r] / deliveredAfterStart[m];
    }

    private double backstopRoom(int t) {
        return scenario.backstop().capacityKg() - backstopUsed[t];
    }

    private int nearestMarket() {
        int best = 0;
        for (int m = 1; m < demand.length; m++) {
            if (demand[m] > demand[best]) {
                best = m;
            }
        }
        return best;
    }

    private double meanPrice() {
        return Arrays.stream(price).average().orElse(0);
    }

    /**
     * Value per kg at a place: the markets' reference price, divided by one more than the legs
     * still to go. Reference, not current, prices: so that what a seizure is worth says where
     * it happened, not how prices moved.
     */
    private double valuePerKg(int place) {
        int hops = net.hopsToMarket[place];
        return referencePrice / (1.0 + (hops == Integer.MAX_VALUE ? 10 : hops));
    }

    /**
     * The cheapest route this shipment sees from a production place to any market (Dijkstra over
     * the legs the organisation can use), or null when none is open.
     */
    private int[] route(Org org, int source, double kg, double[] legLoad, double[] fixedWeight, double[] congestionWeight, int places) {
        double[] dist = this.dist;
        int[] via = this.via;
        boolean[] done = this.done;
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(via, -1);
        Arrays.fill(done, false);
        dist[source] = 0;
        if (net.topological != null) {
            return acyclicRoute(org, source, kg, legLoad, fixedWeight, congestionWeight);
        }
        for (int round = 0; round < places; round++) {
            int v = -1;
            for (int k = 0; k < places; k++) {
                int i = open[k];
                if (!done[i] && (v < 0 || dist[i] < dist[v])) {
                    v = i;
                }
            }
            if (v < 0 || dist[v] == Double.POSITIVE_INFINITY) {
                break;
            }
            done[v] = true;
            if (net.market[v] >= 0) {
                lastDistance = dist[v];
                int[] path = path(via, v);
                return path.length == 0 ? null : path;
            }
            for (int e : net.out[v]) {
                int w = net.to[e];
                if (done[w] || !(org.footprint[w] || net.market[w] >= 0)) {
                    continue;
                }
                double load = legLoad[e] + kg;
                double weight = fixedWeight[e] + congestionWeight[e] * load * load;
                if (dist[v] + weight < dist[w]) {
                    dist[w] = dist[v] + weight;
                    via[w] = e;
                }
            }
        }
        return null;
    }

    /**
     * The same cheapest route when no legs form a cycle (the usual trafficking network, where
     * every leg moves the drug on towards a market): one pass over the places in topological
     * order, with no queue, instead of Dijkstra's repeated search for the nearest place.
     */
    private int[] acyclicRoute(Org org, int source, double kg, double[] legLoad, double[] fixedWeight, double[] congestionWeight) {
        int best = -1;
        for (int k = net.rank[source]; k < net.places; k++) {
            int v = net.topological[k];
            if (dist[v] == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (net.market[v] >= 0) {
                if (best < 0 || dist[v] < dist[best]) {
                    best = v;
                }
                continue;
            }
            for (int e : net.out[v]) {
                int w = net.to[e];
                if (!(org.footprint[w] || net.market[w] >= 0)) {
                    continue;
                }
                double load = legLoad[e] + kg;
                double d = dist[v] + fixedWeight[e] + congestionWeight[e] * load * load;
                if (d < dist[w]) {
                    dist[w] = d;
                    via[w] = e;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        lastDistance = dist[best];
        int[] path = path(via, best);
        return path.length == 0 ? null : path;
    }

    /** A number for a route, the same for the same legs in the same order. */
    private static long routeKey(int[] route) {
        long h = 1125899906842597L;
        for (int e : route) {
            h = 31 * h + e;
        }
        return h;
    }

    private int[] path(int[] via, int target) {
        int n = 0;
        for (int v = target; via[v] >= 0; v = net.from[via[v]]) {
            n++;
        }
        int[] out = new int[n];
        int i = n;
        for (int v = target; via[v] >= 0; v = net.from[via[v]]) {
            out[--i] = via[v];
        }
        return out;
    }

    /**
     * Revenue goes to organisations in proportion to the value they shipped that was not seized,
     * less what laundering costs (more while a designation shuts banks and fronts to them), and
     * comes back usable only after the laundering months. What an organisation holds above the
     * working capital it keeps (a few months of its spending) leaves the trade.
     */
    private void earn(double[] delivered, int t) {
        double total = 0;
        for (Org o : orgs) {
            total += o.active ? Math.max(0, o.shippedValue - o.seizedValue) : 0;
        }
        double revenue = 0;
        for (int m = 0; m < delivered.length; m++) {
            revenue += delivered[m] * price[m];
        }
        for (Org o : orgs) {
            if (!o.active) {
                continue;
            }
            double earned = total > 0 ? revenue * Math.max(0, o.shippedValue - o.seizedValue) / total : 0;
            double loss = economics.launderingCost()
                    + (t <= o.designatedUntil ? economics.designationLaundering() * economics.bankingExposure() : 0);
            double kept = earned * Math.max(0, 1 - loss);
            revenueNow += kept;
            o.capital += launder(o, kept);
            payRunningCosts(o);
            o.spending = o.spending == 0 ? o.spentNow : 0.7 * o.spending + 0.3 * o.spentNow;
            o.spentNow = 0;
            double keep = economics.bufferMonths() * o.spending;
            if (o.spending > 0 && o.capital > keep) {
                o.capital = keep;
            }
        }
    }

    /**
     * Payroll and protection are paid whatever the month's shipments did; short of money the
     * organisation borrows, at interest, up to {@code borrow_months} of its spending, and beyond that
     * sells the place it uses least (not its home): a rival buys the plaza for six months of its
     * bribes (an assumption), and the organisation stops paying for it.
     */
    private void payRunningCosts(Org o) {
        int places = 0;
        for (boolean in : o.footprint) {
            places += in ? 1 : 0;
        }
        double running = o.headcount * economics.payrollPerMember() + places * economics.bribesPerPlace();
        // paid from working capital, which is kept in months of spending on product and transport only
        o.capital -= running;
        if (o.capital < 0) {
            o.capital -= -o.capital * economics.borrowInterest();
        }
        double limit = economics.borrowMonths() * Math.max(o.spending, running);
        if (o.capital < -limit) {
            int sold = leastUsedPlace(o);
            if (sold >= 0) {
                o.footprint[sold] = false;
                o.cells.values().forEach(c -> c.remove(sold));
                o.capital += 6 * economics.bribesPerPlace();
                placesSold++;
            } else {
                // nothing left to sell and no more credit: the organisation folds; its rivals buy what it bought
                o.active = false;
                bankrupt++;
            }
        }
    }

    /** The place of the organisation's footprint that carried least of its flow, other than its home and production; -1 if none. */
    private int leastUsedPlace(Org o) {
        int best = -1;
        for (int p = 0; p < net.places; p++) {
            if (o.footprint[p] && p != o.home && net.kinds[p] != Place.Kind.PRODUCTION
                    && (best < 0 || o.flowThrough[p] < o.flowThrough[best])) {
                best = p;
            }
        }
        return best;
    }

    /** Puts this month's revenue into the laundering pipe and returns what comes out of it. */
    private static double launder(Org o, double kept) {
        if (o.laundering.length == 0) {
            return kept;
        }
        double out = o.laundering[0];
        System.arraycopy(o.laundering, 1, o.laundering, 0, o.laundering.length - 1);
        o.laundering[o.laundering.length - 1] = kept;
        return out;
    }

    /**
     * How much of its plan an organisation buys: all of it with the working capital it keeps, less
     * when a freeze or losses left it short, (capital / kept)^scale.
     */
    private double buyingScale(Org org) {
        double keep = economics.bufferMonths() * org.spending;
        if (org.spending <= 0 || org.capital >= keep) {
            return 1;
        }
        return Math.pow(Math.max(0, org.capital) / keep, economics.scaleToCapital());
    }

    /**
     * Producers answer what a kilogram earns: each place's capacity moves a share
     * ({@code supply_response}) of the way the market price, times the share of what was sent that
     * arrived, stands from what producers normally earn, within a tenth and ten times its start.
     * Dear and safe routes draw more product; seizures that take most of it draw less, however high
     * the price. What they normally earn is the status quo's: the scenario's reference price times
     * the share of shipments that arrived in the first {@value #NORMAL_MONTHS} months, during which
     * capacity holds. So the baseline's price settles near the references: a calibration (an input),
     * not a finding.
     */
    private void respondToPrice(double delivered, int t) {
        if (shippedNow <= 0) {
            return;
        }
        double arrived = Math.min(1, delivered / shippedNow);
        if (t < NORMAL_MONTHS) {
            arrivedAtStart += arrived / NORMAL_MONTHS;
            return;
        }
        double gap = meanPrice() * arrived / (referencePrice * Math.max(arrivedAtStart, 0.05)) - 1;
        for (int i = 0; i < capacity.length; i++) {
            double start = scenario.production().get(i).kgPerMonth();
            capacity[i] = Math.min(10 * start, Math.max(0.1 * start, capacity[i] * (1 + economics.supplyResponse() * gap)));
        }
    }

    /**
     * NarcoLogic's adaptation: an organisation that lost more than it tolerates spreads to a new
     * place next to its footprint; one that lost little may drop its riskiest transit place.
     */
    private void adapt() {
        for (Org org : orgs) {
            if (!org.active) {
                continue;
            }
            double loss = org.shippedValue > 0 ? org.seizedValue / org.shippedValue : 0;
            if (loss > org.lossTolerance || org.blocked) {
                expand(org);
            } else if (loss < org.lossTolerance / 2 && random.nextDouble() < CONSOLIDATE) {
                consolidate(org);
            }
            org.shippedValue = 0;
            org.seizedValue = 0;
            org.blocked = false;
        }
    }

    /**
     * Rivals move in where a crackdown has weakened the incumbent (Dell 2015): each month, an
     * organisation not yet at a cracked-down place, working at a place next to it and allowed
     * there, moves in with the chance {@code rival_entry}. Violence then rises by contest, and only
     * where this happens; the crackdown's costs and detection push flows away at the same time.
     */
    private void contestCrackdowns() {
        for (int p = crackedDown.nextSetBit(0); p >= 0; p = crackedDown.nextSetBit(p + 1)) {
            for (Org org : orgs) {
                if (!org.active || org.footprint[p] || !spec(org).accessible().contains(net.placeIds[p])) {
                    continue;
                }
                boolean next = false;
                for (int e = 0; e < net.legs && !next; e++) {
                    next = (net.to[e] == p && org.footprint[net.from[e]]) || (net.from[e] == p && org.footprint[net.to[e]]);
                }
                if (next && random.nextDouble() < behaviour.rivalEntry()) {
                    org.footprint[p] = true;
                }
            }
        }
    }

    /** The places under a crackdown so far. */
    public java.util.BitSet crackedDown() {
        return (java.util.BitSet) crackedDown.clone();
    }

    private void expand(Org org) {
        List<Integer> options = new ArrayList<>();
        Organisation spec = spec(org);
        for (int e = 0; e < net.legs; e++) {
            int a = net.from[e];
            int b = net.to[e];
            if (org.footprint[a] && !org.footprint[b] && net.market[b] < 0 && spec.accessible().contains(net.placeIds[b])
                    && !options.contains(b)) {
                options.add(b);
            }
        }
        if (!options.isEmpty()) {
            org.footprint[options.get(random.nextInt(options.size()))] = true;
        }
    }

    private void consolidate(Org org) {
        int worst = -1;
        double worstRisk = 0.08;
        for (int p = 0; p < net.places; p++) {
            if (!org.footprint[p] || p == org.home || net.kinds[p] == Place.Kind.PRODUCTION || net.market[p] >= 0) {
                continue;
            }
            for (int e = 0; e < net.legs; e++) {
                if (net.to[e] == p && org.risk(e) > worstRisk) {
                    worstRisk = org.risk(e);
                    worst = p;
                }
            }
        }
        if (worst >= 0) {
            org.footprint[worst] = false;
        }
    }

    private Organisation spec(Org org) {
        String root = org.parent != null ? org.parent : org.id;
        return scenario.organisations().stream().filter(o -> o.id().equals(root)).findFirst().orElseThrow();
    }

    private void chooseWatched(int t) {
        Arrays.fill(watched, false);
        int k = Math.min(assets, net.legs);
        if (k == 0) {
            return;
        }
        double[] key = new double[net.legs];
        for (int e = 0; e < net.legs; e++) {
            key[e] = switch (policy) {
                // the legs that carried most at the start, watched for good
                case FIXED -> t == 0 ? net.capacity[e] : fixedKey[e];
                // where seizures happened lately, with a random share of the assets exploring
                case LEARNING -> success[e] + 0.01 * random.nextDouble();
                // intelligence on last month's flows: the busiest legs
                case OPTIMISED -> lastFlow[e] + 1e-6 * random.nextDouble();
            };
        }
        if (policy == Enforcement.Policy.FIXED && t == 0) {
            fixedKey = key.clone();
        }
        int[] order = byKeyDescending(key);
        int explore = policy == Enforcement.Policy.LEARNING ? Math.max(1, k / 4) : 0;
        for (int i = 0; i < k - explore; i++) {
            watched[order[i]] = true;
        }
        for (int i = 0; i < explore; i++) {
            watched[random.nextInt(net.legs)] = true;
        }
    }

    private double[] fixedKey = new double[0];

    /** Leg indexes by key, highest first, ties by index (a small insertion sort: a few dozen legs, no boxing). */
    private static int[] byKeyDescending(double[] key) {
        int[] order = new int[key.length];
        for (int i = 0; i < order.length; i++) {
            int j = i;
            while (j > 0 && key[order[j - 1]] < key[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    /** The routes used in a month, as numbers; counted once each at the end. */
    private static final class PathSet {
        private long[] keys = new long[64];
        private int size;

        void add(long key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        int distinct() {
            Arrays.sort(keys, 0, size);
            int n = 0;
            for (int i = 0; i < size; i++) {
                n += i == 0 || keys[i] != keys[i - 1] ? 1 : 0;
            }
            return n;
        }
    }

    private void apply(Intervention i, int t) {
        switch (i.type()) {
            case INTERDICTION_SURGE -> assets = (int) Math.round(assets * i.factor());
            case ENFORCEMENT_POLICY -> policy = i.policy();
            case ASSET_FREEZE -> {
                orgs.stream().filter(o -> o.active && (i.organisation() == null || o.id.equals(i.organisation())
                        || i.organisation().equals(o.parent))).forEach(o -> freeze(o, i.share(), t));
                freezeUntil = Math.max(freezeUntil, t + economics.designationMonths());
                leverCostNow += scenario.costs().freezePerMonth();
            }
            case DEMAND_REDUCTION -> {
                double monthly = scenario.costs().demandReductionPerMonth() * i.share() / 0.25;
                ongoingLeverCost += monthly;
                leverCostNow += monthly;
                for (int m = 0; m < demand.length; m++) {
                    if (i.market() == null || scenario.markets().get(m).place().equals(i.market())) {
                        demand[m] *= 1 - i.share();
                    }
                }
            }
            case CRACKDOWN -> {
                ongoingLeverCost += scenario.costs().crackdownPerMonth();
                leverCostNow += scenario.costs().crackdownPerMonth();
                int p = net.place(i.place());
                crackedDown.set(p);
                for (int e = 0; e < net.legs; e++) {
                    if (net.to[e] == p || net.from[e] == p) {
                        costFactor[e] *= i.factor();
                        extraDetection[e] += i.detection();
                    }
                }
            }
            case LEADER_REMOVAL -> {
                leverCostNow += scenario.costs().leaderRemoval();
                removeLeader(i.organisation(), t);
            }
            case BROKER_REMOVAL -> {
                leverCostNow += scenario.costs().brokerRemoval();
                removeBroker(i.organisation());
            }
        }
    }

    /** A freeze takes its share of what the organisation holds and of what is on its way through laundering, and designates it. */
    private void freeze(Org o, double share, int t) {
        // a freeze reaches only the money that passes through banks and businesses it can name
        double reached = share * economics.bankingExposure();
        o.capital = o.capital > 0 ? o.capital * (1 - reached) : o.capital;
        for (int k = 0; k < o.laundering.length; k++) {
            o.laundering[k] *= 1 - reached;
        }
        o.designatedUntil = Math.max(o.designatedUntil, t + economics.designationMonths());
    }

    /**
     * The leader is arrested or killed. What follows is decided by the member network: if the
     * lieutenants are still tied together the best connected of them is promoted and the
     * organisation goes on; if they fall apart into several groups, each group leaves as a faction
     * keeping its cells' places and contesting the home (Calderón et al. 2015 describe succession
     * fights among lieutenants). Violence rises only where more organisations contest a place,
     * plus any exogenous shock a scenario states (none by default).
     */
    private void removeLeader(String id, int t) {
        Org org = orgs.stream().filter(o -> o.active && o.id.equals(id)).findFirst().orElse(null);
        if (org == null) {
            return;
        }
        ViolenceShock.apply(scenario.violence(), org.home, org.footprint, t, shock, shockUntil);
        removedHome = org.home;
        List<Integer> leaders = org.members.withRole("leader");
        leaders.forEach(org.members::remove);
        List<List<Integer>> groups = org.members.components().stream()
                .filter(g -> g.stream().anyMatch(m -> org.members.role.get(m).equals("lieutenant"))).toList();
        if (groups.size() <= 1) {
            if (!groups.isEmpty()) {
                promote(org, groups.get(0));
            }
            return;
        }
        org.active = false;
        int total = groups.stream().mapToInt(List::size).sum();
        for (List<Integer> group : groups) {
            Org faction = spinOff(org, group, org.capital * group.size() / total);
            faction.footprint[org.home] = true; // every faction claims the home: the succession is contested there
        }
    }

    /** The lieutenant with most ties in the group becomes the leader (the first such, by member order). */
    private static void promote(Org org, List<Integer> group) {
        int best = -1;
        for (int m : group) {
            if (org.members.role.get(m).equals("lieutenant") && (best < 0 || org.members.ties.get(m).size() > org.members.ties.get(best).size())) {
                best = m;
            }
        }
        if (best >= 0) {
            org.members.role.set(best, "leader");
        }
    }

    /**
     * A group of members leaves as a faction of its own: it keeps the places of its lieutenants'
     * cells, access to the production places, a share of capital and what the organisation had
     * learnt of each leg.
     */
    private Org spinOff(Org org, List<Integer> group, double capital) {
        Org faction = new Org(org.id + "-f" + (factions + 1), org.id, net.places, net.legs, org.home, capital, org.lossTolerance, true);
        faction.laundering = new double[economics.launderingMonths()];
        faction.spending = org.capital > 0 ? org.spending * Math.min(1, Math.max(0, capital / org.capital)) : 0;
        faction.members = org.members;
        faction.headcount = group.size();
        org.headcount = Math.max(0, org.headcount - group.size());
        for (int m : group) {
            org.cells.getOrDefault(m, Set.of()).forEach(p -> faction.footprint[p] = true);
        }
        for (int p = 0; p < net.places; p++) {
            // the home stays with the cell that held it
            if (org.footprint[p] && net.kinds[p] == Place.Kind.PRODUCTION) {
                faction.footprint[p] = true;
            }
        }
        System.arraycopy(org.seized, 0, faction.seized, 0, net.legs);
        System.arraycopy(org.passed, 0, faction.passed, 0, net.legs);
        orgs.add(faction);
        factions++;
        return faction;
    }

    /**
     * The organisation's most central member below its leaders is arrested. A decentralised
     * organisation recruits a replacement of the same role, whom each of the broker's contacts
     * accepts with the chance {@code recruit_ties} (Duijn et al. 2014); in a centralised one, the cells that lose their only path to a leader go their
     * own way as factions, keeping their places and a share of capital.
     */
    private void removeBroker(String id) {
        Org org = orgs.stream().filter(o -> o.active && o.id.equals(id)).findFirst().orElse(null);
        if (org == null) {
            return;
        }
        int broker = org.members.mostCentralBelowLeaders();
        if (broker < 0) {
            return;
        }
        org.members.remove(broker);
        if (!org.centralised) {
            int recruit = org.members.replace(broker, scenario.behaviour().recruitTies(), random);
            java.util.Set<Integer> places = org.cells.remove(broker);
            if (places != null) {
                org.cells.put(recruit, places);
            }
            return;
        }
        List<List<Integer>> cut = org.members.components().stream()
                .filter(g -> g.stream().noneMatch(m -> org.members.role.get(m).equals("leader")))
                .filter(g -> g.stream().anyMatch(m -> org.members.role.get(m).equals("lieutenant"))).toList();
        int size = org.members.components().stream().mapToInt(List::size).sum();
        for (List<Integer> group : cut) {
            org.capital -= spinOff(org, group, org.capital * group.size() / Math.max(1, size)).capital;
        }
    }

    private void assignCells(Org org) {
        List<Integer> lieutenants = org.members.withRole("lieutenant");
        if (lieutenants.isEmpty()) {
            return;
        }
        int i = 0;
        for (int p = 0; p < net.places; p++) {
            if (org.footprint[p]) {
                org.cells.computeIfAbsent(lieutenants.get(i++ % lieutenants.size()), k -> new HashSet<>()).add(p);
            }
        }
    }

    private double countViolence(int t) {
        double total = 0;
        var model = scenario.violence();
        for (int p = 0; p < net.places; p++) {
            int present = 0;
            for (Org o : orgs) {
                present += o.active && o.footprint[p] ? 1 : 0;
            }
            if (present == 0) {
                continue;
            }
            double v = model.base() * (1 + model.contest() * (present - 1) + (t < shockUntil[p] ? shock[p] : 0));
            placeViolence[t][p] = v;
            total += v;
        }
        return total;
    }
}
