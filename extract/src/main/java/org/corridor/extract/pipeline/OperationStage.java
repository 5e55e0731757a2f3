package org.corridor.extract.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.facts.OperationFact;
import org.corridor.extract.rules.Dates;
import org.corridor.extract.rules.Figures;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;
import org.corridor.extract.text.Span;

/**
 * Operations: a sentence with a trigger word for a strike, raid, interdiction, seizure, arrest,
 * extradition or reward, that also states when, where, a toll, a quantity, an amount or whom it
 * concerned, is one operation of that type. Its date is the date written nearest the trigger, or
 * the last date the document gave before it, or the report's own date. Its place is the place or
 * country named after a locative ("in", "off the coast of", "en", "frente a"), else the first
 * named place that is not an actor ("U.S. forces"). Later sentences that report the same
 * operation (same type, no conflicting date or place) add to it instead of making another.
 */
public final class OperationStage implements Stage {
    static final Map<String, Pattern> TRIGGERS = new LinkedHashMap<>();

    static {
        TRIGGERS.put("strike", Pattern.compile("(?U)(?i)\\b((?:air|missile|drone|military|lethal|kinetic)?\\s?strikes?|struck|bombed|"
                + "bombing|bombarde(?:o|os|ó|aron|ada)|ataques? (?:letal(?:es)?|militar(?:es)?|cinético)|atac(?:ó|aron)|"
                + "destroyed (?:a|an|the) (?:vessel|boat|semi-submersible))\\b"));
        TRIGGERS.put("raid", Pattern.compile("(?U)(?i)\\b(raid(?:s|ed)?|operativos?|allanamientos?|allan(?:ó|aron)|cateos?|redadas?)\\b"));
        TRIGGERS.put("interdiction", Pattern.compile("(?U)(?i)\\b(interdict(?:ed|ion|ions|s)?|intercept(?:ed|ion|s)?|boarded|"
                + "interdicci(?:ón|ones)|intercept(?:ó|aron|ada|ado|ación)|abord(?:ó|aron))\\b"));
        TRIGGERS.put("seizure", Pattern.compile("(?U)(?i)\\b(seiz(?:ed|ure|ures|es|ing)|confiscat(?:ed|ion)|impounded|"
                + "decomis(?:o|os|ó|aron|ado|ada|ados|adas)|incaut(?:ó|aron|ación|aciones|ado|ada|ados|adas)|"
                + "asegur(?:ó|aron|ado|ada|ados|adas|amiento)(?!\\s+que))\\b"));
        TRIGGERS.put("arrest", Pattern.compile("(?U)(?i)\\b(arrest(?:ed|s)?|detained|(?:re)?captured|apprehended|taken into custody|"
                + "recaptur(?:ó|aron|ad[oa]s?)|"
                + "detenid[oa]s?|detuvo|detuvieron|detenci(?:ón|ones)|captur(?:ó|aron|ad[oa]s?)|captura|arrest(?:ó|aron|ad[oa]s?)|"
                + "aprehen(?:dió|dieron|did[oa]s?|sión))\\b"));
        TRIGGERS.put("extradition", Pattern.compile("(?U)(?i)\\b(extradit(?:ed|ion|e|es|ing)|extradi(?:tad[oa]s?|tó|taron|ción|ciones|tar)|"
                + "(?:sent|sends|send|transferred|transfers|handed over|hands over|expelled|envió|envía|enviaron|entregó|entregaron|"
                + "trasladó|trasladaron|expulsó|fueron enviad[oa]s|fueron entregad[oa]s|fueron trasladad[oa]s)\\b[^.;]{0,80}?"
                + "\\b(?:to|a) (?:the )?(?:United States|U\\.S\\.|Estados Unidos|EE\\.UU\\.)|"
                + "fueron enviad[oa]s|fueron trasladad[oa]s a|(?:enviad|trasladad|entregad)[oa]s? a (?:Estados Unidos|EE\\.UU\\.))"
                + "(?![\\p{L}\\p{N}])"));
        TRIGGERS.put("reward", Pattern.compile("(?U)(?i)\\b(rewards?|recompensas?)\\b"));
    }

    /** Words every match of each trigger contains (see {@link Cues}). */
    static final Map<String, String[]> TRIGGER_CUES = Map.of(
            "strike", new String[] {"strik", "struck", "bomb", "ataque", "atac", "destroyed"},
            "raid", new String[] {"raid", "operativo", "allan", "cateo", "redada"},
            "interdiction", new String[] {"interdict", "intercept", "boarded", "interdicci", "abord"},
            "seizure", new String[] {"seiz", "confiscat", "impounded", "decomis", "incaut", "asegur"},
            "arrest", new String[] {"arrest", "detained", "captur", "apprehended", "custody", "detenid", "detuv", "detenci",
                "aprehen"},
            "extradition", new String[] {"extradi", "sent", "send", "transfer", "handed over", "hands over", "expel", "envi",
                "envía", "entreg", "traslad", "expuls"},
            "reward", new String[] {"reward", "recompensa"});
    static final Pattern HYPOTHETICAL = Pattern.compile("(?U)(?i)(?:\\b(threaten(?:ed|s)? to|could|would|might|may|plans? to|"
            + "planned to|vowed to|seek(?:s|ing)? to|will|shall|to seek|request(?:ed|s)?|requesting|asked for|podría|podrían|"
            + "amenazó con|amenaza con|planea|busca|solicitará|solicitaría|solicitó|solicita|pedirá|pidió|pide|buscará|"
            + "va a|van a)\\s+(?:\\S+\\s+){0,2}"
            + "|\\b(?:lead(?:s|ing)? to|conduzca a|conduzcan a|lleve a|for|por|para|tras|after|siguieron a|followed)\\s+(?:the\\s+|la\\s+|el\\s+|his\\s+|her\\s+|su\\s+)?)$");
    private static final Pattern PLURAL_NOUN = Pattern.compile("(?U)(?i)(?:air|missile|drone|military|lethal|kinetic)?\\s?(?:strikes|raids|"
            + "seizures|arrests|extraditions|rewards|ataques|operativos|allanamientos|cateos|redadas|detenciones|extradiciones|"
            + "incautaciones|decomisos|interdicciones|interdictions|capturas)");
    private static final Pattern SINCE = Pattern.compile("(?U)(?i)\\b(since|desde|from|until|hasta|before|antes de)\\s+(?:early\\s+|late\\s+|el\\s+|la\\s+)?$");
    /** Operations that are usually parts of one event, so an undated one takes the date and place of the one before. */
    private static final java.util.Set<String> SAME_EVENT = java.util.Set.of("arrest", "seizure", "raid", "interdiction", "strike");
    private static final Pattern SINCE_OWN = Pattern.compile("(?U)(?i)(since|desde|from|until|hasta)\\b");
    /** A date before the trigger but in an earlier clause: "arrested in February 2022 and extradited ...". */
    private static final Pattern COORDINATION = Pattern.compile("(?U)(?i)(?:\\s(?:and|y|e|then|luego)\\s|[,;]\\s)");
    private static final Pattern ANAPHOR = Pattern.compile("(?U)(?i)\\b(?:the|this|that|el|la|este|esta|ese|esa|dicho|dicha)\\s+$");
    private static final Pattern VERB_FORM = Pattern.compile("(?U)(?i).*(?:ed|ó|aron|ad[oa]s?|id[oa]s?|taken into custody)$");
    private static final Pattern DESTINATION = Pattern.compile("(?U)(?i)\\b(?:to|for|toward|towards|bound for|headed for|destined for|a|hacia|"
            + "rumbo a|con destino a|destino)\\s+(?:the\\s+)?$");
    private static final Pattern LOCATIVE = Pattern.compile("(?U)(?i)(?:\\b(?:in|off|near|at|outside|inside|across|en|frente a|cerca de|"
            + "off the coast of|waters of|aguas de|costas de|coast of|costa de|en el|en la|in the|into|sobre)"
            + "\\s+(?:the\\s+|el\\s+|la\\s+|los\\s+|las\\s+)?(?:\\p{Ll}+\\s+){0,4})$");
    private static final Pattern SPEECH_BEFORE = Pattern.compile("(?U)(?i)\\b(said|says|announced|told|reported|confirmed|stated|"
            + "dijo|afirmó|anunció|informó|declaró|aseguró|confirmó|señaló|indicó|explicó)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern SPEECH_AFTER = Pattern.compile("(?U)(?i)^\\W{0,3}(said|says|announced|told|confirmed|dijo|afirmó|"
            + "anunció|informó|declaró|aseguró|confirmó|señaló)\\b");
    private static final Pattern SAID_BEFORE = Pattern.compile("(?U)(?i)\\b(said|says|told|according to|dijo|según|afirmó|declaró)"
            + "\\s+(?:\\p{L}+\\s+){0,3}$");
    private static final Pattern ACTOR_AFTER = Pattern.compile("(?U)(?i)^\\W{0,3}(?:'s\\s+)?(?:forces|military|troops|navy|army|"
            + "authorities|officials|police|government|coast guard|fuerzas|militares|autoridades|gobierno|policía|marina|ejército|"
            + "armada|administration|officers|agents|prosecutors|fiscalía)\\b");

    @Override
    public String name() {
        return "operations";
    }

    /** How far before one of its cue words a trigger can start ("taken into custody": eleven characters). */
    private static final int TRIGGER_REACH = 12;

    /** The first match of the trigger of {@code type} in the sentence, tried only up to {@link #TRIGGER_REACH} before its cue words. */
    static MatchResult trigger(String type, String sentence, String lower) {
        BitSet near = new BitSet(sentence.length());
        for (String cue : TRIGGER_CUES.get(type)) {
            for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
                near.set(Math.max(0, at - TRIGGER_REACH), at + 1);
            }
        }
        List<MatchResult> found = Cues.findAt(TRIGGERS.get(type), sentence, near);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Whether the words before a trigger make it hypothetical ("threatened to strike"). HYPOTHETICAL
     * ends with white space at the end of the text and spans at most four runs of non-space
     * characters ("threatened to" and two more words), so it is tried only within the last four.
     */
    static boolean hypothetical(String before) {
        int from = before.length();
        for (int run = 0; run < 4 && from > 0; run++) {
            while (from > 0 && Cues.isRegexSpace(before.charAt(from - 1))) {
                from--;
            }
            while (from > 0 && !Cues.isRegexSpace(before.charAt(from - 1))) {
                from--;
            }
        }
        BitSet window = new BitSet(before.length());
        window.set(from, before.length());
        return !Cues.findAt(HYPOTHETICAL, before, window).isEmpty();
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        LocalDate published = work.document.published();
        Dates.DateMention anchor = null;
        Span title = titleSpan(work);
        List<OperationFact> hints = new ArrayList<>();
        OperationFact previous = null;
        int previousSentence = -2;
        for (int index = 0; index < work.sentences.size(); index++) {
            Span sentence = work.sentences.get(index);
            String s = sentence.of(text);
            String lower = Cues.lower(s);
            List<Dates.DateMention> dates = Dates.find(s, sentence.start(), published, anchor == null ? null : anchor.date());
            OperationFact last = operations(work, sentence, s, lower, dates, published, title, hints,
                    previousSentence == index - 1 ? previous : null);
            if (last != null) {
                previous = last;
                previousSentence = index;
            }
            if (!dates.isEmpty()) {
                anchor = dates.get(dates.size() - 1);
            }
        }
        for (OperationFact hint : hints) {
            fillFromHeadline(work, hint);
        }
    }

    /**
     * The operations one sentence reports, added to the work; returns the last, or null. {@code before}
     * is the last operation of the sentence before, if it reported one. (Its own method, not the body
     * of the per-document loop, so the JIT compiles a small unit once instead of the whole loop.)
     */
    private static OperationFact operations(Work work, Span sentence, String s, String lower, List<Dates.DateMention> dates,
            LocalDate published, Span title, List<OperationFact> hints, OperationFact before) {
        OperationFact last = null;
        for (Map.Entry<String, Pattern> type : TRIGGERS.entrySet()) {
            // null also when the sentence holds none of the trigger's cue words
            MatchResult m = trigger(type.getKey(), s, lower);
            if (m == null || hypothetical(s.substring(0, m.start()))) {
                continue;
            }
            Span trigger = new Span(sentence.start() + m.start(1), sentence.start() + m.end(1));
            OperationFact context = !SAME_EVENT.contains(type.getKey()) ? null : last != null ? last : before;
            Optional<OperationFact> op = operation(work, type.getKey(), trigger, sentence, dates, published, context);
            if (op.isEmpty()) {
                continue;
            }
            if (title != null && title.overlaps(sentence)) {
                hints.add(op.get());
            } else if (ANAPHOR.matcher(s.substring(0, m.start(1))).find() && mergeIntoLatest(work, op.get())) {
                last = op.get();
            } else if (ANAPHOR.matcher(s.substring(0, m.start(1))).find() && context != null && context.date() != null) {
                // "during the operation", "durante el operativo": the operation of the sentence before, under another name
                OperationFact same = new OperationFact(op.get().type(), op.get().trigger(), context.date(), context.datePrecision(),
                        null, context.place(), context.country(), context.placeSpan(), op.get().conducting(), op.get().targeted(),
                        op.get().fatalities(), op.get().fatalitiesSpan(), op.get().seizedKg(), op.get().substance(),
                        op.get().quantitySpan(), op.get().amount(), op.get().currency(), op.get().amountSpan(), op.get().sentence(),
                        op.get().confidence());
                add(work, same);
                last = same;
            } else {
                add(work, op.get());
                last = op.get();
            }
        }
        return last;
    }

    /** "The strike came a day after ...": a definite reference to an operation already reported adds to the latest one of its type. */
    private static boolean mergeIntoLatest(Work work, OperationFact op) {
        for (int i = work.operations.size() - 1; i >= 0; i--) {
            OperationFact earlier = work.operations.get(i);
            if (earlier.type().equals(op.type())) {
                OperationFact undated = new OperationFact(op.type(), op.trigger(), earlier.date(), earlier.datePrecision(), null,
                        op.place(), op.country(), op.placeSpan(), op.conducting(), op.targeted(), op.fatalities(), op.fatalitiesSpan(),
                        op.seizedKg(), op.substance(), op.quantitySpan(), op.amount(), op.currency(), op.amountSpan(), op.sentence(),
                        op.confidence());
                work.operations.set(i, merge(earlier, undated));
                return true;
            }
        }
        return false;
    }

    /** Where the headline is: the title's first occurrence in the text. */
    private static Span titleSpan(Work work) {
        String title = work.document.title();
        int at = title.isBlank() ? -1 : work.text().indexOf(title);
        return at < 0 ? null : new Span(at, at + title.length());
    }

    /** A headline restates the report's main operation: it may add the place the body leaves out, never an operation of its own. */
    private static void fillFromHeadline(Work work, OperationFact hint) {
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.type().equals(hint.type())) {
                if (op.place() == null && hint.place() != null) {
                    work.operations.set(i, new OperationFact(op.type(), op.trigger(), op.date(), op.datePrecision(), op.dateSpan(),
                            hint.place(), hint.country(), hint.placeSpan(), op.conducting(), op.targeted(), op.fatalities(),
                            op.fatalitiesSpan(), op.seizedKg(), op.substance(), op.quantitySpan(), op.amount(), op.currency(),
                            op.amountSpan(), op.sentence(), op.confidence()));
                }
                return;
            }
        }
    }

    private static Optional<OperationFact> operation(Work work, String type, Span trigger, Span sentence, List<Dates.DateMention> dates,
            LocalDate published, OperationFact context) {
        String text = work.text();
        String s = sentence.of(text);
        Dates.DateMention date = nearest(text, dates, trigger);
        if (PLURAL_NOUN.matcher(trigger.of(text)).matches() && (date == null || !"day".equals(date.precision()))) {
            return Optional.empty();
        }
        Mention place = place(work, sentence, trigger, type);
        Optional<Figures.Figure> killed = Figures.fatalities(s, sentence.start());
        Optional<Figures.Figure> quantity = Figures.quantity(s, sentence.start());
        Optional<Figures.Figure> money = Figures.money(s, sentence.start());
        List<DocEntity> conducting = new ArrayList<>();
        List<DocEntity> targeted = new ArrayList<>();
        for (Mention m : work.mentionsIn(sentence)) {
            DocEntity e = work.entity(m);
            if (e == null || (e.kind() != EntityKind.ORGANIZATION && e.kind() != EntityKind.PERSON)) {
                continue;
            }
            if (speaker(text, m, sentence) || (e.kind() == EntityKind.PERSON && holdsOffice(work, e))) {
                continue;
            }
            List<DocEntity> side = m.start() < trigger.start() && e.kind() == EntityKind.ORGANIZATION ? conducting
                    : m.start() >= trigger.end() ? targeted : null;
            if (side != null && !side.contains(e)) {
                side.add(e);
            }
        }
        boolean stated = date != null || place != null || killed.isPresent() || quantity.isPresent() || money.isPresent()
                || !targeted.isEmpty() || context != null || VERB_FORM.matcher(trigger.of(text)).matches();
        if (!stated || (type.equals("reward") && money.isEmpty())) {
            return Optional.empty();
        }
        LocalDate when = date != null ? date.date() : context != null ? context.date() : published;
        String precision = date != null ? date.precision() : context != null ? context.datePrecision() : when != null ? "publication" : null;
        Span dateSpan = date != null ? date.span() : null;
        String country = place == null ? null : place.kind() == EntityKind.COUNTRY ? place.code() : countryIn(work, sentence, place);
        if (place == null && context != null && context.place() != null && !type.equals("extradition")) {
            return Optional.of(withContextPlace(type, trigger, when, precision, dateSpan, context, conducting, targeted, killed, quantity,
                    money, sentence));
        }
        double confidence = Math.min(0.9, 0.5 + (date != null ? 0.15 : 0) + (place != null ? 0.15 : 0)
                + (killed.isPresent() || quantity.isPresent() || money.isPresent() ? 0.1 : 0));
        return Optional.of(new OperationFact(type, trigger, when, precision, dateSpan, place == null ? null : place.text(), country,
                place == null ? null : place.span(), conducting, targeted, killed.map(f -> (int) f.value()).orElse(null),
                killed.map(Figures.Figure::span).orElse(null), quantity.map(Figures.Figure::value).orElse(null),
                quantity.map(Figures.Figure::unit).orElse(null), quantity.map(Figures.Figure::span).orElse(null),
                money.map(Figures.Figure::value).orElse(null), money.isPresent() ? "USD" : null,
                money.map(Figures.Figure::span).orElse(null), sentence, confidence));
    }

    /** The same sentence's or the previous sentence's operation gives the place ("... were arrested" after a seizure at a port). */
    private static OperationFact withContextPlace(String type, Span trigger, LocalDate when, String precision, Span dateSpan,
            OperationFact context, List<DocEntity> conducting, List<DocEntity> targeted, Optional<Figures.Figure> killed,
            Optional<Figures.Figure> quantity, Optional<Figures.Figure> money, Span sentence) {
        return new OperationFact(type, trigger, when, precision, dateSpan, context.place(), context.country(), context.placeSpan(),
                conducting, targeted, killed.map(f -> (int) f.value()).orElse(null), killed.map(Figures.Figure::span).orElse(null),
                quantity.map(Figures.Figure::value).orElse(null), quantity.map(Figures.Figure::unit).orElse(null),
                quantity.map(Figures.Figure::span).orElse(null), money.map(Figures.Figure::value).orElse(null),
                money.isPresent() ? "USD" : null, money.map(Figures.Figure::span).orElse(null), sentence, 0.55);
    }

    /** The date nearest the trigger; a date that goes with a verb of saying ("said on Wednesday") only when there is no other. */
    private static Dates.DateMention nearest(String text, List<Dates.DateMention> dates, Span trigger) {
        Dates.DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Dates.DateMention d : dates) {
            int distance = d.span().start() >= trigger.end() ? d.span().start() - trigger.end() : 2 * (trigger.start() - d.span().end());
            String before = text.substring(Math.max(0, d.span().start() - 30), d.span().start());
            if (SINCE.matcher(before).find() || SINCE_OWN.matcher(d.span().of(text)).lookingAt()) {
                continue;
            }
            if (SPEECH_BEFORE.matcher(before).find()
                    || SPEECH_AFTER.matcher(text.substring(d.span().end(), Math.min(text.length(), d.span().end() + 30))).find()) {
                distance += 10_000;
            }
            if (d.span().end() <= trigger.start() && COORDINATION.matcher(text.substring(d.span().end(), trigger.start())).find()) {
                distance += 5_000;
            }
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "..., President Donald Trump said", "said Hegseth", "según Sheinbaum": the one speaking, not a party to the operation. */
    private static boolean speaker(String text, Mention m, Span sentence) {
        String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + 25));
        String before = text.substring(Math.max(sentence.start(), m.start() - 25), m.start());
        return SPEECH_AFTER.matcher(after).lookingAt() || SAID_BEFORE.matcher(before).find();
    }

    static boolean holdsOffice(Work work, DocEntity person) {
        for (org.corridor.extract.facts.Position p : work.positions) {
            if (p.person() == person) {
                for (String w : Names.keys(p.title())) {
                    if (RoleStage.OFFICES.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Mention place(Work work, Span sentence, Span trigger, String type) {
        String text = work.text();
        Mention best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Mention m : work.mentionsIn(sentence)) {
            if (m.kind() != EntityKind.PLACE && m.kind() != EntityKind.COUNTRY) {
                continue;
            }
            String before = text.substring(Math.max(sentence.start(), m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + 25));
            if (ACTOR_AFTER.matcher(after).lookingAt()) {
                continue;
            }
            boolean destination = DESTINATION.matcher(before).find();
            boolean locative = LOCATIVE.matcher(before).find();
            if (type.equals("extradition") != destination || (!locative && !destination && m.start() < trigger.start())) {
                continue;
            }
            int score = (locative || destination ? 100 : 0) + (m.kind() == EntityKind.PLACE ? 10 : 0)
                    - Math.abs(m.start() - trigger.start()) / 20;
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    private static String countryIn(Work work, Span sentence, Mention place) {
        for (Mention m : work.mentionsIn(sentence)) {
            if (m.kind() == EntityKind.COUNTRY && m != place) {
                String before = work.text().substring(Math.max(sentence.start(), m.start() - 40), m.start());
                if (LOCATIVE.matcher(before).find() || before.endsWith(", ")) {
                    return m.code();
                }
            }
        }
        return null;
    }

    /** Adds the operation, or folds it into an earlier one of the same type whose date and place do not conflict. */
    private static void add(Work work, OperationFact op) {
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact earlier = work.operations.get(i);
            if (earlier.type().equals(op.type()) && compatible(earlier, op) && compatiblePlace(earlier, op)) {
                work.operations.set(i, merge(earlier, op));
                return;
            }
        }
        work.operations.add(op);
    }

    /** Dates agree, or one of them is only the report's own date (a headline, an undated sentence). */
    private static boolean compatible(OperationFact a, OperationFact b) {
        return a.date() == null || b.date() == null || a.date().equals(b.date()) || "publication".equals(a.datePrecision())
                || "publication".equals(b.datePrecision());
    }

    private static boolean compatiblePlace(OperationFact a, OperationFact b) {
        if (a.place() == null || b.place() == null) {
            return true;
        }
        String x = Names.key(a.place());
        String y = Names.key(b.place());
        return x.equals(y) || x.contains(y) || y.contains(x) || (a.country() != null && a.country().equals(b.country()));
    }

    private static OperationFact merge(OperationFact a, OperationFact b) {
        boolean useB = a.dateSpan() == null && b.dateSpan() != null;
        List<DocEntity> conducting = new ArrayList<>(a.conducting());
        b.conducting().stream().filter(e -> !conducting.contains(e)).forEach(conducting::add);
        List<DocEntity> targeted = new ArrayList<>(a.targeted());
        b.targeted().stream().filter(e -> !targeted.contains(e)).forEach(targeted::add);
        return new OperationFact(a.type(), a.trigger(), useB ? b.date() : a.date(), useB ? b.datePrecision() : a.datePrecision(),
                useB ? b.dateSpan() : a.dateSpan(), a.place() != null ? a.place() : b.place(),
                a.country() != null ? a.country() : b.country(), a.placeSpan() != null ? a.placeSpan() : b.placeSpan(), conducting,
                targeted, a.fatalities() != null ? a.fatalities() : b.fatalities(),
                a.fatalitiesSpan() != null ? a.fatalitiesSpan() : b.fatalitiesSpan(), a.seizedKg() != null ? a.seizedKg() : b.seizedKg(),
                a.substance() != null ? a.substance() : b.substance(), a.quantitySpan() != null ? a.quantitySpan() : b.quantitySpan(),
                a.amount() != null ? a.amount() : b.amount(), a.currency() != null ? a.currency() : b.currency(),
                a.amountSpan() != null ? a.amountSpan() : b.amountSpan(), a.sentence(), Math.max(a.confidence(), b.confidence()));
    }
}
