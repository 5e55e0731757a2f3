package org.corridor.model.label;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The tokens a reader holds. {@link #ALL} is the owner of a local workspace, who sees every
 * label; {@link #NONE} sees only public statements.
 */
public final class Authorizations {
    public static final Authorizations ALL = new Authorizations(Set.of(), true);
    public static final Authorizations NONE = new Authorizations(Set.of(), false);

    private final Set<String> tokens;
    private final boolean all;

    private Authorizations(Set<String> tokens, boolean all) {
        this.tokens = tokens;
        this.all = all;
    }

    public static Authorizations of(String... tokens) {
        return of(Set.of(tokens));
    }

    public static Authorizations of(Set<String> tokens) {
        return new Authorizations(Set.copyOf(tokens), false);
    }

    /** Comma-separated tokens, or {@code *} for all. */
    public static Authorizations parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        if (text.strip().equals("*")) {
            return ALL;
        }
        return of(Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet()));
    }

    public Set<String> tokens() {
        return tokens;
    }

    public boolean isAll() {
        return all;
    }

    @Override
    public String toString() {
        return all ? "*" : String.join(",", new TreeSet<>(tokens));
    }
}
