package org.corridor.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corridor.store.StoreView;

/**
 * Running totals sources give for a campaign ("at least 57 killed in 13 strikes since
 * September"), each a dated claim, set beside what the ledger itself holds up to that date: the
 * number of operations of the type counted and the sum of their deaths as ranges (issue 23, item
 * 3, begun). Where a claim and the sum disagree, the gap says how many deaths, or operations, the
 * ledger is missing if the claim is right.
 */
public final class CampaignTotals {
    /** One claim and the ledger beside it. */
    public record Reconciled(String id, LocalDate date, String datePrecision, Integer operationsClaimed, Integer deathsClaimed,
            String bound, String summary, List<String> sources, int operationsInLedger, Range deathsInLedger) {
        /** Deaths the claim gives beyond the ledger's best sum, or null when the claim gives none. */
        public Long deathsGap() {
            return deathsClaimed == null ? null : deathsClaimed - deathsInLedger.best();
        }

        public Integer operationsGap() {
            return operationsClaimed == null ? null : operationsClaimed - operationsInLedger;
        }
    }

    private CampaignTotals() {
    }

    /** Every visible running total, oldest first, reconciled with the ledger's operations of {@code type}. */
    public static List<Reconciled> read(StoreView view, Ledger ledger, String type) {
        List<Reconciled> out = new ArrayList<>();
        view.forEachEntity("RunningTotal", e -> {
            // a total as of a month runs to the month's end
            LocalDate date = e.first("date") == null ? null : Dates.last(e.first("date"));
            int count = 0;
            Range deaths = Range.ZERO;
            for (LedgerEntry op : ledger.entries()) {
                if (op.type() != null && op.type().equals(type) && (date == null || (op.start() != null && !op.start().isAfter(date)))) {
                    count++;
                    deaths = deaths.plus(op.deathsOrZero());
                }
            }
            out.add(new Reconciled(e.id(), date, e.first("datePrecision"), integer(e.first("operationsCount")),
                    integer(e.first("fatalities")), e.first("bound"), e.first("summary"), List.copyOf(e.sources()), count, deaths));
        });
        out.sort(Comparator.comparing(Reconciled::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Reconciled::id));
        return out;
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
