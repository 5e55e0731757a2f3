package org.corridor.resolve.score;

import java.util.Map;
import java.util.TreeMap;
import org.corridor.model.UsageException;

/**
 * The scorers by versioned name, and {@code best}, the alias of the one recommended now. A saved
 * result names the versioned scorer, so a later {@code best} does not change what it meant.
 */
public final class Scorers {
    public static final String BEST = "best";
    private static final Map<String, String> ALIASES = Map.of(BEST, NamesV1.NAME, NamesV1.NAME, NamesV1.NAME);

    private Scorers() {
    }

    /** The versioned name a scorer name or alias stands for, or a usage error listing the known ones. */
    public static String versioned(String name) {
        String found = ALIASES.get(name);
        if (found == null) {
            throw new UsageException("there is no scorer '" + name + "'; use one of " + String.join(", ", new TreeMap<>(ALIASES).keySet()));
        }
        return found;
    }
}
