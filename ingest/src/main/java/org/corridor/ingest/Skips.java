package org.corridor.ingest;

import java.util.ArrayList;
import java.util.List;

/** Counts values a reader left out and keeps the first reasons for the report. */
public final class Skips {
    private static final int KEEP = 20;
    private final List<String> reasons = new ArrayList<>();
    private long count;

    public void add(String reason) {
        count++;
        if (reasons.size() < KEEP) {
            reasons.add(reason);
        }
    }

    public void addAll(List<String> more) {
        more.forEach(this::add);
    }

    public long count() {
        return count;
    }

    public List<String> reasons() {
        return List.copyOf(reasons);
    }
}
