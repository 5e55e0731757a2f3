package org.corridor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.app.Corridor;
import org.corridor.app.EntityJson;
import org.corridor.app.FileReport;
import org.corridor.app.IngestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = {"Ingest files or folders; each file is stored whole or not at all.",
    "Formats are detected from content: ftm, ofac-names, ofac-csv, ucdp-ged, csv (with a mapping).",
    "Documents (news reports, statements: .txt, .html, .pdf) go through extraction: persons, organisations, countries,",
    "roles and ties, designations and operations, each statement citing its character span (docs/extraction.md).",
    "A failing file is reported with its reason and the rest go on; --retry-failed tries the failed ones again.",
    "XML is opened safely and refused with a reason (no XML list format is read yet)."})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    CorridorCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--retry-failed", description = "Also ingest again every file whose last ingest failed (listed in the workspace).")
    boolean retryFailed;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the documents, when they do not give one (dates like 'on Tuesday' are resolved against it).")
    String date;

    @Option(names = "--language", paramLabel = "LANG", description = "Language of the documents, en or es (default: detected).")
    String language;

    @Option(names = "--source", paramLabel = "NAME", description = "Source name for every statement (default: folder/file name).")
    String source;

    @Option(names = "--namespace", paramLabel = "NAME",
            description = "Prefix every entity id of these files with NAME. (e.g. ofac2021), so records of lists or snapshots "
                    + "that reuse ids stay apart until `corridor resolve` merges them.")
    String namespace;

    @Option(names = "--label", paramLabel = "EXPR", description = "Releasability label, e.g. 'partner-a|partner-b' (default: public).")
    String label;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Force the text encoding (default: UTF-8; ISO-8859-1 for OFAC CSV).")
    String encoding;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Column mapping (YAML) for a generic CSV file.")
    Path mapping;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read as this format instead of detecting it: ftm, ofac-names, ofac-csv, ucdp-ged, csv; text, html, pdf for documents.")
    String inputFormat;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "table",
            description = "Print the per-file report as table, json or csv (--format names the input format here).")
    OutputFormat format;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    @Override
    public Integer call() {
        IngestOptions options = new IngestOptions(inputFormat, source, label, encoding, mapping, namespace, publicationDate(), language);
        List<FileReport> reports;
        try (Corridor corridor = root.open()) {
            List<Path> all = new ArrayList<>(paths);
            if (retryFailed) {
                List<Path> failed = corridor.ingest().failedBefore();
                spec.commandLine().getErr().println("corridor: retrying " + failed.size() + " file(s) that failed before");
                failed.stream().filter(p -> !all.contains(p)).forEach(all::add);
            }
            if (all.isEmpty()) {
                throw new org.corridor.model.UsageException(retryFailed ? "no file failed before; nothing to retry"
                        : "give files or folders to ingest, or --retry-failed");
            }
            reports = corridor.ingest().ingest(all, options, new ProgressDisplay(spec.commandLine().getErr(), quiet));
        }
        print(reports);
        reports.stream().filter(FileReport::failed)
                .forEach(r -> spec.commandLine().getErr().println("corridor: " + r.error()));
        spec.commandLine().getErr().flush();
        return reports.stream().anyMatch(FileReport::failed) ? 1 : 0;
    }

    private java.time.LocalDate publicationDate() {
        if (date == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.corridor.model.UsageException("--date " + date + " is not a date; write it as YYYY-MM-DD, e.g. 2025-09-03");
        }
    }

    private void print(List<FileReport> reports) {
        List<String> header = List.of("file", "format", "records", "entities", "statements_added", "statements_seen", "skipped",
                "seconds", "status");
        List<List<String>> rows = new ArrayList<>();
        ArrayNode json = EntityJson.JSON.createArrayNode();
        for (FileReport r : reports) {
            rows.add(List.of(r.file(), r.format() == null ? "-" : r.format(), String.valueOf(r.records()), String.valueOf(r.entities()),
                    String.valueOf(r.statementsAdded()), String.valueOf(r.statementsSeen()), String.valueOf(r.skipped()),
                    String.format(Locale.ROOT, "%.2f", r.seconds()), r.failed() ? "failed" : "ok"));
            json.add(EntityJson.JSON.valueToTree(r));
        }
        Output.rows(spec.commandLine().getOut(), format, header, rows, json);
        if (format == OutputFormat.TABLE) {
            for (FileReport r : reports) {
                if (!r.companions().isEmpty()) {
                    spec.commandLine().getOut().println("  " + r.file() + ": read with " + String.join(", ", r.companions()));
                }
                if ("text".equals(r.format()) || "html".equals(r.format()) || "pdf".equals(r.format())) {
                    r.skipReasons().forEach(note -> spec.commandLine().getOut().println("  " + r.file() + ": " + note));
                } else if (r.skipped() > 0) {
                    spec.commandLine().getOut().println("  " + r.file() + ": " + r.skipped() + " values left out, e.g. "
                            + String.join(" | ", r.skipReasons().subList(0, Math.min(3, r.skipReasons().size()))));
                }
            }
            spec.commandLine().getOut().flush();
        }
    }
}
