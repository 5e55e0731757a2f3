package org.corridor.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corridor.store.StoreView;

/**
 * Running totals sources give for a campaign ("at least 57 killed in 13 strikes since
 * September"), each a dated claim, set beside what the ledger itself holds up to that date: the
 * number of operations of the type counted, the vessels they hit, and the sum of their deaths as
 * ranges. A claim that names its campaign is compared with the operations of that campaign only
 * (a land operation is not one of the strikes on vessels). Where a claim and the sum disagree,
 * the gap says how many deaths, or operations, the ledger is missing if the claim is right; the
 * windows say between which dates the missing strikes would lie.
 */
public final class CampaignTotals {
    /** One claim and the ledger beside it. */
    public record Reconciled(String id, LocalDate date, String datePrecision, String campaign, String counts, Integer operationsClaimed,
            Integer deathsClaimed, String bound, String summary, List<String> sources, int operationsInLedger, int strikesInLedger,
            int vesselsInLedger, Range deathsInLedger) {
        /** Deaths the claim gives beyond the ledger's best sum, or null when the claim gives none. */
        public Long deathsGap() {
            return deathsClaimed == null ? null : deathsClaimed - deathsInLedger.best();
        }

        /**
         * Strikes (or vessels, when the claim counts vessels) the claim gives beyond the ledger's, or
         * null. The ledger's strikes count each operation's engagements ("three strikes on four
         * vessels" is three), one where no source gives them.
         */
        public Integer operationsGap() {
            if (operationsClaimed == null) {
                return null;
            }
            return operationsClaimed - ("vessels".equals(counts) ? vesselsInLedger : strikesInLedger);
        }

        /** Whether the ledger's deaths fit the claim: within its range, or (for "at least") not above it being impossible. */
        public boolean deathsAgree() {
            if (deathsClaimed == null) {
                return true;
            }
            if ("at least".equals(bound)) {
                return deathsInLedger.high() >= deathsClaimed;
            }
            return deathsInLedger.low() <= deathsClaimed && deathsClaimed <= deathsInLedger.high();
        }
    }

    /**
     * Where the gap opens: between an earlier claim and a later one, the later claim's deaths gap
     * exceeds every earlier claim's, so if the later claim is right the ledger lacks about
     * {@code missingDeaths} deaths from operations between the two dates; {@code inLedger} are the
     * operations it does hold in that window, the ones to check first for an undercount.
     */
    public record Window(LocalDate after, LocalDate upTo, String claim, long missingDeaths, List<String> inLedger) {
    }

    /** The claims beside the ledger, and the windows where the gap opens. */
    public record Reconciliation(List<Reconciled> totals, List<Window> windows) {
    }

    private CampaignTotals() {
    }

    public static Reconciliation reconcile(StoreView view, Ledger ledger, String type) {
        Operations operations = new Operations(ledger, type);
        List<Reconciled> totals = read(view, operations);
        return new Reconciliation(totals, windows(totals, operations));
    }

    /** Every visible running total, oldest first, reconciled with the ledger's operations of {@code type}. */
    public static List<Reconciled> read(StoreView view, Ledger ledger, String type) {
        return read(view, new Operations(ledger, type));
    }

    private static List<Reconciled> read(StoreView view, Operations operations) {
        List<Reconciled> out = new ArrayList<>();
        view.forEachEntity("RunningTotal", e -> {
            // a total as of a month runs to the month's end
            LocalDate date = e.first("date") == null ? null : Dates.last(e.first("date"));
            String campaign = e.first("campaign");
            int count = 0;
            int strikes = 0;
            int vessels = 0;
            Range deaths = Range.ZERO;
            for (Counted op : operations.of(campaign)) {
                if (date == null || (op.entry().start() != null && !op.entry().start().isAfter(date))) {
                    count++;
                    strikes += op.strikes();
                    vessels += op.vessels();
                    deaths = deaths.plus(op.entry().deathsOrZero());
                }
            }
            out.add(new Reconciled(e.id(), date, e.first("datePrecision"), campaign, e.first("counts"), integer(e.first("operationsCount")),
                    integer(e.first("fatalities")), e.first("bound"), e.first("summary"), List.copyOf(e.sources()), count, strikes, vessels, deaths));
        });
        out.sort(Comparator.comparing(Reconciled::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Reconciled::id));
        return out;
    }

    /** The windows in which the claims, taken in date order, find more deaths than the ledger holds than any earlier claim did. */
    public static List<Window> windows(List<Reconciled> totals, Ledger ledger, String type) {
        return windows(totals, new Operations(ledger, type));
    }

    private static List<Window> windows(List<Reconciled> totals, Operations operations) {
        List<Window> out = new ArrayList<>();
        long worst = 0;
        LocalDate since = null;
        for (Reconciled t : totals) {
            if (t.date() == null || t.deathsGap() == null) {
                continue;
            }
            if (t.deathsGap() > worst) {
                LocalDate from = since;
                List<String> held = new ArrayList<>();
                for (Counted c : operations.of(t.campaign())) {
                    LedgerEntry op = c.entry();
                    if (op.start() != null && !op.start().isAfter(t.date()) && (from == null || op.start().isAfter(from))) {
                        held.add(op.id());
                    }
                }
                out.add(new Window(from, t.date(), t.id(), t.deathsGap() - worst, held));
                worst = t.deathsGap();
            }
            since = t.date();
        }
        return out;
    }

    /** The claims about {@code campaign} nearest a date: the last one on or before it and the first one after it. */
    public static List<Reconciled> around(List<Reconciled> totals, String campaign, LocalDate date) {
        Reconciled before = null;
        Reconciled after = null;
        for (Reconciled t : totals) {
            if (t.date() == null || !java.util.Objects.equals(campaign, t.campaign())) {
                continue;
            }
            if (!t.date().isAfter(date)) {
                before = t; // totals are in date order: the last such is the nearest
            } else if (after == null) {
                after = t;
            }
        }
        List<Reconciled> out = new ArrayList<>();
        if (before != null) {
            out.add(before);
        }
        if (after != null) {
            out.add(after);
        }
        return out;
    }

    /** An operation the totals count, with its strikes (engagements) and vessels as its sources give them. */
    private record Counted(LedgerEntry entry, java.util.Set<String> campaigns, int strikes, int vessels) {
    }

    /**
     * The operations of one type, each with its campaigns and counts worked out once: a claim that
     * names a campaign some operation belongs to counts that campaign's operations only, any other
     * claim all of them.
     */
    private static final class Operations {
        private final List<Counted> ofType = new ArrayList<>();
        private final java.util.Set<String> named = new java.util.HashSet<>();
        private final java.util.Map<String, List<Counted>> byCampaign = new java.util.HashMap<>();

        Operations(Ledger ledger, String type) {
            for (LedgerEntry op : ledger.entries()) {
                java.util.Set<String> campaigns = op.claims("campaign").keySet();
                named.addAll(campaigns);
                if (op.type() != null && op.type().equals(type)) {
                    ofType.add(new Counted(op, campaigns, most(op, "engagements"), most(op, "vessels")));
                }
            }
        }

        List<Counted> of(String campaign) {
            if (campaign == null || !named.contains(campaign)) {
                return ofType;
            }
            return byCampaign.computeIfAbsent(campaign, c -> ofType.stream().filter(op -> op.campaigns().contains(c)).toList());
        }
    }

    /** A count its sources give for an operation (the most any source gives); one when none says. */
    private static int most(LedgerEntry op, String field) {
        int most = 0;
        for (String v : op.claims(field).keySet()) {
            Integer n = integer(v);
            most = n == null ? most : Math.max(most, n);
        }
        return Math.max(1, most);
    }

    private static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
