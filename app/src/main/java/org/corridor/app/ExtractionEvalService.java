package org.corridor.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.eval.ExtractionEval;
import org.corridor.extract.eval.Gold;
import org.corridor.model.InputException;
import org.corridor.model.UsageException;
import org.corridor.store.StoreView;

/**
 * Runs extraction over documents that have gold annotations and scores it, without storing
 * anything. The gazetteer is the workspace's, as it would be on ingest.
 */
public final class ExtractionEvalService {
    private final StoreView view;

    ExtractionEvalService(StoreView view) {
        this.view = view;
    }

    /** The scores, and the documents (by file name) that were scored. */
    public record Result(ExtractionEval eval, List<String> documents) {
    }

    public Result run(Path goldFile, List<Path> paths, java.util.function.IntConsumer progress) {
        if (!Files.isRegularFile(goldFile)) {
            throw new UsageException("--gold " + goldFile + " does not exist; pass the gold annotations file (JSON lines)");
        }
        Map<String, Gold> gold = Gold.read(goldFile);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException(p + ": no such file or folder; check the path");
            }
            for (Path f : Files.isDirectory(p) ? IngestService.filesIn(p) : List.of(p)) {
                String name = f.getFileName().toString();
                if (gold.containsKey(name)) {
                    files.put(name, f);
                }
            }
        }
        if (files.isEmpty()) {
            throw new InputException(goldFile + ": none of the documents given has an annotation (annotations are keyed by file name, "
                    + "e.g. \"doc\": \"en-01.txt\"); check the paths");
        }
        ExtractionEval eval = new ExtractionEval();
        try (DocumentIngest extraction = DocumentIngest.open(view)) {
            List<Future<DocumentIngest.Prepared>> futures = new ArrayList<>();
            for (Map.Entry<String, Path> e : files.entrySet()) {
                futures.add(extraction.submit(e.getValue(), e.getValue().toString(), DocumentReaders.Options.DEFAULT, IngestListener.NONE));
            }
            int i = 0;
            for (Map.Entry<String, Path> e : files.entrySet()) {
                DocumentIngest.Prepared prepared = get(futures.get(i++));
                if (prepared.error() != null) {
                    throw new InputException(prepared.error());
                }
                eval.add(gold.get(e.getKey()), prepared.extraction());
                progress.accept(i);
            }
        }
        return new Result(eval, List.copyOf(files.keySet()));
    }

    private static DocumentIngest.Prepared get(Future<DocumentIngest.Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
