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
 * @param namespace prefix for every entity id the file gives ({@code ofac2021.ofac-11440}), so that
 *                 records of separate snapshots or lists that reuse ids stay apart until
 *                 {@code corridor resolve} merges them; null keeps the ids as read
 */
public record IngestOptions(String format, String source, String label, String encoding, Path mapping, String namespace,
        java.time.LocalDate date, String language) {
    private static final java.util.regex.Pattern NAMESPACE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public IngestOptions(String format, String source, String label, String encoding, Path mapping) {
        this(format, source, label, encoding, mapping, null);
    }

    public IngestOptions(String format, String source, String label, String encoding, Path mapping, String namespace) {
        this(format, source, label, encoding, mapping, namespace, null, null);
    }

    /** What the document readers are told: the forced encoding, publication date, language and format. */
    public org.corridor.extract.doc.DocumentReaders.Options documentOptions() {
        return new org.corridor.extract.doc.DocumentReaders.Options(charset(), date,
                language == null ? null : org.corridor.extract.text.Language.parse(language), format);
    }

    public IngestOptions {
        if (namespace != null && !NAMESPACE.matcher(namespace).matches()) {
            throw new UsageException("--namespace " + namespace + " is not usable in ids; use 1 to 40 letters, digits, - or _, "
                    + "e.g. ofac2021");
        }
        label = label == null ? "" : LabelExpression.parse(label).toString();
        if (source != null && source.isBlank()) {
            throw new UsageException("--source must not be empty; give a name such as ofac-sdn-2024");
        }
        if (encoding != null) {
            charset(encoding);
        }
        if (language != null) {
            org.corridor.extract.text.Language.parse(language);
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
