package org.corridor.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.ledger.CampaignTotals;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.Range;

/**
 * The strike campaign in brief, from the cited dataset (docs/campaign.md): strikes by month and
 * sea with their deaths as ranges, how each is sourced, the latest running totals beside the
 * ledger's sum, and the newest strike the dataset holds.
 *
 * @param byMonth    one row per month and region, oldest first
 * @param bySourcing strikes per sourcing grade (single-claim, corroborated, contested, contradicted)
 * @param latest     the running totals of the newest date the dataset has claims for
 */
public record CampaignSummary(String campaign, int strikes, Range deaths, List<MonthRow> byMonth, Map<String, Integer> bySourcing,
        List<CampaignTotals.Reconciled> latest, LocalDate newest) {

    public static final String VESSEL_STRIKES = "US strikes on vessels 2025-26";

    /** Strikes in one month and region, with their deaths as a range. */
    public record MonthRow(String month, String region, int strikes, Range deaths) {
    }

    /** The summary of {@code campaign}'s strikes in the ledger; no strikes gives an empty summary. */
    public static CampaignSummary of(Ledger ledger, CampaignTotals.Reconciliation reconciliation, String campaign) {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        Map<String, Map<String, Range>> deaths = new TreeMap<>();
        Map<String, Integer> bySourcing = new LinkedHashMap<>();
        int strikes = 0;
        Range total = Range.ZERO;
        LocalDate newest = null;
        for (LedgerEntry e : ledger.entries()) {
            if (!"strike".equals(e.type()) || !e.claims("campaign").containsKey(campaign) || e.start() == null) {
                continue;
            }
            strikes++;
            total = total.plus(e.deathsOrZero());
            String month = e.start().toString().substring(0, 7);
            String region = e.region() == null ? "unknown" : e.region();
            counts.computeIfAbsent(month, k -> new TreeMap<>()).computeIfAbsent(region, k -> new int[1])[0]++;
            deaths.computeIfAbsent(month, k -> new TreeMap<>()).merge(region, e.deathsOrZero(), Range::plus);
            bySourcing.merge(e.sourcing().grade(), 1, Integer::sum);
            newest = newest == null || e.start().isAfter(newest) ? e.start() : newest;
        }
        List<MonthRow> rows = new ArrayList<>();
        counts.forEach((month, regions) -> regions.forEach((region, n) -> rows.add(new MonthRow(month, region, n[0],
                deaths.get(month).get(region)))));
        List<CampaignTotals.Reconciled> claims = reconciliation.totals().stream()
                .filter(t -> campaign.equals(t.campaign()) && t.date() != null).toList();
        LocalDate last = claims.stream().map(CampaignTotals.Reconciled::date).max(LocalDate::compareTo).orElse(null);
        List<CampaignTotals.Reconciled> latest = claims.stream().filter(t -> t.date().equals(last)).toList();
        return new CampaignSummary(campaign, strikes, total, rows, bySourcing, latest, newest);
    }

    /** The latest running totals read out beside the dataset's own count, a sentence each. */
    public List<String> latestLines() {
        return latest().stream().map(t -> String.format(java.util.Locale.ROOT, "Latest running total, %s (%s): %s %d killed%s; the dataset's "
                + "strikes up to then sum to %d (range %d to %d), a gap of %d.", t.date(), String.join("; ", t.sources().stream()
                        .map(org.corridor.ledger.Sourcing::shortName).toList()), t.bound(), t.deathsClaimed(), t.operationsClaimed() == null ? ""
                                : " in " + t.operationsClaimed() + " " + t.counts(), t.deathsInLedger().best(), t.deathsInLedger().low(),
                t.deathsInLedger().high(), t.deathsGap())).toList();
    }
}
