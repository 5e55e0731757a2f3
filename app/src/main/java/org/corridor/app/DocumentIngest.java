package org.corridor.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corridor.corenlp.CoreNlpTagger;
import org.corridor.extract.doc.Document;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.model.CorridorException;
import org.corridor.model.Trace;
import org.corridor.store.StoreView;

/**
 * Reads and extracts documents on a small pool of threads (one per core, at most two documents
 * ahead each), so a folder of reports keeps both cores busy while the store writes one document
 * at a time in order. The CoreNLP models are loaded once per process.
 */
final class DocumentIngest implements AutoCloseable {
    private static final Set<String> PARTIES = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody");
    private static volatile CoreNlpTagger tagger;

    private final Pipeline extractor;
    /** The gazetteer the extractor's stage waits for, to wait for it before writing. */
    private final java.util.function.Supplier<Gazetteer> gazetteer;
    /** Completes when the gazetteer is built (or failed to be); documents are tagged meanwhile. */
    private final java.util.concurrent.CompletableFuture<?> built;
    private final ExecutorService pool;
    private final DocumentReaders readers = new DocumentReaders();

    /** A document read and extracted, or why it could not be. */
    record Prepared(Document document, Extraction extraction, String error, double seconds) {
    }

    DocumentIngest(Pipeline extractor, java.util.function.Supplier<Gazetteer> gazetteer, java.util.concurrent.CompletableFuture<?> built,
            int threads) {
        this.extractor = extractor;
        this.gazetteer = gazetteer;
        this.built = built;
        this.pool = Executors.newFixedThreadPool(threads, r -> Thread.ofPlatform().name("corridor-extract").daemon().unstarted(r));
    }

    static DocumentIngest open(StoreView view) {
        return open(view, () -> { });
    }

    /** As {@link #open(StoreView)}; {@code alsoRead} runs on the gazetteer's thread after the build, before anything is written. */
    static DocumentIngest open(StoreView view, Runnable alsoRead) {
        // the word lists load beside the gazetteer's build, not before the first match needs them
        Thread.ofPlatform().daemon().name("corridor-lexicon").start(org.corridor.extract.text.Lexicon::standard);
        // the gazetteer builds while the first documents are read and tagged (a quarter of a second
        // with a sanctions list loaded, when a core would otherwise wait); its stage waits for it
        java.util.concurrent.CompletableFuture<Gazetteer> building = new java.util.concurrent.CompletableFuture<>();
        Thread.ofPlatform().daemon().name("corridor-gazetteer").start(() -> {
            try {
                Gazetteer built = gazetteer(view);
                alsoRead.run();
                building.complete(built);
            } catch (RuntimeException | Error e) {
                building.completeExceptionally(e);
            }
        });
        java.util.function.Supplier<Gazetteer> gazetteer = () -> {
            try {
                return building.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        };
        return new DocumentIngest(Pipeline.standard(tagger(), gazetteer), gazetteer, building.handle((g, e) -> null),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** Waits until the gazetteer is built (it reads the workspace, which must not be written meanwhile). */
    void awaitGazetteer() {
        gazetteer.get();
    }

    /** Whether the gazetteer is built, so documents no longer wait for it after tagging. */
    boolean gazetteerBuilt() {
        return built.isDone();
    }

    static CoreNlpTagger tagger() {
        CoreNlpTagger t = tagger;
        if (t == null) {
            synchronized (DocumentIngest.class) {
                if (tagger == null) {
                    tagger = new CoreNlpTagger();
                }
                t = tagger;
            }
        }
        return t;
    }

    /**
     * The names the workspace's structured sources (lists, mapped networks, FtM and CSV files)
     * give its parties, and the countries of the world, for finding and linking them in
     * documents. Names read from documents are left out: a document is then read the same way
     * whichever documents came before it, so a folder ingested in one run, in two, or again after
     * a kill gives one workspace; joining a party named in two documents is resolve's work.
     */
    static Gazetteer gazetteer(StoreView view) {
        Set<String> documents = IngestService.storedDocumentSources(view);
        long start = System.nanoTime();
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        Map<String, String> captions = new HashMap<>();
        Map<String, String> schemata = new HashMap<>();
        record Name(String entity, String party, String value) {
        }
        java.util.List<Name> names = new java.util.ArrayList<>();
        view.forEachStatedValue(List.of("name", "alias", "abbreviation"), source -> !documents.contains(source),
                (entityId, party, schema, property, value) -> {
                    if (!PARTIES.contains(schema)) {
                        return;
                    }
                    schemata.put(entityId, schema);
                    if (property.equals("name")) {
                        captions.putIfAbsent(entityId, value);
                    }
                    names.add(new Name(entityId, party, value));
                });
        for (Name n : names) {
            String schema = schemata.get(n.entity());
            EntityKind kind = schema.equals("Person") ? EntityKind.PERSON : EntityKind.ORGANIZATION;
            gazetteer.addParty(n.value(), kind, new Mention.Listed(n.entity(), schema, n.value(),
                    captions.getOrDefault(n.entity(), n.value())), n.party());
        }
        Trace.log("gazetteer built (" + gazetteer.size() + " names)", start);
        return gazetteer;
    }

    /**
     * Reads and tags the document on the pool, then, once the gazetteer is built, runs the rest of
     * the pipeline: a thread that has tagged a document does not wait for the gazetteer but tags
     * the next one (with a sanctions list, the build takes a few tenths of a second, in which both
     * threads used to stop after their first document).
     */
    Future<Prepared> submit(Path path, String name, DocumentReaders.Options options, IngestListener listener) {
        java.util.concurrent.CompletableFuture<Object> begun = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> guarded(name, System.nanoTime(), 0, start -> {
                    Document doc = readers.read(path, name, options);
                    long characters = doc.text().length();
                    org.corridor.ingest.Progress progress = listener.extracting(name, characters);
                    return new Tagged(extractor.begin(doc, done -> progress.advanced(done, characters, 0)), seconds(start));
                }), pool);
        // not async: the rest runs on the thread that tagged it when the gazetteer is ready by then,
        // and otherwise on the gazetteer's thread once it is built, while the pool tags on
        return begun.thenCombine(built, (state, ignored) -> state instanceof Tagged tagged
                ? (Prepared) guarded(name, System.nanoTime(), tagged.seconds(), start -> new Prepared(tagged.begun().document(),
                        extractor.finish(tagged.begun()), null, tagged.seconds() + seconds(start)))
                : (Prepared) state);
    }

    /** A document read and tagged, and the seconds that took. */
    private record Tagged(Pipeline.Begun begun, double seconds) {
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The work's result, or a failed {@link Prepared} saying why it could not be done (the seconds spent before included). */
    private static Object guarded(String name, long start, double before, java.util.function.LongFunction<Object> work) {
        try {
            return work.apply(start);
        } catch (CorridorException e) {
            return new Prepared(null, null, e.getMessage(), before + seconds(start));
        } catch (OutOfMemoryError e) {
            return new Prepared(null, null, name + ": the document needs more memory than the process has; split it or raise -Xmx "
                    + "with CORRIDOR_JAVA_OPTS", before + seconds(start));
        } catch (RuntimeException e) {
            return new Prepared(null, null, name + ": extraction failed (" + e + "); the rest of the batch goes on; please report "
                    + "this document", before + seconds(start));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
