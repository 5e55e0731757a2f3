package org.corridor.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.corridor.ingest.FormatReader;
import org.corridor.ingest.InputFile;
import org.corridor.ingest.Progress;
import org.corridor.ingest.ReadRequest;
import org.corridor.ingest.ReadSummary;
import org.corridor.ingest.Readers;
import org.corridor.ingest.Sniff;
import org.corridor.ingest.ofac.OfacCompanionReader;
import org.corridor.model.CorridorException;
import org.corridor.model.InputException;
import org.corridor.model.StatementContext;
import org.corridor.model.StorageException;
import org.corridor.model.Trace;
import org.corridor.model.schema.SchemaRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.corridor.extract.doc.Document;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.out.ExtractionStatements;
import org.corridor.store.DocumentText;
import org.corridor.store.FileWriter;
import org.corridor.store.StoreView;
import org.corridor.store.resolution.Candidate;
import org.corridor.store.resolution.DecisionRequest;
import org.corridor.store.resolution.Resolutions;
import org.corridor.store.resolution.Verdict;
import org.corridor.store.IngestRecord;
import org.corridor.store.Store;
import org.corridor.store.WriteRequest;
import org.corridor.store.resolution.MergeOnWrite;

/**
 * Ingests files and folders into a workspace: detects each file's format, reads it and writes
 * its statements in one transaction. A file that fails is reported with its reason and leaves
 * the store as it was; the other files go on.
 */
public final class IngestService {
    private final Store store;
    private final Readers readers;
    private final SchemaRegistry registry;
    private final Clock clock;

    private final org.corridor.model.label.Authorizations authorizations;

    public IngestService(Store store, Readers readers, SchemaRegistry registry, Clock clock) {
        this(store, readers, registry, clock, org.corridor.model.label.Authorizations.ALL);
    }

    /** With the authorisations whose parties documents may be linked to. */
    public IngestService(Store store, Readers readers, SchemaRegistry registry, Clock clock,
            org.corridor.model.label.Authorizations authorizations) {
        this.authorizations = authorizations;
        this.store = store;
        this.readers = readers;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * A file to ingest, whether it came from a folder, whether it is a document (a report to
     * extract from), its SHA-256 when already computed (null otherwise), and for a document already
     * ingested with the same content, source and label, the ingest that holds it (null otherwise).
     */
    private record Target(Path path, boolean inFolder, boolean missing, boolean document, String sha256, IngestRecord unchanged) {
        Target(Path path, boolean inFolder, boolean missing, boolean document) {
            this(path, inFolder, missing, document, null, null);
        }

        /** The file's SHA-256, computed now unless the unchanged-content check already did. */
        String hash() {
            return sha256 != null ? sha256 : IngestService.sha256(path);
        }
    }

    /** How many documents are read and extracted ahead of the one being written. */
    private static final int AHEAD = 4;
    /** How many are read and tagged ahead while the gazetteer is still being built, and how many bytes of files beyond {@link #AHEAD}. */
    private static final int STARTUP_AHEAD = 32;
    private static final long STARTUP_BYTES = 1 << 20;
    /** How many documents in a row are committed together, saving a commit and its page writes per report. */
    private static final int COMMIT_EVERY = 32;

    public List<FileReport> ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        checkFormat(options.format());
        List<Target> targets = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                targets.add(new Target(path, false, true, false));
            } else if (Files.isDirectory(path)) {
                List<Path> files = filesIn(path);
                if (files.isEmpty()) {
                    throw new InputException(path + " holds no files to ingest (hidden files, READMEs and mapping files are left out); "
                            + "check the folder");
                }
                for (Path file : files) {
                    targets.add(new Target(file, true, false, isDocument(file, options)));
                }
            } else {
                targets.add(new Target(path, false, false, isDocument(path, options)));
            }
        }
        targets = markUnchanged(targets, options);
        List<FileReport> reports = new ArrayList<>();
        Map<Integer, Future<DocumentIngest.Prepared>> ahead = new HashMap<>();
        DocumentIngest documents = null;
        // whether the ledger holds operations from elsewhere, looked for while the gazetteer builds; null if not looked for
        java.util.concurrent.atomic.AtomicReference<Boolean> elsewhereAtStart = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            int i = 0;
            while (i < targets.size()) {
                Target target = targets.get(i);
                if (target.unchanged() != null) {
                    IngestRecord before = target.unchanged();
                    FileReport report = new FileReport(target.path().toString(), before.format(), before.source(), List.of(), 0,
                            0, 0, 0, 0, List.of("unchanged: the same content was ingested before (" + before.finishedAt()
                                    + "), with the same source and label; nothing to add"), 0, null);
                    listener.finished(report);
                    record(report, target.path());
                    reports.add(report);
                    listener.progress(++i, targets.size());
                    continue;
                }
                if (target.document()) {
                    if (documents == null) {
                        long start = System.nanoTime();
                        Set<String> batch = documentSources(targets, options);
                        documents = DocumentIngest.open(store.view(authorizations), () -> {
                            try {
                                elsewhereAtStart.set(operationsFromElsewhere(batch));
                            } catch (RuntimeException e) {
                                // not a reason to fail the gazetteer: looked for again at the end, where a failure is reported
                            }
                        });
                        Trace.log("document extraction ready", start);
                    }
                    int end = i;
                    while (end < targets.size() && end < i + COMMIT_EVERY && targets.get(end).document()) {
                        end++;
                    }
                    i = writeDocuments(targets, i, end, ahead, documents, options, listener, reports);
                    continue;
                }
                FileReport report;
                if (target.missing()) {
                    report = FileReport.failure(target.path().toString(), null, target.path() + ": no such file or folder; check the path");
                    listener.finished(report);
                } else {
                    report = ingestFile(target.path(), options, listener, target.inFolder());
                }
                record(report, target.path());
                reports.add(report);
                listener.progress(++i, targets.size());
            }
        } finally {
            if (documents != null) {
                documents.close();
            }
        }
        // the look for operations from elsewhere was made while the gazetteer built, unless this batch
        // also held structured files, which may have brought some
        boolean structured = targets.stream().anyMatch(t -> !t.document());
        Boolean early = elsewhereAtStart.get();
        proposeSameOperations(reports, listener, early != null && !structured ? early : null);
        return reports;
    }

    /** The sources this batch's documents will be stored under. */
    private Set<String> documentSources(List<Target> targets, IngestOptions options) {
        Set<String> sources = new java.util.HashSet<>();
        for (Target t : targets) {
            if (t.document()) {
                sources.add(options.source() != null ? options.source() : defaultSource(t.path()));
            }
        }
        return sources;
    }

    /** The sources of the documents the view's ingests stored. */
    static Set<String> storedDocumentSources(StoreView view) {
        Set<String> sources = new java.util.HashSet<>();
        for (IngestRecord r : view.ingests()) {
            if (DOCUMENT_FORMATS.contains(r.format())) {
                sources.add(r.source());
            }
        }
        return sources;
    }

    /**
     * Whether the workspace holds operations read from anything but documents (the campaign
     * dataset, structured files); {@code alsoDocuments} are sources of documents not stored yet.
     */
    private boolean operationsFromElsewhere(Set<String> alsoDocuments) {
        Set<String> documents = storedDocumentSources(store.view(org.corridor.model.label.Authorizations.ALL));
        documents.addAll(alsoDocuments);
        long start = System.nanoTime();
        boolean[] elsewhere = {false};
        store.view(authorizations).forEachStatedValue(List.of("operationType"), source -> !documents.contains(source),
                (entity, party, schema, property, value) -> elsewhere[0] = true);
        Trace.log("operations from elsewhere looked for", start);
        return elsewhere[0];
    }

    /** Days apart two reports of one operation may date it, for the proposals made at ingest. */
    static final int SAME_OPERATION_WINDOW = 2;

    /**
     * After a batch that stored documents, the operations read from documents are set against the
     * operations the ledger holds from elsewhere (the campaign dataset, structured files); the pairs
     * that may be one operation go to the review queue (scorer same-operation), never merged here.
     * Articles against each other are left to `corridor ledger same --propose`. The pairs depend
     * only on what the workspace holds, and pairs already queued or judged are not asked again, so
     * an interrupted ingest and its re-run leave the queue an uninterrupted run leaves.
     */
    private void proposeSameOperations(List<FileReport> reports, IngestListener listener, Boolean lookedFor) {
        if (reports.stream().noneMatch(r -> !r.failed() && r.format() != null && DOCUMENT_FORMATS.contains(r.format()) && r.entities() > 0)) {
            return;
        }
        // no operation from elsewhere, nothing to set the articles against: skip reading the ledger
        if (!(lookedFor != null ? lookedFor : operationsFromElsewhere(Set.of()))) {
            return;
        }
        Set<String> documents = storedDocumentSources(store.view(org.corridor.model.label.Authorizations.ALL));
        long start = System.nanoTime();
        StoreView view = store.view(authorizations);
        org.corridor.ledger.Ledger ledger = org.corridor.ledger.Ledger.read(view);
        Trace.log("ledger read for same-operation proposals", start);
        long paired = System.nanoTime();
        List<org.corridor.ledger.SameOperations.Pair> pairs = org.corridor.ledger.SameOperations.against(ledger, SAME_OPERATION_WINDOW,
                documents::contains);
        Trace.log("same-operation pairs found (" + pairs.size() + ")", paired);
        if (!pairs.isEmpty()) {
            String now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            List<Candidate> candidates = new ArrayList<>();
            for (org.corridor.ledger.SameOperations.Pair p : pairs) {
                candidates.add(new Candidate(p.left().id(), p.right().id(), p.score(), "same-operation", p.explanation(), now));
            }
            store.resolutions().propose(candidates);
        }
        Trace.log("same-operation proposals at ingest", start);
        listener.sameOperationsProposed(pairs.size());
    }

    /**
     * Writes the documents {@code from} to {@code end} (exclusive), each whole-or-nothing, committed
     * together; they are reported as finished once committed. A document that cannot be stored
     * stops the group: the ones before it are committed, then the error propagates. Returns the
     * index after the last document written.
     */
    private int writeDocuments(List<Target> targets, int from, int end, Map<Integer, Future<DocumentIngest.Prepared>> ahead,
            DocumentIngest documents, IngestOptions options, IngestListener listener, List<FileReport> reports) {
        List<FileReport> written = new ArrayList<>();
        RuntimeException[] failure = {null};
        submitAhead(targets, from, ahead, documents, options, listener);
        // the first documents are read and tagged while the gazetteer builds; nothing touches the
        // workspace until it is built, since it reads the workspace on a thread of its own
        documents.awaitGazetteer();
        store.together(() -> {
            for (int i = from; i < end; i++) {
                submitAhead(targets, i, ahead, documents, options, listener);
                Target target = targets.get(i);
                try {
                    FileReport report = writeDocument(target, join(ahead.remove(i)), options, listener);
                    record(report, target.path());
                    written.add(report);
                } catch (RuntimeException e) {
                    failure[0] = e;
                    break;
                }
            }
            return null;
        });
        for (FileReport report : written) {
            listener.finished(report);
            reports.add(report);
            listener.progress(reports.size(), targets.size());
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return from + written.size();
    }

    private static void submitAhead(List<Target> targets, int i, Map<Integer, Future<DocumentIngest.Prepared>> ahead,
            DocumentIngest documents, IngestOptions options, IngestListener listener) {
        // while the gazetteer builds, nothing is written and the threads only tag: let them tag further
        // ahead, as far as a megabyte of files beyond the usual window, so memory stays bounded
        int window = documents.gazetteerBuilt() ? AHEAD : STARTUP_AHEAD;
        long extra = 0;
        for (int j = i; j < targets.size() && j <= i + window; j++) {
            if (j > i + AHEAD && (extra += size(targets.get(j).path())) > STARTUP_BYTES) {
                break;
            }
            Target next = targets.get(j);
            if (next.document() && !ahead.containsKey(j)) {
                ahead.put(j, documents.submit(next.path(), next.path().toString(), options.documentOptions(), listener));
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it will say what is wrong
        }
    }

    /**
     * Documents whose exact content was ingested before under the same source and label are not
     * extracted again: extraction links names to what the workspace already holds, so a second
     * pass over the same reports would link them to their own first pass. Re-running an ingest
     * (after a kill, say) thus only does what is missing.
     */
    private List<Target> markUnchanged(List<Target> targets, IngestOptions options) {
        if (targets.stream().noneMatch(Target::document) || options.namespace() != null) {
            return targets; // ingests do not record their namespace, so a namespaced one is always done again
        }
        Map<String, IngestRecord> done = new HashMap<>();
        for (IngestRecord r : store.view(org.corridor.model.label.Authorizations.ALL).ingests()) {
            if (DOCUMENT_FORMATS.contains(r.format()) && r.sha256() != null) {
                done.putIfAbsent(r.sha256() + "\u001f" + r.source() + "\u001f" + java.util.Objects.toString(r.label(), ""), r);
            }
        }
        if (done.isEmpty()) {
            return targets;
        }
        List<Target> marked = new ArrayList<>(targets.size());
        for (Target t : targets) {
            if (!t.document() || t.missing()) {
                marked.add(t);
                continue;
            }
            String source = options.source() != null ? options.source() : defaultSource(t.path());
            String label = options.label() == null ? "" : options.label();
            String sha = sha256(t.path());
            IngestRecord before = done.get(sha + "\u001f" + source + "\u001f" + label);
            marked.add(new Target(t.path(), t.inFolder(), false, true, sha, before));
        }
        return marked;
    }

    /** Files that failed last time they were ingested (and have not been ingested since), to try again. */
    public List<Path> failedBefore() {
        return store.failures().failures().stream().map(f -> Path.of(f.path())).toList();
    }

    private void record(FileReport report, Path path) {
        String key = path.toAbsolutePath().normalize().toString();
        if (report.failed()) {
            store.failures().failed(key, report.error(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        } else if (report.format() == null || !report.format().equals("ofac-companion")) {
            store.failures().succeeded(key);
        }
    }

    private static boolean isDocument(Path file, IngestOptions options) {
        if (options.format() != null) {
            return DOCUMENT_FORMATS.contains(options.format());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentReaders.isDocument(file, new String(in.readNBytes(512), java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }

    static final java.util.Set<String> DOCUMENT_FORMATS = java.util.Set.of("text", "html", "pdf");

    /** A forced --format must name a data format or a document format; the message lists both. */
    private void checkFormat(String format) {
        if (format == null || DOCUMENT_FORMATS.contains(format)) {
            return;
        }
        List<String> known = new ArrayList<>();
        for (String name : readers.names().split(", ")) {
            if (!name.equals("xml")) {
                known.add(name);
            }
        }
        if (!known.contains(format)) {
            known.addAll(List.of("text", "html", "pdf"));
            throw new org.corridor.model.UsageException("unknown format '" + format + "'; use one of " + String.join(", ", known));
        }
    }

    private static DocumentIngest.Prepared join(Future<DocumentIngest.Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting documents", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("document extraction failed", e.getCause());
        }
    }

    /** Writes a document's statements and text in one transaction, then links the parties it names to listed ones. */
    private FileReport writeDocument(Target target, DocumentIngest.Prepared prepared, IngestOptions options, IngestListener listener) {
        String display = target.path().toString();
        listener.starting(display, 0);
        String format = prepared.document() == null ? options.format() : prepared.document().format();
        if (prepared.error() != null) {
            return FileReport.failure(display, format, prepared.error());
        }
        long start = System.nanoTime();
        Document doc = prepared.document();
        String source = options.source() != null ? options.source() : defaultSource(target.path());
        String now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        StatementContext context = new StatementContext(source, options.label(), now, registry);
        // the statements are made first, so the merges linking the document's organisations to listed
        // parties can be recorded ahead of them and the statements stored in those clusters at once
        List<org.corridor.model.Statement> statements = new ArrayList<>();
        java.util.function.Consumer<org.corridor.model.Statement> add = options.namespace() == null ? statements::add
                : s -> statements.add(Namespace.apply(options.namespace(), s, registry));
        ExtractionStatements.Result result = ExtractionStatements.write(prepared.extraction(), context, add);
        FileWriter writer = sink -> {
            statements.forEach(sink::add);
            return new FileWriter.Produced(result.entities(), result.skipped().size());
        };
        DocumentText text = new DocumentText(source, options.label(), doc.title(), doc.published() == null ? null : doc.published().toString(),
                doc.url(), doc.language().code(), doc.format(), doc.text());
        Map<ExtractionStatements.Link, MergeOnWrite> merges = new java.util.IdentityHashMap<>();
        List<MergeOnWrite> inOrder = new ArrayList<>();
        for (ExtractionStatements.Link link : result.links()) {
            if (link.corroborated() && !link.schema().equals("Person")) {
                MergeOnWrite merge = new MergeOnWrite(new DecisionRequest(docId(link, options), link.listedId(), Verdict.SAME, 1.0,
                        because(link, source), "corridor-extract", now), link.schema());
                merges.put(link, merge);
                inOrder.add(merge);
            }
        }
        WriteRequest request = new WriteRequest(source, target.path().toAbsolutePath().normalize().toString(),
                target::hash, doc.format(), options.label(), now).withDocument(text).withMerges(inOrder);
        IngestRecord record = store.write(request, writer);
        Map<MergeOnWrite, MergeOnWrite.Outcome> outcomes = new java.util.IdentityHashMap<>();
        record.merges().forEach(o -> outcomes.put(o.merge(), o));
        List<String> notes = new ArrayList<>(doc.warnings());
        notes.addAll(link(result.links(), link -> outcomes.get(merges.get(link)), options, source, now));
        notes.addAll(result.skipped());
        FileReport report = new FileReport(display, doc.format(), source, List.of(), prepared.extraction().sentences().size(),
                record.entities(), record.statementsSeen(), record.statementsAdded(), record.skipped(), notes,
                prepared.seconds() + (System.nanoTime() - start) / 1e9, null);
        return report;
    }

    private static String docId(ExtractionStatements.Link link, IngestOptions options) {
        return options.namespace() == null ? link.entityId() : options.namespace() + "." + link.entityId();
    }

    private static String because(ExtractionStatements.Link link, String source) {
        return "named in " + source + ": " + link.because();
    }

    /**
     * Ties a document's organisations to the listed parties the gazetteer found them as, by a
     * recorded, reversible merge whose explanation says which words matched (made with the write,
     * see {@link MergeOnWrite}; {@code merged} gives its outcome); a person is only proposed for
     * review, since people share names. Returns notes for the report.
     */
    private List<String> link(List<ExtractionStatements.Link> links,
            java.util.function.Function<ExtractionStatements.Link, MergeOnWrite.Outcome> merged, IngestOptions options,
            String source, String now) {
        List<String> notes = new ArrayList<>();
        Resolutions resolutions = store.resolutions();
        // a document's proposals go to the queue together: each call reads the queue and the decisions to ask nothing twice
        List<Candidate> proposals = new ArrayList<>();
        for (ExtractionStatements.Link link : links) {
            String docId = docId(link, options);
            String because = because(link, source);
            MergeOnWrite.Outcome outcome = merged.apply(link);
            if (outcome != null) {
                switch (outcome.status()) {
                    case MERGED -> notes.add("linked: " + because);
                    case REFUSED -> {
                        proposals.add(new Candidate(docId, link.listedId(), 0.9, "gazetteer", because, now));
                        notes.add("proposed for review (" + outcome.refusal() + "): " + because);
                    }
                    case ALREADY_ONE -> {
                    }
                }
                continue;
            }
            String here = resolutions.canonical(docId).orElse(docId);
            String there = resolutions.canonical(link.listedId()).orElse(link.listedId());
            if (here.equals(there)) {
                continue;
            }
            if (!link.corroborated()) {
                proposals.add(new Candidate(docId, link.listedId(), 0.6, "gazetteer", because, now));
                notes.add("proposed for review: " + because);
                continue;
            }
            proposals.add(new Candidate(docId, link.listedId(), 0.9, "gazetteer", because, now)); // a person
            notes.add("proposed for review: " + because);
        }
        if (!proposals.isEmpty()) {
            resolutions.propose(proposals);
        }
        return notes;
    }

    /** Regular files under a folder, in name order, leaving out hidden files, docs and mapping files. */
    static List<Path> filesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isIgnored(folder.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list the folder (" + e.getMessage() + "); check its permissions", e);
        }
    }

    private static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".mapping.yaml") || name.endsWith(".mapping.yml") || name.startsWith("readme")
                || name.startsWith("license") || name.endsWith(".md");
    }

    private FileReport ingestFile(Path path, IngestOptions options, IngestListener listener, boolean inFolder) {
        String display = path.toString();
        long start = System.nanoTime();
        String format = options.format();
        FileReport report;
        try {
            InputFile file = InputFile.of(path);
            Sniff sniff = Sniff.of(file);
            FormatReader reader = format != null ? readers.named(format) : readers.detect(sniff, options.mapping() != null);
            format = reader.format();
            if (inFolder && reader instanceof OfacCompanionReader && OfacCompanionReader.hasSdnBeside(sniff)) {
                return skipCompanion(display, listener);
            }
            report = write(file, reader, options, listener.starting(display, file.size()), start);
        } catch (StorageException e) {
            throw e;
        } catch (CorridorException e) {
            report = FileReport.failure(display, format, e.getMessage());
        }
        listener.finished(report);
        return report;
    }

    private static FileReport skipCompanion(String display, IngestListener listener) {
        FileReport report = new FileReport(display, "ofac-companion", null, List.of(), 0, 0, 0, 0, 0,
                List.of("read together with the sdn.csv beside it"), 0, null);
        listener.finished(report);
        return report;
    }

    private FileReport write(InputFile file, FormatReader reader, IngestOptions options, Progress progress, long start) {
        String source = options.source() != null ? options.source() : defaultSource(file.path());
        String now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        StatementContext context = new StatementContext(source, options.label(), now, registry);
        ReadSummary[] summary = new ReadSummary[1];
        FileWriter writer = sink -> {
            java.util.function.Consumer<org.corridor.model.Statement> add = options.namespace() == null ? sink::add
                    : s -> sink.add(Namespace.apply(options.namespace(), s, registry));
            summary[0] = reader.read(new ReadRequest(file, context, options.charset(), options.mapping(), progress), add);
            return new FileWriter.Produced(summary[0].entities(), summary[0].skipped());
        };
        // the hash is only needed for the file's record at the end, so it is computed alongside the reading
        CompletableFuture<String> hash = CompletableFuture.supplyAsync(() -> sha256(file.path()));
        WriteRequest request = new WriteRequest(source, file.path().toAbsolutePath().normalize().toString(),
                () -> join(hash), reader.format(), options.label(), now);
        long writing = System.nanoTime();
        IngestRecord record = store.write(request, writer);
        Trace.log("file written", writing);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new FileReport(file.displayName(), reader.format(), source, summary[0].companions(), summary[0].records(),
                record.entities(),
                record.statementsSeen(), record.statementsAdded(), record.skipped(), summary[0].skipReasons(), seconds, null);
    }

    private static String join(CompletableFuture<String> hash) {
        try {
            return hash.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The file's folder and name, e.g. {@code ofac_sdn_csv_2024-05-03/sdn.csv}. */
    static String defaultSource(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        String name = abs.getFileName().toString();
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
