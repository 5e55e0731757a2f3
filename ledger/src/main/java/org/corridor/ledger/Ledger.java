package org.corridor.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.model.Entity;
import org.corridor.store.StoreView;

/**
 * The operations a reader may see, one entry per Operation entity, oldest first. The entity is
 * the unit: two reports stated about one operation (the same id, or merged by resolution) are one
 * entry, so totals never count an operation twice.
 */
public final class Ledger {
    private final List<LedgerEntry> entries;

    private Ledger(List<LedgerEntry> entries) {
        this.entries = entries;
    }

    public static Ledger of(List<LedgerEntry> entries) {
        return new Ledger(entries.stream().sorted(ORDER).toList());
    }

    /** Reads every visible Operation; actors are named from their own entities where visible. */
    public static Ledger read(StoreView view) {
        Map<String, Actor> actors = new HashMap<>();
        EntryReader reader = new EntryReader(id -> actors.computeIfAbsent(id,
                k -> new Actor(k, view.entity(k).map(Entity::caption).orElse(k))));
        List<LedgerEntry> out = new ArrayList<>();
        view.forEachEntity("Operation", e -> out.add(reader.read(e)));
        return of(out);
    }

    private static final Comparator<LedgerEntry> ORDER = Comparator
            .comparing(LedgerEntry::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LedgerEntry::id);

    public List<LedgerEntry> entries() {
        return entries;
    }

    public Optional<LedgerEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Ledger filter(LedgerFilter filter) {
        return new Ledger(entries.stream().filter(filter::test).toList());
    }

    /** The sum of the fatality ranges; an operation with no figure adds nothing. */
    public Range totalDeaths() {
        return entries.stream().map(LedgerEntry::deathsOrZero).reduce(Range.ZERO, Range::plus);
    }
}
