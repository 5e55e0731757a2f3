package org.corridor.resolve.screen;

import java.util.List;
import org.corridor.resolve.names.NameForm;
import org.corridor.resolve.score.Qualifiers;

/** An entity as the screen sees it: its caption, every name it goes by, analysed, and its qualifiers. */
public record Listed(String id, String schema, String caption, List<NameForm> names, Qualifiers qualifiers) {
}
