package org.corridor.resolve.screen;

import java.util.List;
import org.corridor.resolve.names.NameForm;
import org.corridor.resolve.score.Qualifiers;

/** An entity as the screen sees it: every name it goes by, analysed, and its qualifiers. */
public record Listed(String id, String schema, List<NameForm> names, Qualifiers qualifiers) {
}
