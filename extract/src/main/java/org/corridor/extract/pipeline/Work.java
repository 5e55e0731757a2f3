package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.corridor.extract.doc.Document;
import org.corridor.extract.facts.Designation;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.facts.OperationFact;
import org.corridor.extract.facts.Position;
import org.corridor.extract.facts.Tie;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;

/** The state of one document going through the pipeline: stages read what earlier ones added. */
public final class Work {
    final Document document;
    final List<Span> sentences = new ArrayList<>();
    /** Candidate names from every finder, before overlaps are settled. */
    final List<Mention> candidates = new ArrayList<>();
    /** Told how many characters the tagger has read. */
    java.util.function.LongConsumer charactersDone = done -> { };
    /** The names kept, in text order, none overlapping. */
    final List<Mention> mentions = new ArrayList<>();
    /** Countries named inside an organisation's name ("U.S. Southern Command"): counted as named, not as separate mentions. */
    final List<Mention> nested = new ArrayList<>();
    final List<DocEntity> entities = new ArrayList<>();
    final java.util.Map<Mention, DocEntity> entityOf = new java.util.IdentityHashMap<>();
    final java.util.Map<String, AcronymStage.Definition> acronyms = new java.util.LinkedHashMap<>();
    /** Nicknames and aliases ("El Chapo", "Fito") by folded key, with the mention of the person they belong to. */
    final java.util.Map<String, Mention> nicknames = new java.util.HashMap<>();
    final List<Position> positions = new ArrayList<>();
    final List<Tie> ties = new ArrayList<>();
    final List<Designation> designations = new ArrayList<>();
    final List<OperationFact> operations = new ArrayList<>();
    /** The place the sentence before named for the operations the current sentence tells (OperationStage), or null. */
    Mention carriedPlace;
    /** Per sentence, whether it sums up a few stops told one by one after it (the operation stage asks once per pair of operations). */
    final java.util.Map<Span, Boolean> sumsUpStops = new java.util.HashMap<>();
    final List<org.corridor.extract.facts.RunningTotal> totals = new ArrayList<>();

    /** The text the rules read (see {@link org.corridor.extract.doc.RuleText}): same length, same offsets as the document's. */
    private final String text;

    Work(Document document) {
        this.document = document;
        this.text = org.corridor.extract.doc.RuleText.of(document.text());
    }

    public String text() {
        return text;
    }

    /**
     * Where the headline is: the title's first occurrence in the text the rules read (where "EE. UU."
     * is written "EE.UU. ", so the title is looked for as the rules read it too), or null.
     */
    Span headline() {
        String title = document.title();
        if (title == null || title.isBlank()) {
            return null;
        }
        int at = text.indexOf(org.corridor.extract.doc.RuleText.of(title));
        if (at < 0) {
            at = text.indexOf(title);
        }
        return at < 0 ? null : new Span(at, at + title.length());
    }

    Extraction result() {
        return new Extraction(document, List.copyOf(sentences), List.copyOf(entities), List.copyOf(positions), List.copyOf(ties),
                List.copyOf(designations), List.copyOf(operations), List.copyOf(totals));
    }

    /** The kept mentions inside a span, in order. */
    List<Mention> mentionsIn(Span span) {
        List<Mention> in = new ArrayList<>();
        if (!sortedByStart()) {
            for (Mention m : mentions) {
                if (span.contains(m.span())) {
                    in.add(m);
                }
            }
            return in;
        }
        // Stages ask this once per sentence; a scan of every mention each time made a document's
        // cost grow with the square of its length (a 4 MB text took 3.5 times a 2 MB one).
        for (int i = firstStartingFrom(mentions, span.start()); i < mentions.size()
                && mentions.get(i).start() <= span.end(); i++) {
            Mention m = mentions.get(i);
            if (span.contains(m.span())) {
                in.add(m);
            }
        }
        return in;
    }

    /** The index of the first mention (of mentions sorted by start) starting at or after {@code start}, by binary search. */
    static int firstStartingFrom(List<Mention> sorted, int start) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int checkedSize = -1;
    private boolean sorted;

    /** Whether the kept mentions are in order of their start, checked again whenever their number changes. */
    private boolean sortedByStart() {
        if (checkedSize != mentions.size()) {
            sorted = true;
            for (int i = 1; i < mentions.size() && sorted; i++) {
                sorted = mentions.get(i - 1).start() <= mentions.get(i).start();
            }
            checkedSize = mentions.size();
        }
        return sorted;
    }

    DocEntity entity(Mention m) {
        return entityOf.get(m);
    }
}
