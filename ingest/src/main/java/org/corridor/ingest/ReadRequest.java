package org.corridor.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.corridor.model.StatementContext;

/**
 * One file to read: where, with what statement context, the options the user gave, and whom to
 * tell of progress.
 *
 * @param encoding the charset to force, or null for the format's own (UTF-8 for all but OFAC CSV)
 * @param mapping  a column mapping for generic CSV, or null
 */
public record ReadRequest(InputFile file, StatementContext context, Charset encoding, Path mapping, Progress progress) {
}
