package org.corridor.simulate.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.simulate.model.Month;
import org.corridor.simulate.model.World;
import org.corridor.simulate.scenario.Scenario;

/**
 * One run's outcomes over the months from the scenario's start to its horizon (monthly means
 * unless said otherwise), and whether it reached "victory": delivered volume at least {@code cut}
 * below the same run's pre-start level for {@code months} months in a row.
 */
public record RunSummary(Map<String, Double> outcomes, boolean victory, double[] deliveredSeries, double[] seizuresSeries,
        double[] violenceSeries) {
    /** The outcome names, in the order reports list them. */
    public static final List<String> OUTCOMES = List.of("delivered", "seizures", "seizure_count", "value_per_seizure", "price",
            "active_nodes", "regions", "displacement", "organisations", "factions", "violence", "deaths", "violence_home", "cost", "paths",
            "production", "trafficker_revenue", "trafficker_capital", "violence_targets", "flow_targets", "places_sold", "bankrupt");

    /** Prefix of the outcomes that give each region's share of the flow after the start ("flow_share:Caribbean"). */
    public static final String REGION_SHARE = "flow_share:";

    /** A place that carried less than this fraction of an equal share of the flow before the start "carried little". */
    static final double LITTLE = 0.5;
    /** Months before the start that make the run's own baseline. */
    static final int BASELINE_MONTHS = 12;

    public static RunSummary of(World world, Scenario scenario, double cut, int victoryMonths) {
        List<Month> months = world.months();
        int start = scenario.start();
        int from = Math.max(0, start - BASELINE_MONTHS);
        int n = months.size() - start;
        double delivered = 0;
        double seized = 0;
        double count = 0;
        double seizedValue = 0;
        double price = 0;
        double nodes = 0;
        double regions = 0;
        double violence = 0;
        double cost = 0;
        double paths = 0;
        double shipped = 0;
        double revenue = 0;
        double capital = 0;
        for (Month m : months.subList(start, months.size())) {
            shipped += m.shipped();
            revenue += m.revenue();
            capital += m.capital();
            delivered += m.delivered();
            seized += m.seizedKg();
            count += m.seizures();
            seizedValue += m.seizedValue();
            price += m.price();
            nodes += m.activeNodes();
            regions += m.regions();
            violence += m.violence();
            cost += m.cost();
            paths += m.paths();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("delivered", delivered / n);
        out.put("seizures", seized / n);
        out.put("seizure_count", count / n);
        out.put("value_per_seizure", count > 0 ? seizedValue / count : 0);
        out.put("price", price / n);
        out.put("active_nodes", nodes / n);
        out.put("regions", regions / n);
        out.put("displacement", displacement(world, from, start, months.size()));
        out.put("organisations", (double) months.get(months.size() - 1).organisations());
        out.put("factions", (double) world.factions());
        out.put("violence", violence / n);
        out.put("deaths", violence / n * scenario.violence().deathsPerUnit());
        out.put("violence_home", homeViolence(world, scenario, start));
        out.put("cost", cost / n);
        out.put("paths", paths / n);
        out.put("production", shipped / n);
        out.put("trafficker_revenue", revenue / n);
        out.put("trafficker_capital", capital / n);
        out.put("violence_targets", targetViolence(world, scenario, start));
        out.put("flow_targets", targetFlow(world, scenario, start));
        out.put("places_sold", (double) world.placesSold());
        out.put("bankrupt", (double) world.bankrupt());
        for (org.corridor.simulate.scenario.CalibrationTarget target : scenario.calibration()) {
            if (target.quantity().startsWith(org.corridor.simulate.scenario.CalibrationTarget.ROUTE_SHARE)) {
                String[] parts = target.quantity().split(":");
                out.put(target.quantity(), world.routeShare(parts[1], parts[2]));
            }
        }
        regionShares(world, scenario, start).forEach((region, share) -> out.put(REGION_SHARE + region, share));
        double baseline = 0;
        for (Month m : months.subList(from, start)) {
            baseline += m.delivered();
        }
        baseline = start > from ? baseline / (start - from) : months.get(0).delivered();
        int streak = 0;
        int longest = 0;
        for (Month m : months.subList(start, months.size())) {
            streak = m.delivered() <= (1 - cut) * baseline ? streak + 1 : 0;
            longest = Math.max(longest, streak);
        }
        return new RunSummary(out, longest >= victoryMonths, months.stream().mapToDouble(Month::delivered).toArray(),
                months.stream().mapToDouble(Month::seizedKg).toArray(), months.stream().mapToDouble(Month::violence).toArray());
    }

    /**
     * Share of the flow after the start that passed places which carried little of it before:
     * less than half of what an equal share among the places then used would be.
     */
    private static double displacement(World world, int from, int start, int end) {
        if (start <= from) {
            return 0;
        }
        int places = world.flow(0).length;
        double[] before = new double[places];
        double total = 0;
        for (int t = from; t < start; t++) {
            for (int p = 0; p < places; p++) {
                before[p] += world.flow(t)[p];
                total += world.flow(t)[p];
            }
        }
        int used = 0;
        for (double b : before) {
            used += b > 0 ? 1 : 0;
        }
        double little = used == 0 ? 0 : LITTLE / used;
        double moved = 0;
        double after = 0;
        for (int t = start; t < end; t++) {
            for (int p = 0; p < places; p++) {
                after += world.flow(t)[p];
                if (total == 0 || before[p] / total < little) {
                    moved += world.flow(t)[p];
                }
            }
        }
        return after > 0 ? moved / after : 0;
    }

    /**
     * Where the flow went: each region's share of the kilograms passing its places from the start
     * to the horizon (a shipment counts at every place it passes). A place with no region counts
     * under its country, or "unassigned".
     */
    private static Map<String, Double> regionShares(World world, Scenario scenario, int start) {
        Map<String, Double> kg = new java.util.TreeMap<>();
        double total = 0;
        for (org.corridor.simulate.scenario.Place place : scenario.places()) {
            int p = world.place(place.id());
            double f = 0;
            for (int t = start; t < world.months().size(); t++) {
                f += world.flow(t)[p];
            }
            String region = place.region() != null ? place.region() : place.country() != null ? place.country() : "unassigned";
            kg.merge(region, f, Double::sum);
            total += f;
        }
        Map<String, Double> share = new java.util.TreeMap<>();
        for (Map.Entry<String, Double> e : kg.entrySet()) {
            share.put(e.getKey(), total > 0 ? e.getValue() / total : 0);
        }
        return share;
    }

    /**
     * Violence in the first year from the start, as a monthly mean, at the places any of the
     * scenario's strategies cracks down on (the same places for every arm, so the baseline gives
     * what they would have seen without it); 0 when no strategy has a crackdown.
     */
    private static double targetViolence(World world, Scenario scenario, int start) {
        java.util.Set<Integer> targets = crackdownPlaces(world, scenario);
        int end = Math.min(world.months().size(), start + 12);
        double v = 0;
        for (int t = start; t < end; t++) {
            for (int p : targets) {
                v += world.violence(t)[p];
            }
        }
        return end > start ? v / (end - start) : 0;
    }

    /**
     * Kilograms a month passing the places any of the scenario's strategies cracks down on, from
     * the start to the horizon (the same places in every arm): Dell's diversion is this falling.
     */
    private static double targetFlow(World world, Scenario scenario, int start) {
        java.util.Set<Integer> targets = crackdownPlaces(world, scenario);
        int end = world.months().size();
        double kg = 0;
        for (int t = start; t < end; t++) {
            for (int p : targets) {
                kg += world.flow(t)[p];
            }
        }
        return end > start ? kg / (end - start) : 0;
    }

    private static java.util.Set<Integer> crackdownPlaces(World world, Scenario scenario) {
        java.util.Set<Integer> targets = new java.util.TreeSet<>();
        for (org.corridor.simulate.scenario.Strategy s : scenario.strategies().values()) {
            for (org.corridor.simulate.scenario.Intervention i : s.interventions()) {
                if (i.type() == org.corridor.simulate.scenario.Intervention.Type.CRACKDOWN && i.place() != null) {
                    targets.add(world.place(i.place()));
                }
            }
        }
        return targets;
    }

    /**
     * Violence in the first year from the start at the home of the organisation whose leader was
     * removed (or of the largest organisation, when no leader was), as a monthly mean.
     */
    private static double homeViolence(World world, Scenario scenario, int start) {
        int home = world.removedHome() >= 0 ? world.removedHome()
                : world.place(scenario.organisations().stream().max(java.util.Comparator.comparingDouble(
                        org.corridor.simulate.scenario.Organisation::capital)).orElseThrow().home());
        int end = Math.min(world.months().size(), start + 12);
        double v = 0;
        for (int t = start; t < end; t++) {
            v += world.violence(t)[home];
        }
        return end > start ? v / (end - start) : 0;
    }
}
