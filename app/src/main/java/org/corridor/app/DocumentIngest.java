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
import org.corridor.extract.pipeline.Extractor;
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

    private final Extractor extractor;
    private final ExecutorService pool;
    private final DocumentReaders readers = new DocumentReaders();

    /** A document read and extracted, or why it could not be. */
    record Prepared(Document document, Extraction extraction, String error, double seconds) {
    }

    DocumentIngest(Extractor extractor, int threads) {
        this.extractor = extractor;
        this.pool = Executors.newFixedThreadPool(threads, r -> Thread.ofPlatform().name("corridor-extract").daemon().unstarted(r));
    }

    static DocumentIngest open(StoreView view) {
        return new DocumentIngest(Pipeline.standard(tagger(), gazetteer(view)), Math.max(1, Runtime.getRuntime().availableProcessors()));
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

    /** The workspace's parties' names (and the countries of the world), for finding and linking them in documents. */
    static Gazetteer gazetteer(StoreView view) {
        long start = System.nanoTime();
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        Map<String, String> captions = new HashMap<>();
        Map<String, String> schemata = new HashMap<>();
        record Name(String entity, String value) {
        }
        java.util.List<Name> names = new java.util.ArrayList<>();
        view.forEachValue(List.of("name", "alias", "abbreviation"), (entityId, schema, property, value) -> {
            if (!PARTIES.contains(schema)) {
                return;
            }
            schemata.put(entityId, schema);
            if (property.equals("name")) {
                captions.putIfAbsent(entityId, value);
            }
            names.add(new Name(entityId, value));
        });
        for (Name n : names) {
            String schema = schemata.get(n.entity());
            EntityKind kind = schema.equals("Person") ? EntityKind.PERSON : EntityKind.ORGANIZATION;
            gazetteer.addParty(n.value(), kind, new Mention.Listed(n.entity(), schema, n.value(),
                    captions.getOrDefault(n.entity(), n.value())));
        }
        Trace.log("gazetteer built (" + gazetteer.size() + " names)", start);
        return gazetteer;
    }

    Future<Prepared> submit(Path path, String name, DocumentReaders.Options options) {
        return pool.submit(() -> prepare(path, name, options));
    }

    private Prepared prepare(Path path, String name, DocumentReaders.Options options) {
        long start = System.nanoTime();
        try {
            Document doc = readers.read(path, name, options);
            return new Prepared(doc, extractor.extract(doc), null, (System.nanoTime() - start) / 1e9);
        } catch (CorridorException e) {
            return new Prepared(null, null, e.getMessage(), (System.nanoTime() - start) / 1e9);
        } catch (OutOfMemoryError e) {
            return new Prepared(null, null, name + ": the document needs more memory than the process has; split it or raise -Xmx "
                    + "with CORRIDOR_JAVA_OPTS", (System.nanoTime() - start) / 1e9);
        } catch (RuntimeException e) {
            return new Prepared(null, null, name + ": extraction failed (" + e + "); the rest of the batch goes on; please report "
                    + "this document", (System.nanoTime() - start) / 1e9);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
