package org.corridor.resolve.screen;

import java.util.List;
import java.util.Set;
import org.corridor.resolve.names.NameForm;
import org.corridor.resolve.score.Qualifiers;

/**
 * An entity as the screen sees it: its caption, every name it goes by, analysed, and its
 * qualifiers; {@code primaryNames} are the names given as its name rather than an alias.
 */
public record Listed(String id, String schema, String caption, List<NameForm> names, Qualifiers qualifiers,
        Set<String> primaryNames) {
    public Listed(String id, String schema, String caption, List<NameForm> names, Qualifiers qualifiers) {
        this(id, schema, caption, names, qualifiers, Set.of(caption));
    }

    public boolean isPrimary(NameForm name) {
        return primaryNames.contains(name.original());
    }
}
