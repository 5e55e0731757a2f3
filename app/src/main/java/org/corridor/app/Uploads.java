package org.corridor.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corridor.model.UsageException;

/**
 * Files sent to the server to ingest: kept under the workspace's {@code uploads/BATCH/} folder
 * with a name made safe (its last path segment, no control characters, no leading dots, at most
 * 120 characters, numbered when two are alike), so nothing an upload names can land outside that
 * folder; then ingested as {@code corridor ingest} ingests files. Reports name each file as it was
 * sent, never by the folder it was kept in.
 */
public final class Uploads {
    public static final int MAX_FILES = 100;

    private Uploads() {
    }

    /** One file as sent: the name the client gave and its bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** An upload kept in the workspace: the name it was sent as and where it is. */
    public record Kept(String sentAs, Path path) {
    }

    /** Writes the uploads into {@code WORKSPACE/uploads/BATCH/}; refuses a batch with no file or too many. */
    public static List<Kept> keep(Path workspace, String batch, List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw new UsageException("send one or more files to ingest (a multipart form with the files in the field 'files')");
        }
        if (uploads.size() > MAX_FILES) {
            throw new UsageException("send at most " + MAX_FILES + " files at once, got " + uploads.size());
        }
        Path folder = workspace.resolve("uploads").resolve(batch).toAbsolutePath().normalize();
        List<Kept> kept = new ArrayList<>();
        Set<String> used = new HashSet<>();
        try {
            Files.createDirectories(folder);
            for (Upload u : uploads) {
                String name = safeName(u.name());
                String unique = name;
                for (int i = 2; !used.add(unique.toLowerCase(Locale.ROOT)); i++) {
                    int dot = name.lastIndexOf('.');
                    unique = dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
                }
                Path target = folder.resolve(unique).normalize();
                if (!target.getParent().equals(folder)) {
                    throw new UsageException("the file name '" + u.name() + "' cannot be kept; rename the file");
                }
                Files.write(target, u.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                kept.add(new Kept(u.name() == null || u.name().isBlank() ? unique : u.name(), target));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the uploaded files in the workspace", e);
        }
        return kept;
    }

    /** The last segment of a sent name, without control characters or leading dots; "upload" when nothing is left. */
    static String safeName(String sent) {
        String s = sent == null ? "" : sent;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.length() > 120) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            s = s.substring(0, 120 - ext.length()) + ext;
        }
        return s.isEmpty() ? "upload" : s;
    }

    /** A file's report as {@code corridor ingest --format json} gives it, with the name it was sent as and no workspace folder in it. */
    public static ObjectNode report(FileReport report, List<Kept> kept) {
        ObjectNode node = EntityJson.JSON.valueToTree(report);
        String file = report.file();
        for (Kept k : kept) {
            file = file.replace(k.path().toString(), k.sentAs());
        }
        node.put("file", file);
        if (report.error() != null) {
            node.put("error", scrub(report.error(), kept));
        }
        var reasons = node.putArray("skipReasons");
        report.skipReasons().forEach(r -> reasons.add(scrub(r, kept)));
        return node;
    }

    /** A message with each kept file's path replaced by the name it was sent as, and any other workspace folder left out. */
    public static String scrub(String message, List<Kept> kept) {
        String out = message;
        for (Kept k : kept) {
            out = out.replace(k.path().toString(), k.sentAs());
        }
        for (Kept k : kept) {
            out = out.replace(k.path().getParent().toString(), "uploads");
        }
        return out;
    }
}
