package org.corridor.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.extract.doc.RuleText;
import org.corridor.extract.facts.Designation;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.facts.OperationFact;
import org.corridor.extract.facts.Tie;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;

/**
 * Scores extractions against gold annotations, per document (docs/extraction.md):
 * <ul>
 * <li>entities by type: an extracted entity is right when one of the names it was written as is
 * one of a gold entity's names; a second extracted entity for the same gold entity is a false
 * positive (the document's mentions were not linked);</li>
 * <li>ties by type, designations: right when both ends match, an end matching as links do: written as
 * the gold name, or the gold entity that has that name among its forms;</li>
 * <li>operations: gold and extracted operations of one type are paired, best fields first;
 * {@code operation type} counts pairs, {@code operation date} and {@code operation place} pairs with
 * that field right (a gold operation without a pair is a miss for every field), and
 * {@code operation type+date+place} pairs with all three right; where the gold annotates deaths,
 * {@code operation deaths} pairs with the number right (none stated counts as a number) and
 * {@code operation type+date+place+deaths} pairs with all four right.</li>
 * <li>running totals: right when the count of operations, the deaths and (where the gold has one)
 * the date as of which the total is given all match.</li>
 * </ul>
 */
public final class ExtractionEval {
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    public ExtractionEval() {
        for (String name : List.of("entity person", "entity organization", "entity country", "tie Membership", "tie Employment",
                "designation", "operation type", "operation date", "operation place", "operation type+date+place",
                "operation deaths", "operation type+date+place+deaths", "running total", "link to listed party")) {
            tallies.put(name, new Tally());
        }
    }

    public Map<String, Tally> tallies() {
        return tallies;
    }

    /** What was missed or extra, one line each, for working on the rules. */
    public List<String> errors() {
        return errors;
    }

    public void add(Gold gold, Extraction x) {
        String doc = gold.doc();
        entities(doc, "person", gold.persons(), x, EntityKind.PERSON);
        entities(doc, "organization", gold.organizations(), x, EntityKind.ORGANIZATION);
        countries(doc, gold.countries(), x);
        ties(doc, gold, x);
        designations(doc, gold, x);
        operations(doc, gold, x);
        totals(doc, gold, x);
        links(doc, gold, x);
    }

    private void totals(String doc, Gold gold, Extraction x) {
        if (gold.totals() == null) {
            return;
        }
        Tally t = tallies.get("running total");
        List<org.corridor.extract.facts.RunningTotal> open = new ArrayList<>(x.totals());
        for (Gold.GoldTotal g : gold.totals()) {
            org.corridor.extract.facts.RunningTotal match = null;
            for (org.corridor.extract.facts.RunningTotal found : open) {
                if (java.util.Objects.equals(g.strikes(), found.strikes()) && java.util.Objects.equals(g.deaths(), found.deaths())
                        && (g.date() == null || (found.date() != null && g.date().equals(found.date().toString())))) {
                    match = found;
                    break;
                }
            }
            if (match == null) {
                t.miss();
                errors.add(doc + ": missed running total " + g.strikes() + " operations, " + g.deaths() + " deaths as of " + g.date());
            } else {
                t.hit();
                open.remove(match);
            }
        }
        for (org.corridor.extract.facts.RunningTotal found : open) {
            t.falsePositive();
            errors.add(doc + ": extra running total " + found.strikes() + " operations, " + found.deaths() + " deaths as of "
                    + found.date());
        }
    }

    /**
     * Links a document entity stands on (not those only proposed): right when the gold links that
     * entity, by one of its names, to the same listed id; any other is a false link, and one the
     * gold forbids says so. Scored for documents written from a real page (their gold gives its
     * url, and every link they should make, none when empty) and for any other whose gold says
     * anything of links: a link made in a report whose gold asks for none is a false link too.
     */
    private void links(String doc, Gold gold, Extraction x) {
        if (gold.url() == null && gold.links().isEmpty() && gold.mustNotLink().isEmpty()) {
            return;
        }
        Tally t = tallies.get("link to listed party");
        List<Gold.GoldLink> open = new ArrayList<>(gold.links());
        for (DocEntity e : x.entities()) {
            if (e.listed() == null || e.listed().weak()) {
                continue;
            }
            String listed = e.listed().entityId();
            boolean forbidden = gold.mustNotLink().stream().anyMatch(g -> g.listed().equals(listed) && refersTo(e, g.name(), gold));
            claim(open, g -> g.listed().equals(listed) && refersTo(e, g.name(), gold), t, doc + ": " + (forbidden ? "FORBIDDEN" : "false")
                    + " link of '" + e.name() + "' to " + listed + " (" + e.listedBecause() + ")");
        }
        for (Gold.GoldLink g : open) {
            t.miss();
            errors.add(doc + ": missed link of '" + g.name() + "' to " + g.listed());
        }
    }

    private void entities(String doc, String type, List<List<String>> gold, Extraction x, EntityKind kind) {
        Tally t = tallies.get("entity " + type);
        Set<Integer> matched = new HashSet<>();
        for (DocEntity e : x.entities()) {
            if (e.kind() != kind) {
                continue;
            }
            int g = goldIndex(gold, e);
            if (g >= 0 && matched.add(g)) {
                t.hit();
            } else {
                t.falsePositive();
                errors.add(doc + ": extra " + type + " '" + e.name() + "'" + (g >= 0 ? " (a second entity for one gold entity)" : ""));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!matched.contains(g)) {
                t.miss();
                errors.add(doc + ": missed " + type + " '" + gold.get(g).get(0) + "'");
            }
        }
    }

    private static int goldIndex(List<List<String>> gold, DocEntity e) {
        for (int g = 0; g < gold.size(); g++) {
            for (String name : gold.get(g)) {
                for (Mention m : e.mentions()) {
                    if (same(name, m.text())) {
                        return g;
                    }
                }
            }
        }
        return -1;
    }

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String name) {
        return String.join(" ", Names.personKeys(RuleText.punctuation(name))).replaceFirst("^(the|el|la) ", "");
    }

    private void countries(String doc, List<String> gold, Extraction x) {
        Tally t = tallies.get("entity country");
        Set<String> found = new HashSet<>();
        for (DocEntity e : x.entities()) {
            if (e.kind() == EntityKind.COUNTRY && e.code() != null) {
                found.add(e.code());
            }
        }
        for (String code : found) {
            if (gold.contains(code)) {
                t.hit();
            } else {
                t.falsePositive();
                errors.add(doc + ": extra country " + code);
            }
        }
        for (String code : gold) {
            if (!found.contains(code)) {
                t.miss();
                errors.add(doc + ": missed country " + code);
            }
        }
    }

    private void ties(String doc, Gold gold, Extraction x) {
        List<Gold.GoldTie> open = new ArrayList<>(gold.ties());
        for (Tie tie : x.ties()) {
            claim(open, g -> g.type().equals(tie.schema()) && refersTo(tie.person(), g.person(), gold)
                    && refersTo(tie.organization(), g.organization(), gold),
                    tallies.computeIfAbsent("tie " + tie.schema(), k -> new Tally()),
                    doc + ": extra " + tie.schema() + " " + tie.person().name() + " -> " + tie.organization().name());
        }
        for (Gold.GoldTie g : open) {
            tallies.computeIfAbsent("tie " + g.type(), k -> new Tally()).miss();
            errors.add(doc + ": missed " + g.type() + " " + g.person() + " -> " + g.organization());
        }
    }

    /** Pairs an extracted fact with the first open gold fact it matches (a hit), or counts it extra. */
    private <G> void claim(List<G> open, java.util.function.Predicate<G> matches, Tally tally, String extra) {
        for (G g : open) {
            if (matches.test(g)) {
                open.remove(g);
                tally.hit();
                return;
            }
        }
        tally.falsePositive();
        errors.add(extra);
    }

    /**
     * Whether the entity is the one a gold link names: it is written that way, or it is the gold
     * person or organisation that has that name among its forms ('Ismael "El Mayo" Zambada' for a
     * link named "El Mayo" of the gold person "Ismael Zambada", "El Mayo"), as entities are matched.
     */
    private static boolean refersTo(DocEntity e, String name, Gold gold) {
        if (names(e, name)) {
            return true;
        }
        for (List<List<String>> kind : List.of(gold.persons(), gold.organizations())) {
            for (List<String> forms : kind) {
                if (forms.stream().anyMatch(f -> same(f, name)) && forms.stream().anyMatch(f -> names(e, f))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(DocEntity e, String name) {
        for (Mention m : e.mentions()) {
            if (same(m.text(), name)) {
                return true;
            }
        }
        return false;
    }

    private void designations(String doc, Gold gold, Extraction x) {
        Tally t = tallies.get("designation");
        List<Gold.GoldDesignation> open = new ArrayList<>(gold.designations());
        Set<DocEntity> seen = new HashSet<>();
        for (Designation d : x.designations()) {
            if (!seen.add(d.target())) {
                continue;
            }
            claim(open, g -> refersTo(d.target(), g.target(), gold), t, doc + ": extra designation of " + d.target().name());
        }
        for (Gold.GoldDesignation g : open) {
            t.miss();
            errors.add(doc + ": missed designation of " + g.target());
        }
    }

    private void operations(String doc, Gold gold, Extraction x) {
        Map<Gold.GoldOperation, OperationFact> pairs = pairOperations(gold.operations(), x.operations());
        List<OperationFact> open = new ArrayList<>(x.operations());
        for (Gold.GoldOperation g : gold.operations()) {
            OperationFact best = pairs.get(g);
            if (best == null) {
                for (String field : List.of("type", "date", "place", "type+date+place")) {
                    tallies.get("operation " + field).miss();
                }
                if (g.deathsAnnotated()) {
                    tallies.get("operation deaths").miss();
                    tallies.get("operation type+date+place+deaths").miss();
                }
                errors.add(doc + ": missed " + g.type() + " on " + g.date() + " at " + g.place()
                        + (g.deathsAnnotated() ? ", deaths " + g.deathCount() : ""));
                continue;
            }
            open.remove(best);
            tallies.get("operation type").hit();
            field("date", dateRight(g, best), doc, g, best);
            field("place", placeRight(g, best), doc, g, best);
            field("type+date+place", dateRight(g, best) && placeRight(g, best), doc, null, null);
            if (g.deathsAnnotated()) {
                field("deaths", deathsRight(g, best), doc, g, best);
                field("type+date+place+deaths", dateRight(g, best) && placeRight(g, best) && deathsRight(g, best), doc, null, null);
            }
        }
        for (OperationFact op : open) {
            for (String field : List.of("type", "date", "place", "type+date+place")) {
                tallies.get("operation " + field).falsePositive();
            }
            if (gold.wireFigures()) {
                tallies.get("operation deaths").falsePositive();
                tallies.get("operation type+date+place+deaths").falsePositive();
            }
            errors.add(doc + ": extra " + op.type() + " on " + dateOf(op) + " at " + op.place()
                    + (op.fatalities() != null ? ", deaths " + op.fatalities() : ""));
        }
    }

    /**
     * Pairs gold and extracted operations of one type, the pair with the most fields right first (date, then place, then
     * deaths), ties in the gold's and the extraction's order: a gold operation listed first cannot take an extracted one
     * that another gold operation matches better.
     */
    private static Map<Gold.GoldOperation, OperationFact> pairOperations(List<Gold.GoldOperation> gold, List<OperationFact> found) {
        record Candidate(int gold, int found, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < found.size(); j++) {
                Gold.GoldOperation g = gold.get(i);
                OperationFact op = found.get(j);
                if (op.type().equals(g.type())) {
                    candidates.add(new Candidate(i, j, (dateRight(g, op) ? 4 : 0) + (placeRight(g, op) ? 2 : 0) + (deathsRight(g, op) ? 1 : 0)));
                }
            }
        }
        candidates.sort(java.util.Comparator.comparingInt((Candidate c) -> -c.score()).thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::found));
        Map<Gold.GoldOperation, OperationFact> pairs = new java.util.IdentityHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Candidate c : candidates) {
            Gold.GoldOperation g = gold.get(c.gold());
            if (!pairs.containsKey(g) && !taken.contains(c.found())) {
                pairs.put(g, found.get(c.found()));
                taken.add(c.found());
            }
        }
        return pairs;
    }

    private void field(String name, boolean right, String doc, Gold.GoldOperation g, OperationFact op) {
        Tally t = tallies.get("operation " + name);
        if (right) {
            t.hit();
        } else {
            t.miss();
            t.falsePositive();
            if (g != null) {
                errors.add(doc + ": " + g.type() + " " + name + " is " + (name.equals("date") ? dateOf(op) : name.equals("deaths")
                        ? op.fatalities() : op.place()) + ", gold " + (name.equals("date") ? g.date() : name.equals("deaths")
                        ? g.deathCount() : g.place()));
            }
        }
    }

    static String dateOf(OperationFact op) {
        if (op.date() == null) {
            return null;
        }
        return "month".equals(op.datePrecision()) ? op.date().toString().substring(0, 7)
                : "year".equals(op.datePrecision()) ? op.date().toString().substring(0, 4) : op.date().toString();
    }

    private static boolean deathsRight(Gold.GoldOperation g, OperationFact op) {
        return g.deathsAnnotated() && java.util.Objects.equals(g.deathCount(), op.fatalities());
    }

    private static boolean dateRight(Gold.GoldOperation g, OperationFact op) {
        String d = dateOf(op);
        return g.date() == null ? d == null : g.date().equals(d);
    }

    private static boolean placeRight(Gold.GoldOperation g, OperationFact op) {
        if (g.place() == null) {
            return op.place() == null;
        }
        if (op.place() == null) {
            return false;
        }
        String gold = key(g.place());
        String found = key(op.place());
        if (gold.contains(found) || found.contains(gold)) {
            return true;
        }
        // "EE.UU." found, "Estados Unidos" in gold: one country, however the report writes it
        return op.country() != null && (key(CountryNames.name(op.country())).equals(gold) || op.country().equals(CountryNames.code(g.place())));
    }
}
