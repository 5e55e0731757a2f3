package org.corridor.app;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.model.UsageException;
import org.corridor.model.label.LabelExpression;

/**
 * How to ingest: all optional.
 *
 * @param format   force this reader instead of detecting the format
 * @param source   the source name for every statement (default: the file's folder and name)
 * @param label    releasability label for every statement (default public)
 * @param encoding charset name to force (default the format's own)
 * @param mapping  column mapping for generic CSV
 */
public record IngestOptions(String format, String source, String label, String encoding, Path mapping) {
    public IngestOptions {
        label = label == null ? "" : LabelExpression.parse(label).toString();
        if (source != null && source.isBlank()) {
            throw new UsageException("--source must not be empty; give a name such as ofac-sdn-2024");
        }
        if (encoding != null) {
            charset(encoding);
        }
        if (mapping != null && !Files.isRegularFile(mapping)) {
            throw new UsageException("mapping " + mapping + " does not exist; pass the path of a mapping YAML file");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, null, null, null, null);
    }

    public Charset charset() {
        return encoding == null ? null : charset(encoding);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("--encoding " + name + " is not a charset Java knows; use e.g. UTF-8 or ISO-8859-1");
        }
    }
}
