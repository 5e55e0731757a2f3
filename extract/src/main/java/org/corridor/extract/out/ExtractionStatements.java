package org.corridor.extract.out;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.corridor.extract.facts.Designation;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.facts.OperationFact;
import org.corridor.extract.facts.Position;
import org.corridor.extract.facts.RunningTotal;
import org.corridor.extract.facts.Tie;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;
import org.corridor.model.EntityBuilder;
import org.corridor.model.Hashing;
import org.corridor.model.Location;
import org.corridor.model.StatementContext;
import org.corridor.model.Statement;

/**
 * Turns an extraction into statements: a Document entity for the report (title, date, language,
 * the countries it names), Person and Organization entities with every form of their name,
 * positions, Membership and Employment ties, Sanction and Operation entities. Every statement's
 * location is the span of the words that state it and the sentence around it, in code points of
 * the document's text; confidence comes from how the fact was found.
 */
public final class ExtractionStatements {
    /** A document entity that the gazetteer tied to a workspace party, and why. */
    /** @param corroborated whether the document names the party firmly enough to link on; if not, the link is only proposed */
    public record Link(String entityId, String schema, String listedId, String because, boolean corroborated) {
    }

    /** What was written: the statements' count, entities, skipped values and links to propose. */
    public record Result(long entities, List<String> skipped, List<Link> links) {
    }

    private final Extraction x;
    private final StatementContext context;
    private final String text;
    private final boolean bmpOnly;
    private final Map<DocEntity, String> ids = new IdentityHashMap<>();
    private final String scope;
    private final List<String> skipped = new ArrayList<>();
    private long entities;

    private ExtractionStatements(Extraction x, StatementContext context) {
        this.x = x;
        this.context = context;
        this.text = x.document().text();
        this.bmpOnly = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
        this.scope = Hashing.sha1(context.source()).substring(0, 8);
    }

    public static Result write(Extraction x, StatementContext context, Consumer<Statement> sink) {
        return new ExtractionStatements(x, context).run(sink);
    }

    private Result run(Consumer<Statement> sink) {
        List<Link> links = new ArrayList<>();
        document(sink);
        for (DocEntity e : x.entities()) {
            if (e.kind().schema() != null) {
                entity(e, sink, links);
            }
        }
        for (Tie t : x.ties()) {
            tie(t, sink);
        }
        for (Designation d : x.designations()) {
            designation(d, sink);
        }
        for (OperationFact op : x.operations()) {
            operation(op, sink);
        }
        for (RunningTotal t : x.totals()) {
            total(t, sink);
        }
        return new Result(entities, skipped, links);
    }

    /** A person, organisation or country the document names, with its names, aliases and positions. */
    private void entity(DocEntity e, Consumer<Statement> sink, List<Link> links) {
        String id = id(e);
        EntityBuilder b = context.entity(id, e.kind().schema(), at(e.naming().span()));
        Mention naming = e.naming();
        b.add("name", naming.text(), at(naming.span()), naming.confidence());
        Set<String> written = new LinkedHashSet<>();
        written.add(naming.text());
        for (Mention m : e.mentions()) {
            if (written.add(m.text())) {
                String property = m.origin().equals("acronym") && e.kind() == EntityKind.ORGANIZATION ? "abbreviation" : "alias";
                b.add(property, m.text(), at(m.span()), Math.min(m.confidence(), 0.8));
            }
        }
        for (Position p : x.positions()) {
            if (p.person() == e) {
                b.add("position", p.title(), at(p.span()), 0.75);
            }
        }
        emit(b, sink);
        if (e.listed() != null) {
            links.add(new Link(id, e.kind().schema(), e.listed().entityId(), e.listedBecause(), !e.listed().weak()));
        }
    }

    private void document(Consumer<Statement> sink) {
        var doc = x.document();
        EntityBuilder b = context.entity(documentId(context.source()), "Document", Location.NONE);
        b.add("title", doc.title(), Location.NONE);
        b.add("fileName", doc.name(), Location.NONE);
        b.add("language", doc.language().code(), Location.NONE);
        b.add("mimeType", switch (doc.format()) {
            case "html" -> "text/html";
            case "pdf" -> "application/pdf";
            default -> "text/plain";
        }, Location.NONE);
        if (doc.published() != null) {
            b.add("publishedAt", doc.published().toString(), Location.NONE);
        }
        if (!doc.url().isEmpty()) {
            b.add("sourceUrl", doc.url(), Location.NONE);
        }
        for (DocEntity e : x.entities()) {
            if (e.kind() == EntityKind.COUNTRY && e.code() != null) {
                Mention first = e.mentions().get(0);
                b.add("country", e.code(), at(first.span()), first.confidence());
            }
        }
        emit(b, sink);
    }

    /** The id of a report's Document entity, from its source name. */
    public static String documentId(String source) {
        return "doc-" + Hashing.sha1(source).substring(0, 16);
    }

    private void tie(Tie t, Consumer<Statement> sink) {
        boolean member = t.schema().equals("Membership");
        String id = scoped("tie-", t.schema(), id(t.person()), id(t.organization()));
        EntityBuilder b = context.entity(id, t.schema(), at(t.sentence()));
        b.add(member ? "member" : "employee", id(t.person()), at(t.sentence()), 0.7);
        b.add(member ? "organization" : "employer", id(t.organization()), at(t.sentence()), 0.7);
        b.add("role", t.role(), at(t.span()), 0.7);
        emit(b, sink);
    }

    private void designation(Designation d, Consumer<Statement> sink) {
        String id = scoped("sanction-", id(d.target()), d.program());
        EntityBuilder b = context.entity(id, "Sanction", at(d.sentence()));
        b.add("entity", id(d.target()), at(d.trigger()), 0.75);
        b.add("program", d.program(), at(d.programSpan() != null ? d.programSpan() : d.trigger()), d.programSpan() != null ? 0.8 : 0.5);
        b.add("authority", d.authority(), at(d.sentence()), 0.6);
        if (d.date() != null) {
            b.add("startDate", d.date(), at(d.dateSpan()), 0.7);
        }
        b.add("summary", d.sentence().of(text).strip(), at(d.sentence()), 1.0);
        emit(b, sink);
    }

    private void operation(OperationFact op, Consumer<Statement> sink) {
        String id = scoped("op-", op.type(), String.valueOf(op.trigger().start()));
        EntityBuilder b = context.entity(id, "Operation", at(op.sentence()));
        b.add("operationType", op.type(), at(op.trigger()), op.confidence());
        if (op.date() != null) {
            String date = "month".equals(op.datePrecision()) ? op.date().toString().substring(0, 7) : op.date().toString();
            b.add("date", date, at(op.dateSpan() != null ? op.dateSpan() : op.sentence()), op.dateSpan() != null ? 0.8 : 0.4);
            b.add("datePrecision", op.datePrecision(), at(op.dateSpan() != null ? op.dateSpan() : op.sentence()), 1.0);
        }
        if (op.place() != null) {
            b.add("location", op.place(), at(op.placeSpan()), 0.7);
        }
        if (op.country() != null) {
            b.add("country", op.country(), at(op.placeSpan() != null ? op.placeSpan() : op.sentence()), 0.7);
        }
        for (DocEntity e : op.conducting()) {
            b.add("conducting", id(e), at(op.sentence()), 0.6);
        }
        for (DocEntity e : op.targeted()) {
            b.add("targeted", id(e), at(op.sentence()), 0.5);
        }
        if (op.fatalities() != null) {
            b.add("fatalitiesBest", String.valueOf(op.fatalities()), at(op.fatalitiesSpan()), 0.7);
        }
        if (op.survivors() != null) {
            b.add("survivors", String.valueOf(op.survivors()), at(op.survivorsSpan()), 0.7);
        }
        if (op.seizedKg() != null) {
            b.add("seizedKg", decimal(op.seizedKg(), 3), at(op.quantitySpan()), 0.7);
            b.add("substance", op.substance(), at(op.quantitySpan()), 0.7);
        }
        if (op.amount() != null) {
            b.add("amount", decimal(op.amount(), 2), at(op.amountSpan()), 0.7);
            b.add("currency", op.currency(), at(op.amountSpan()), 0.7);
        }
        b.add("summary", op.sentence().of(text).strip(), at(op.sentence()), 1.0);
        if (!x.document().title().isBlank()) {
            b.add("sourceHeadline", x.document().title(), Location.NONE);
        }
        if (x.document().published() != null) {
            b.add("sourceDate", x.document().published().toString(), Location.NONE);
        }
        emit(b, sink);
    }

    /** A campaign's running total as the report gives it: the figures with the words that state them, and the date it is as of. */
    private void total(RunningTotal t, Consumer<Statement> sink) {
        String id = scoped("total-", String.valueOf(t.sentence().start()));
        EntityBuilder b = context.entity(id, "RunningTotal", at(t.sentence()));
        if (t.date() != null) {
            b.add("date", t.date().toString(), at(t.sentence()), "publication".equals(t.datePrecision()) ? 0.5 : 0.8);
            b.add("datePrecision", t.datePrecision(), at(t.sentence()), 1.0);
        }
        if (t.strikes() != null) {
            b.add("operationsCount", String.valueOf(t.strikes()), at(t.strikesSpan()), 0.7);
        }
        if (t.deaths() != null) {
            b.add("fatalities", String.valueOf(t.deaths()), at(t.deathsSpan()), 0.7);
        }
        b.add("bound", t.bound(), at(t.sentence()), 0.7);
        if (t.since() != null) {
            b.add("since", t.since().toString(), at(t.sentence()), 0.6);
        }
        b.add("summary", t.sentence().of(text).strip(), at(t.sentence()), 1.0);
        if (!x.document().title().isBlank()) {
            b.add("sourceHeadline", x.document().title(), Location.NONE);
        }
        if (x.document().published() != null) {
            b.add("sourceDate", x.document().published().toString(), Location.NONE);
        }
        emit(b, sink);
    }

    private String id(DocEntity e) {
        return ids.computeIfAbsent(e, k -> scoped(k.kind() == EntityKind.PERSON ? "person-" : "org-", k.kind().name(), k.name()));
    }

    /**
     * An id for something this document states: the kind, then eight hex digits of the document's
     * source, then eight of the parts. The shared digits keep a document's statements next to each
     * other in the store's primary key, so writing a report touches a few pages, not one per entity.
     */
    private String scoped(String kind, String... parts) {
        String[] all = new String[parts.length + 1];
        all[0] = context.source();
        System.arraycopy(parts, 0, all, 1, parts.length);
        return kind + scope + Hashing.sha1(all).substring(0, 8);
    }

    /** As {@code String.format(Locale.ROOT, "%.Nf", value)} gives it (half-up on the shortest decimal form), without a Formatter per value. */
    static String decimal(double value, int scale) {
        return new java.math.BigDecimal(Double.toString(value)).setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private void emit(EntityBuilder b, Consumer<Statement> sink) {
        b.statements().forEach(sink);
        skipped.addAll(b.skipped());
        entities++;
    }

    /** A span and its sentence, in code points. */
    private Location at(Span span) {
        Span sentence = x.sentenceOf(span);
        return Location.span(cp(span.start()), cp(span.end()), cp(Math.min(sentence.start(), span.start())),
                cp(Math.max(sentence.end(), span.end())));
    }

    private long cp(int index) {
        return bmpOnly ? index : text.codePointCount(0, index);
    }
}
