package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Span;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;

/**
 * Groups the mentions of one document into entities. The same name folded is the same entity. A
 * shorter person name whose words all belong to a fuller one ("Noboa", "Daniel Noboa") joins the
 * fuller one mentioned nearest before it (or first after). An acronym joins the name it was
 * defined for, or else a group whose initials it spells. Groups named "X Cartel" and "Cártel de X"
 * are one. Names linked to the same workspace party are one. A lone word the tagger called an
 * organisation or place that is part of a person's name ("Maduro's government") is that person.
 */
public final class NameLinker implements Stage {
    private static final Set<String> GROUP_WORDS = Set.of("cartel", "cartels", "de", "del", "los", "las", "la", "el", "the", "of");

    @Override
    public String name() {
        return "link-names";
    }

    // "alias la Tuta", "alias el Chavo Félix": the article Spanish puts before a nickname is no part of it
    private static final Pattern ALIAS = Pattern.compile("(?U)\\b(?:alias(?:\\s+(?:el|la)(?=\\s+\\p{Lu}))?|a\\.k\\.a\\.|aka|known as|conocid[oa] como|apodad[oa]|nicknamed)"
            // "nicknamed Asia's \"El Chapo\"": the place owning the nickname is no part of it
            + "\\s+(?:\\p{Lu}\\p{L}+['’]s\\s+)?['‘\"“«]?(\\p{Lu}(?:[\\p{L}’'-]*\\p{L})?(?:[ ](?:(?:el|la)[ ])?\\p{Lu}(?:[\\p{L}’'-]*\\p{L})?){0,2})['’\"”»]?");

    private static final Pattern OR_ALIAS = Pattern.compile("(?U)['’\"”»]?\\s+(?:o|or|u)\\s+['‘\"“«]?(\\p{Lu}[\\p{L}’'-]*\\p{L}(?:[ ]\\p{Lu}[\\p{L}’'-]*\\p{L})?)\\b");

    /** "de alias", "del alias", "of alias": the alias of someone something belongs to. */
    private static final Pattern OWNED_BY = Pattern.compile("(?U)(?i)\\b(?:de|del|of)\\s+$");
    private static final Pattern AFTER_ALIAS = Pattern.compile("(?U)(?i)\\balias\\s+[\"“'‘«]?$");
    /** Between two aliases of two people: "alias César, articulador ..., y alias Katy", "..., y los alias El Iván, Ingrid ...". */
    private static final Pattern ALIAS_LIST_GAP = Pattern.compile("(?U)(?:,|\\s)(?:y|e|and)\\s+(?:(?:los|las)\\s+)?$|^\\s*,\\s*$|;\\s*$");
    private static final String[] ALIAS_WORDS = {"alias", "a.k.a.", "aka", "known as", "conocid", "apodad", "nicknamed"};

    /**
     * "Audias Flores Silva, «El Jardinero», y ...", "Ricardo Ruiz Velasco («El Doble R»)": a nickname
     * in quotes set off right after a person's name, opening with an article as Spanish nicknames do.
     */
    private static final Pattern APPOSED_QUOTE = Pattern.compile("(?U)(?:,[ ]|[ ]\\()['‘\"“«]((?:El|La)[ ]\\p{Lu}[\\p{L}’'-]*"
            + "(?:[ ]\\p{Lu}[\\p{L}’'-]*)?)['’\"”»]");

    // Each loop of the linking is its own method: a long method with several loops is compiled whole
    // once per loop the JIT enters hot (on-stack replacement), several large compilations per method.
    @Override
    public void apply(Work work) {
        aliases(work);
        Map<String, DocEntity> byKey = new HashMap<>();
        Map<String, DocEntity> byListed = new HashMap<>();
        List<Mention> persons = new ArrayList<>();
        for (Mention m : work.mentions) {
            if (m.kind() == EntityKind.PERSON) {
                persons.add(m);
            }
        }
        // persons: full names first, so that a surname mentioned before the full name still finds it; a nickname
        // named before its owner (a headline's "El Chapo") waits for the owner
        persons.sort(java.util.Comparator.comparing((Mention m) -> isNicknameOfAnother(work, m) || listedAlias(m)));
        linkFullNames(work, persons, byKey, byListed);
        List<Mention> later = linkOthers(work, byKey, byListed);
        joinNestedCountries(work, byKey);
        later.sort(java.util.Comparator.comparingInt((Mention m) -> -Names.keys(m.text()).size()));
        for (Mention m : linkOrganisations(work, later, byKey, byListed)) {
            linkAcronym(work, m, byKey, byListed);
        }
        corroborate(work);
        contradict(work);
    }

    /**
     * A one-word alias a list gives one party ("CHANGO" of "MENDEZ VARGAS Jose de Jesus") that the
     * document gives a person with other given names ('Juan Carlos "N", alias Chango') names a
     * namesake: the link is only proposed.
     */
    private static void contradict(Work work) {
        org.corridor.extract.text.Lexicon lexicon = org.corridor.extract.text.Lexicon.standard();
        for (DocEntity e : work.entities) {
            Mention.Listed l = e.listed();
            if (e.kind() != EntityKind.PERSON || l == null || l.weak()) {
                continue;
            }
            List<String> alias = Names.personKeys(l.name()).stream().filter(k -> !Names.FUNCTION_WORDS.contains(k)).toList();
            if (alias.size() != 1) {
                continue; // a listed name of two words or more is the party's own name
            }
            Set<String> caption = new HashSet<>(Names.personKeys(l.caption()));
            for (Mention m : e.mentions()) {
                // the person's own names, not the alias (nor an article and a nickname, "El Ricky")
                List<String> words = Names.personKeys(m.text()).stream().filter(k -> !Names.FUNCTION_WORDS.contains(k)).toList();
                String stranger = words.size() < 2 ? null : words.stream().filter(w -> lexicon.givenName(w) && !caption.contains(w))
                        .findFirst().orElse(null);
                if (stranger != null) {
                    e.demote("the document gives '" + l.name() + "' to '" + m.text() + "', and '" + stranger + "' is not in the listed name '"
                            + l.caption() + "'");
                    break;
                }
            }
        }
    }

    /**
     * A person the document names with a listed alias too weak to link on alone ("El Mayo") and with
     * a name of two words or more all inside that party's own listed name ('Ismael "El Mayo"
     * Zambada' for "ZAMBADA GARCIA, Ismael"): the two agree, so the link stands.
     */
    private static void corroborate(Work work) {
        for (DocEntity e : work.entities) {
            Mention.Listed l = e.listed();
            if (e.kind() != EntityKind.PERSON || l == null || !l.weak() || !"Person".equals(l.schema()) && !"LegalEntity".equals(l.schema())) {
                continue;
            }
            List<String> name = Names.personKeys(e.name());
            if (name.size() >= 2 && Names.personKeys(l.caption()).containsAll(name) && !Names.personKeys(l.name()).containsAll(name)) {
                e.list(l.judged(false, "'" + e.name() + "', whom the document also calls '" + l.name() + "', has every word of its "
                        + "name in the listed name '" + l.caption() + "'"), "'" + l.name() + "' is a listed name of " + l.caption() + " ("
                        + l.entityId() + "), and '" + e.name() + "' has every word of its name in it");
            }
        }
    }

    private void linkFullNames(Work work, List<Mention> persons, Map<String, DocEntity> byKey, Map<String, DocEntity> byListed) {
        List<DocEntity> entities = work.entities;
        for (Mention m : persons) {
            if (Names.personKeys(m.text()).size() >= 2) {
                if (joinedAsNickname(work, m)) {
                    continue;
                }
                DocEntity same = byKey.get(personKey(m));
                if (same == null) {
                    same = fuller(entities, m);
                }
                if (same != null && listedApart(m, same)) {
                    same = null; // "Joaquin Guzman Lopez" and 'Joaquin "El Chapo" Guzman': a list names them apart
                }
                String because = null;
                if (same == null && m.listed() != null) {
                    same = byListed.get(m.listed().entityId());
                    because = same == null ? null : "'" + m.text() + "' is listed as " + (listedAlias(m) ? "another name" : "a name")
                            + " of '" + m.listed().caption() + "', as '" + same.name() + "' is";
                }
                if (same == null && listedAlias(m)) {
                    same = holderOfListedName(entities, m);
                    because = same == null ? null : "'" + m.text() + "' is listed as another name of '" + m.listed().caption()
                            + "', whose name holds '" + same.name() + "'";
                }
                if (same == null) {
                    same = create(work, EntityKind.PERSON);
                    same.add(m, null);
                } else if (because != null) {
                    same.add(m, because);
                } else {
                    same.add(m, "'" + m.text() + "' is another form of '" + same.name() + "'");
                }
                assign(work, m, same, byKey, byListed, personKey(m));
            }
        }
    }

    /** Short person names, countries and places; returns the organisations, which wait for them. */
    private List<Mention> linkOthers(Work work, Map<String, DocEntity> byKey, Map<String, DocEntity> byListed) {
        List<Mention> later = new ArrayList<>();
        for (Mention m : work.mentions) {
            if (work.entityOf.containsKey(m)) {
                continue;
            }
            switch (m.kind()) {
                case PERSON -> linkShortPerson(work, m, byKey, byListed);
                case ORGANIZATION -> later.add(m);
                case COUNTRY -> join(work, m, "country:" + m.code(), EntityKind.COUNTRY, byKey, byListed, null);
                case PLACE -> {
                    DocEntity person = personWithWord(work, m);
                    if (person == null) {
                        person = nicknamed(work, m); // 'nicknamed Asia's "El Chapo"': the tagger took the nickname for a place
                    }
                    if (person != null) {
                        relabel(work, m, person);
                    } else {
                        join(work, m, "place:" + Names.key(m.text()), EntityKind.PLACE, byKey, byListed, null);
                    }
                }
                default -> { }
            }
        }
        return later;
    }

    private static void joinNestedCountries(Work work, Map<String, DocEntity> byKey) {
        for (Mention m : work.nested) {
            DocEntity country = byKey.get("country:" + m.code());
            if (country == null) {
                country = create(work, EntityKind.COUNTRY);
                byKey.put("country:" + m.code(), country);
            }
            country.add(m, null);
        }
    }

    /** Organisations, longest names first; returns the acronyms, linked last. */
    private List<Mention> linkOrganisations(Work work, List<Mention> later, Map<String, DocEntity> byKey, Map<String, DocEntity> byListed) {
        List<Mention> acronyms = new ArrayList<>();
        for (Mention m : later) {
            DocEntity holder = holderOfListing(m, byListed);
            if (holder != null && holder.kind() == EntityKind.PERSON) {
                relabel(work, m, holder); // "César Alejandro Sepúlveda Arellano, El Bótox": another listed name of the same person
                continue;
            }
            DocEntity person = personWithWord(work, m);
            DocEntity nick = nicknamed(work, m);
            DocEntity longer = prefixOf(work, m);
            if (nick != null) {
                relabel(work, m, nick);
            } else if (longer != null && byKey.get(orgKey(m.text())) == null) {
                longer.add(m, "'" + m.text() + "' is a short form of '" + longer.name() + "', named in the same document");
                work.entityOf.put(m, longer);
            } else if (person != null) {
                relabel(work, m, person);
            } else if (m.origin().equals("acronym") || isAcronym(m.text())) {
                acronyms.add(m);
            } else {
                join(work, m, orgKey(m.text()), EntityKind.ORGANIZATION, byKey, byListed, null);
            }
        }
        return acronyms;
    }

    /**
     * "Adolfo Macías Villamar, alias Fito", "Zambada, known as 'El Mayo'": the alias names the
     * nearest person before it in the sentence. An alias the tagger did not mark becomes a mention.
     */
    private static void aliases(Work work) {
        String text = work.text();
        work.mentions.sort(java.util.Comparator.comparing(Mention::span));
        List<Mention> sorted = List.copyOf(work.mentions);
        int longest = sorted.stream().mapToInt(x -> x.span().length()).max().orElse(0);
        List<Mention> added = new ArrayList<>();
        for (MatchResult m : Cues.findAt(ALIAS, text, Cues.wordStartsAt(text, ALIAS_WORDS))) {
            // the person named last before the alias, ending at most 120 characters before it
            Mention person = null;
            for (int i = Work.firstStartingFrom(sorted, m.start() - 120 - longest); i < sorted.size()
                    && sorted.get(i).start() < m.start(); i++) {
                Mention p = sorted.get(i);
                if (p.kind() == EntityKind.PERSON && p.end() <= m.start() && m.start() - p.end() <= 120
                        && text.substring(p.end(), m.start()).indexOf('.') < 0) {
                    person = p;
                }
            }
            // an alias this loop added counts too when it is nearer ("Tarzan," then "and Jorge Ivan Lalinde-Lalinde, also known as
            // 'El Mono'": the person named after the first alias is the second alias's)
            for (int i = added.size() - 1; i >= 0 && added.get(i).end() >= m.start() - 120; i--) {
                Mention p = added.get(i);
                if (p.end() <= m.start() && text.substring(p.end(), m.start()).indexOf('.') < 0) {
                    if (person == null || p.end() > person.end()) {
                        person = p;
                    }
                    break;
                }
            }
            if (person != null && AFTER_ALIAS.matcher(text).region(Math.max(0, person.start() - 12), person.start()).find()
                    && ALIAS_LIST_GAP.matcher(text.substring(person.end(), m.start())).find()) {
                person = null; // "alias César, articulador ..., y alias Katy": two people, each known by an alias
            }
            if (person != null && OWNED_BY.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()) {
                person = null; // "el general Rincón dijo que se golpeó a la organización de alias Calarcá": the group's leader, another man
            }
            if (person == null) {
                aliasAlone(work, m, sorted, longest);
                continue;
            }
            Span alias = new Span(m.start(1), m.end(1));
            List<Mention> overlapping = new ArrayList<>();
            for (int i = Work.firstStartingFrom(sorted, alias.start() - longest); i < sorted.size()
                    && sorted.get(i).start() < alias.end(); i++) {
                if (sorted.get(i).span().overlaps(alias)) {
                    overlapping.add(sorted.get(i));
                }
            }
            if (overlapping.stream().anyMatch(x -> x.kind() == EntityKind.ORGANIZATION && !x.origin().equals("ner") && !personsAlias(x)
                    && !weaklyListedInside(x, alias))) {
                continue; // a group's name ("known as Los Chapitos"), not a person's alias
            }
            // "alias 'Gordo Arturo'": a word of the alias a list gives someone else, too weak alone, is part of this alias
            List<Mention> inside = overlapping.stream().filter(x -> weaklyListedInside(x, alias)).toList();
            if (!inside.isEmpty()) {
                work.mentions.removeAll(inside);
                overlapping.removeAll(inside);
            }
            work.nicknames.put(Names.key(m.group(1)), person);
            Matcher or = OR_ALIAS.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
            if (or.lookingAt()) {
                // "alias Quib o Cowboy": a second nickname of the same person
                work.nicknames.put(Names.key(or.group(1)), person);
                Span second = new Span(or.start(1), or.end(1));
                if (sorted.stream().noneMatch(x -> x.span().overlaps(second))) {
                    Mention mention = new Mention(second, or.group(1), EntityKind.PERSON, "alias", 0.8, null, null);
                    work.mentions.add(mention);
                }
            }
            // aliases are added in the order of the text, so only the last added can overlap this one
            boolean tagged = !overlapping.isEmpty() || !added.isEmpty() && added.get(added.size() - 1).span().overlaps(alias);
            if (!tagged) {
                Mention mention = new Mention(alias, m.group(1), EntityKind.PERSON, "alias", 0.8, null, null);
                work.mentions.add(mention);
                added.add(mention);
            }
        }
        aliasLists(work, sorted);
        apposedQuotes(work, sorted);
        unquotedNicknames(work, sorted);
        work.mentions.sort(java.util.Comparator.comparing(Mention::span));
    }

    /** A quoted nickname right after a person's name ({@link #APPOSED_QUOTE}) is that person's. */
    private static void apposedQuotes(Work work, List<Mention> sorted) {
        String text = work.text();
        if (text.indexOf('«') < 0 && text.indexOf('“') < 0 && text.indexOf('"') < 0) {
            return;
        }
        // tried only where a comma or a bracket opens a quote
        for (MatchResult m : Cues.findAt(APPOSED_QUOTE, text, i -> i + 2 < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ' ')
                && "'‘\"“«".indexOf(text.charAt(i + 2)) >= 0)) {
            Mention person = null;
            for (int i = Work.firstStartingFrom(sorted, m.start() - 80); i < sorted.size() && sorted.get(i).start() < m.start(); i++) {
                if (sorted.get(i).end() == m.start()) {
                    person = sorted.get(i);
                }
            }
            if (person == null || person.kind() != EntityKind.PERSON) {
                continue;
            }
            String nickname = m.group(1);
            work.nicknames.putIfAbsent(Names.key(nickname), person);
            String bare = nickname.substring(nickname.indexOf(' ') + 1);
            work.nicknames.putIfAbsent(Names.key(bare), person);
        }
    }

    /**
     * "Se trata de alias 'El Negro'": after "alias" with no person named before it, the alias is
     * the person's only name here; the tagger's organisation of the same words is that person.
     */
    private static void aliasAlone(Work work, MatchResult m, List<Mention> sorted, int longest) {
        if (!Cues.lower(m.group()).startsWith("alias")) {
            return; // "known as" also gives groups their other names
        }
        // "la organización de alias Calarcá": a nickname that is also a town's name is still the person's
        personNamedByAlias(work, new Span(m.start(1), m.end(1)), m.group(1), sorted, longest, GROUP_OR_PLACE);
    }

    /** The kinds the tagger may have given words that are a person's alias: a group or a place. */
    private static final Set<EntityKind> GROUP_OR_PLACE = java.util.EnumSet.of(EntityKind.ORGANIZATION, EntityKind.PLACE);

    /**
     * The words of an alias are a person: a mention the tagger (or a list too weak to link alone) gave exactly those words as
     * one of {@code retaken} becomes the person's; any other mention there stands; with none, the alias becomes a mention.
     */
    private static void personNamedByAlias(Work work, Span alias, String words, List<Mention> sorted, int longest,
            Set<EntityKind> retaken) {
        boolean taken = false;
        for (int i = Work.firstStartingFrom(sorted, alias.start() - longest); i < sorted.size() && sorted.get(i).start() < alias.end(); i++) {
            Mention x = sorted.get(i);
            if (!x.span().overlaps(alias)) {
                continue;
            }
            boolean weakListing = x.origin().equals("gazetteer") && x.listed() != null && x.listed().weak();
            int at = work.mentions.indexOf(x);
            if (weakListing && at >= 0 && alias.start() <= x.start() && x.end() <= alias.end() && x.span().length() < alias.length()) {
                // "alias 'Negro Tulio'": a word of the alias that a list gives someone else, too weak alone, is part of this alias
                work.mentions.remove(at);
                continue;
            }
            taken = true;
            if (retaken.contains(x.kind()) && (x.origin().equals("ner") || weakListing) && x.span().equals(alias) && at >= 0) {
                work.mentions.set(at, x.withKind(EntityKind.PERSON, null));
            }
        }
        if (!taken) {
            work.mentions.add(new Mention(alias, words, EntityKind.PERSON, "alias", 0.8, null, null));
        }
    }

    /** "con los alias de 'El Viejo', 'Supervisor', 'Primo' y 'Guachupita'": several people named only by their aliases. */
    private static final Pattern ALIAS_LIST = Pattern.compile("(?U)(?i)\\balias(?:es)?\\s+(?:de\\s+)?(?=['‘\"“«])((?:['‘\"“«][^'’\"”»\\n]{2,30}"
            + "['’\"”»](?:\\s*,\\s*|\\s+(?:y|e|and)\\s+|,\\s+(?:y|e|and)\\s+)?){2,})");
    private static final Pattern QUOTED_ITEM = Pattern.compile("(?U)['‘\"“«]((?-i:\\p{Lu})[^'’\"”»\\n]{1,29})['’\"”»]");

    /**
     * "los alias El Iván, Ingrid y El Ronaldo", "Los otros nueve, conocidos como Lae, Anastasia, ... y El Flaco": people named by
     * aliases in a plain list, each one capitalised word or two after "El"/"La", the last after "y".
     */
    private static final String BARE_ITEM = "(?:(?:El|La)\\s+)?\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern BARE_ALIAS_LIST = Pattern.compile("(?U)\\b(?:(?:[Ll]os|[Ll]as)\\s+alias|(?:[Cc]onocid|[Ii]dentificad|[Aa]podad)[oa]s"
            + "\\s+como)\\s+(" + BARE_ITEM + "(?:\\s*,\\s*" + BARE_ITEM + ")*\\s+(?:y|e)\\s+" + BARE_ITEM + ")(?![\\p{L}'’-])");
    private static final Pattern BARE_LIST_ITEM = Pattern.compile("(?U)" + BARE_ITEM);
    /** "bandas conocidas como Los Lobos, Tiguerones y ...": groups, not people. */
    private static final Pattern GROUPS_BEFORE = Pattern.compile("(?U)(?i)\\b(?:grupos|bandas|organizaciones|c[aá]rteles|facciones|pandillas"
            + "|estructuras|clanes)\\b[^.;]{0,30}$");

    private static void aliasLists(Work work, List<Mention> sorted) {
        String text = work.text();
        String lower = Cues.lower(text);
        boolean alias = lower.contains("alias");
        if (!alias && !Cues.any(lower, "conocidos como", "conocidas como", "identificados como", "identificadas como", "apodados como")) {
            return;
        }
        int longest = sorted.stream().mapToInt(x -> x.span().length()).max().orElse(0);
        for (MatchResult list : alias ? Cues.findAt(ALIAS_LIST, text, Cues.wordStartsAt(lower, "alias")) : List.<MatchResult>of()) {
            Matcher item = QUOTED_ITEM.matcher(text).region(list.start(1), list.end(1));
            while (item.find()) {
                personNamedByAlias(work, new Span(item.start(1), item.end(1)), item.group(1), sorted, longest,
                        GROUP_OR_PLACE);
            }
        }
        Matcher bare = BARE_ALIAS_LIST.matcher(text);
        while (bare.find()) {
            if (GROUPS_BEFORE.matcher(text).region(Math.max(0, bare.start() - 40), bare.start()).find()) {
                continue;
            }
            Matcher item = BARE_LIST_ITEM.matcher(text).region(bare.start(1), bare.end(1));
            while (item.find()) {
                Span at = new Span(item.start(), item.end());
                if (work.mentions.stream().noneMatch(x -> x.origin().equals("alias") && x.span().overlaps(at))) {
                    personNamedByAlias(work, at, item.group(), sorted, longest, GROUP_OR_PLACE); // not one an alias rule named already
                }
            }
        }
    }

    /** "Nicolás Sierra Santana, El Gordo, fundador ...": a nickname set off by commas right after a person's name, without "alias". */
    private static final Pattern UNQUOTED = Pattern.compile("(?U),\\s+((?:El|La)\\s+\\p{Lu}[\\p{L}’'-]+)(?=\\s*[,;.])");

    private static void unquotedNicknames(Work work, List<Mention> sorted) {
        String text = work.text();
        for (Mention p : sorted) {
            if (p.kind() != EntityKind.PERSON || p.end() >= text.length() || text.charAt(p.end()) != ',') {
                continue;
            }
            Matcher m = UNQUOTED.matcher(text).region(p.end(), Math.min(text.length(), p.end() + 40));
            if (!m.lookingAt() || work.nicknames.containsKey(Names.key(m.group(1)))) {
                continue;
            }
            Span alias = new Span(m.start(1), m.end(1));
            boolean other = false;
            boolean tagged = false;
            // mentions do not overlap the person's, so any on the nickname start after it
            for (int i = Work.firstStartingFrom(sorted, p.end()); i < sorted.size() && sorted.get(i).start() < alias.end(); i++) {
                Mention x = sorted.get(i);
                if (x.span().overlaps(alias)) {
                    tagged = true;
                    // a place ("Culiacán, La Paz"), or a group's listed name, is not a nickname
                    other |= x.kind() == EntityKind.PLACE || x.kind() == EntityKind.COUNTRY
                            || x.kind() == EntityKind.ORGANIZATION && !x.origin().equals("ner") && !personsAlias(x);
                }
            }
            if (other) {
                continue;
            }
            work.nicknames.put(Names.key(m.group(1)), p);
            if (!tagged) {
                work.mentions.add(new Mention(alias, m.group(1), EntityKind.PERSON, "alias", 0.8, null, null));
            }
        }
    }

    /** A name the gazetteer found as a listed party's alias rather than its own name ("El Chapo" for Guzmán Loera). */
    private static boolean listedAlias(Mention m) {
        return m.listed() != null && !Names.personKeys(m.listed().caption()).containsAll(Names.personKeys(m.text()));
    }

    /** The one person in the document whose name (two words or more) is all inside the listed party's own name. */
    private static DocEntity holderOfListedName(List<DocEntity> entities, Mention m) {
        List<String> listedName = Names.personKeys(m.listed().caption());
        DocEntity found = null;
        for (DocEntity e : entities) {
            List<String> name = Names.personKeys(e.name());
            if (e.kind() == EntityKind.PERSON && name.size() >= 2 && listedName.containsAll(name)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static boolean isNicknameOfAnother(Work work, Mention m) {
        Mention owner = work.nicknames.get(Names.key(m.text()));
        return owner != null && !owner.span().equals(m.span());
    }

    /** The person whose nickname or alias this mention is, if the document gave one. */
    private static DocEntity nicknamed(Work work, Mention m) {
        Mention owner = work.nicknames.get(Names.key(m.text()));
        if (owner == null || owner == m) {
            return null;
        }
        DocEntity e = work.entityOf.get(owner);
        if (e == null) {
            // the owner may have been relabelled since: the last mention with its span
            for (int i = Work.firstStartingFrom(work.mentions, owner.start()); i < work.mentions.size()
                    && work.mentions.get(i).start() == owner.start(); i++) {
                if (work.mentions.get(i).span().equals(owner.span())) {
                    e = work.entityOf.get(work.mentions.get(i));
                }
            }
        }
        return e;
    }

    /** Joins a mention to the person the document gives it as the nickname or alias of, if any. */
    private static boolean joinedAsNickname(Work work, Mention m) {
        DocEntity nick = nicknamed(work, m);
        if (nick == null) {
            return false;
        }
        nick.add(m, "'" + m.text() + "' is given in the document as an alias of '" + nick.name() + "'");
        work.entityOf.put(m, nick);
        return true;
    }

    private void linkShortPerson(Work work, Mention m, Map<String, DocEntity> byKey, Map<String, DocEntity> byListed) {
        if (joinedAsNickname(work, m)) {
            return;
        }
        DocEntity holder = holderOfListing(m, byListed);
        if (holder != null) {
            holder.add(m, listedAlongside(m, holder));
            assign(work, m, holder, byKey, byListed, personKey(m));
            return;
        }
        DocEntity same = byKey.get(personKey(m));
        if (same == null) {
            same = nearestFuller(work, m);
        }
        if (same != null && AFTER_ALIAS.matcher(work.text()).region(Math.max(0, m.start() - 12), m.start()).find()
                && same.mentions().stream().noneMatch(o -> o.text().equals(m.text()))) {
            same = null; // "alias Carlos, cabecilla ..." is someone's nickname, not the first name of Carlos Fernando Triana Beltrán
        }
        if (same != null && listedApart(m, same)) {
            same = null; // '"el Chapo" Guzmán' is not Joaquín Guzmán López: the list names them as two parties
        }
        if (same == null) {
            same = create(work, EntityKind.PERSON);
            same.add(m, null);
        } else {
            same.add(m, "'" + m.text() + "' is a short form of '" + same.name() + "', named in the same document");
        }
        assign(work, m, same, byKey, byListed, personKey(m));
    }

    /** Whether the mention and the entity are each firmly linked, to different listed parties. */
    private static boolean listedApart(Mention m, DocEntity e) {
        return m.listed() != null && !m.listed().weak() && e.listed() != null && !e.listed().weak()
                && !m.listed().entityId().equals(e.listed().entityId());
    }

    /**
     * The person with a fuller name holding all of this mention's words, mentioned nearest before
     * it, else first after. When several people hold them (a president and his son, "Gustavo
     * Petro" and "Nicolás Petro Burgos"), the one named first: reports keep the bare surname for
     * the main person and name relatives in full.
     */
    private static DocEntity nearestFuller(Work work, Mention m) {
        List<String> words = Names.personKeys(m.text());
        DocEntity before = null;
        int beforeAt = -1;
        DocEntity after = null;
        int afterAt = Integer.MAX_VALUE;
        DocEntity first = null;
        int firstAt = Integer.MAX_VALUE;
        boolean several = false;
        for (DocEntity e : work.entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Mention em : e.mentions()) {
                List<String> full = Names.personKeys(em.text());
                if (full.size() > words.size() && full.containsAll(words)) {
                    several |= first != null && first != e;
                    if (em.start() < firstAt) {
                        first = e;
                        firstAt = em.start();
                    }
                    if (em.start() < m.start() && em.start() > beforeAt) {
                        before = e;
                        beforeAt = em.start();
                    } else if (em.start() > m.start() && em.start() < afterAt) {
                        after = e;
                        afterAt = em.start();
                    }
                }
            }
        }
        return several ? first : before != null ? before : after;
    }

    /** An existing person whose name holds all of this fuller mention's words, or whose words it holds. */
    private static DocEntity fuller(List<DocEntity> entities, Mention m) {
        List<String> words = Names.personKeys(m.text());
        for (DocEntity e : entities) {
            if (e.kind() == EntityKind.PERSON) {
                List<String> other = Names.personKeys(e.name());
                if (other.size() >= 2 && (other.containsAll(words) || words.containsAll(other))) {
                    return e;
                }
            }
        }
        return null;
    }

    /** An organisation whose longer name starts or ends with this one word ("Treasury" of "Treasury Department", "U.S. Treasury"), or has it before a generic head. */
    private static DocEntity prefixOf(Work work, Mention m) {
        List<String> words = Names.keys(m.text());
        if (words.isEmpty() || isAcronym(m.text())) {
            return null;
        }
        if (words.size() > 1) {
            // "Guardia Costera" after "Guardia Costera de Estados Unidos": the name without what follows "de", "of"
            for (DocEntity e : work.entities) {
                List<String> name = Names.keys(e.name());
                if (e.kind() == EntityKind.ORGANIZATION && name.size() > words.size() + 1 && name.subList(0, words.size()).equals(words)
                        && Names.FUNCTION_WORDS.contains(name.get(words.size()))) {
                    return e;
                }
                // "U.S. Treasury" of "U.S. Treasury Department": the name without its generic head
                if (e.kind() == EntityKind.ORGANIZATION && name.size() == words.size() + 1 && name.subList(0, words.size()).equals(words)
                        && GENERIC.contains(name.get(words.size()))) {
                    return e;
                }
                // "Coast Guard" of "U.S. Coast Guard": the name without the country before it
                if (e.kind() == EntityKind.ORGANIZATION && name.size() == words.size() + 1 && name.subList(1, name.size()).equals(words)
                        && (COUNTRY_BEFORE.contains(name.get(0)) || CountryNames.demonym(name.get(0)))) {
                    return e;
                }
            }
            return null;
        }
        if (GENERIC.contains(words.get(0))) {
            return definiteBack(work, m, words.get(0)); // "El Comando" after "el Comando Sur de Estados Unidos"
        }
        for (DocEntity e : work.entities) {
            List<String> name = Names.keys(e.name());
            if (e.kind() == EntityKind.ORGANIZATION && name.size() > 1
                    && (name.get(0).equals(words.get(0)) || name.get(name.size() - 1).equals(words.get(0)) && !ofItsParent(name)
                            || headBeforeTail(name).equals(words.get(0))
                            || GENERIC.contains(name.get(name.size() - 1)) && name.get(name.size() - 2).equals(words.get(0)))) {
                // the last: "Treasury" of "U.S. Treasury Department", the word before a generic head
                return e;
            }
        }
        return null;
    }

    /**
     * "Dirección de Inteligencia de la Senad": a name that is already whole before its last "de" phrase, whose last word is then
     * the body it belongs to (the Senad), not another name for it (as "Marina" is for "Secretaría de Marina").
     */
    private static boolean ofItsParent(List<String> name) {
        int last = name.size() - 2;
        while (last > 0 && Names.FUNCTION_WORDS.contains(name.get(last)) && Names.FUNCTION_WORDS.contains(name.get(last - 1))) {
            last--; // "de la", "of the"
        }
        if (last <= 1 || !Names.FUNCTION_WORDS.contains(name.get(last))) {
            return false;
        }
        for (int i = 1; i < last - 1; i++) {
            if (Names.FUNCTION_WORDS.contains(name.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "marina" in "Secretaría de Marina de México": the last word before a final "de ..." phrase, or "". */
    private static String headBeforeTail(List<String> name) {
        for (int i = name.size() - 2; i > 0; i--) {
            if (Names.FUNCTION_WORDS.contains(name.get(i))) {
                return Names.FUNCTION_WORDS.contains(name.get(i - 1)) ? "" : name.get(i - 1);
            }
        }
        return "";
    }

    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?U)(?i)\\b(?:el|la|the)\\s+$");

    /**
     * A generic head word after a definite article ("El Comando, que ..."): the one organisation
     * named before whose name starts with it, else nothing (two would make it ambiguous).
     */
    private static DocEntity definiteBack(Work work, Mention m, String word) {
        String text = work.text();
        if (!DEFINITE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()) {
            return null;
        }
        DocEntity found = null;
        for (DocEntity e : work.entities) {
            List<String> name = Names.keys(e.name());
            if (e.kind() == EntityKind.ORGANIZATION && name.size() > 1 && name.get(0).equals(word)
                    && e.mentions().stream().anyMatch(x -> x.start() < m.start())) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** Short names of the United States before a body's name; a demonym there ("Mexican", "Indian") is found by {@link CountryNames#demonym}. */
    private static final Set<String> COUNTRY_BEFORE = Set.of("u.s.", "us", "usa", "ee.uu.", "eeuu");

    private static final Set<String> GENERIC = Set.of("cartel", "cartels", "department", "departamento", "office", "oficina", "ministry",
            "ministerio", "command", "comando", "group", "grupo", "gang", "clan", "national", "nacional", "force", "forces", "fuerzas",
            "army", "ejercito", "guard", "guardia", "agency", "agencia", "service", "servicio", "unidos", "united");

    private static DocEntity personWithWord(Work work, Mention m) {
        if (m.origin().equals("gazetteer") || m.origin().equals("country") || m.origin().equals("acronym")
                || m.origin().equals("pattern")) {
            return null;
        }
        List<String> words = Names.keys(m.text());
        if (words.size() != 1) {
            return null;
        }
        // several people holding the word: the one named first, as for a bare surname tagged as a person (nearestFuller)
        DocEntity found = null;
        int foundAt = Integer.MAX_VALUE;
        for (DocEntity e : work.entities) {
            if (e.kind() == EntityKind.PERSON && Names.personKeys(e.name()).size() >= 2
                    && Names.personKeys(e.name()).contains(words.get(0))) {
                int at = e.mentions().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
                if (at < foundAt) {
                    found = e;
                    foundAt = at;
                }
            }
        }
        return found;
    }

    /** A listed name of a party the list does not type but whose own name is written as a person's ("El Abuelo" of "Alvarez Farias Juan Jose"). */
    private static boolean weaklyListedInside(Mention x, Span alias) {
        return x.origin().equals("gazetteer") && x.listed() != null && x.listed().weak() && alias.contains(x.span())
                && x.span().length() < alias.length();
    }

    private static boolean personsAlias(Mention m) {
        Mention.Listed l = m.listed();
        return l != null && "LegalEntity".equals(l.schema()) && (MentionChooser.listedAsPerson(l.caption())
                || MentionChooser.nameShaped(l.caption()));
    }

    /**
     * The entity the document firmly links to the party this mention's listed name belongs to
     * ("Alfonso Fernández Magallón, Poncho": Poncho is another of his listed names), or null: the
     * fuller mention corroborates the short one.
     */
    private static DocEntity holderOfListing(Mention m, Map<String, DocEntity> byListed) {
        if (m.listed() == null) {
            return null;
        }
        DocEntity holder = byListed.get(m.listed().entityId());
        return holder != null && holder.listed() != null && !holder.listed().weak()
                && holder.listed().entityId().equals(m.listed().entityId()) ? holder : null;
    }

    private static String listedAlongside(Mention m, DocEntity holder) {
        return "'" + m.text() + "' is listed as another name of '" + m.listed().caption() + "', to which '" + holder.name()
                + "' is linked in the same document";
    }

    private static void relabel(Work work, Mention m, DocEntity person) {
        Mention asPerson = m.withKind(EntityKind.PERSON, null);
        replace(work, m, asPerson);
        person.add(asPerson, "'" + m.text() + "' names '" + person.name() + "' (the tagger read it as a "
                + m.kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
        work.entityOf.put(asPerson, person);
    }

    /** Puts {@code by} where {@code m} is among the work's mentions. */
    private static void replace(Work work, Mention m, Mention by) {
        for (int i = Work.firstStartingFrom(work.mentions, m.start()); i < work.mentions.size()
                && work.mentions.get(i).start() == m.start(); i++) {
            if (work.mentions.get(i).equals(m)) {
                work.mentions.set(i, by);
                return;
            }
        }
    }

    /**
     * Whether a listed party whose short form the document's acronym is written as is the body the document defines it for:
     * its long name is the party's name or a part of it, small words aside ("Maldives Police Service (MPS)" is not the listed
     * Ministry of People's Security, whose short form is also "MPS"; a long name that is another of the party's names links
     * through its own mention).
     */
    private static boolean definedAsTheListed(AcronymStage.Definition d, Mention.Listed listed) {
        List<String> defined = contentWords(d.name().text());
        List<String> caption = contentWords(listed.caption());
        return caption.containsAll(defined) || defined.containsAll(caption);
    }

    /**
     * A name's words but its small ones: "Cártel Jalisco Nueva Generación" is "CARTEL DE JALISCO NUEVA GENERACION", and "los
     * cárteles de Sinaloa, Jalisco Nueva Generación (CJNG)" defines the letters by a part of it.
     */
    private static List<String> contentWords(String name) {
        return Names.keys(name).stream().filter(k -> !Names.FUNCTION_WORDS.contains(k)).toList();
    }

    private void linkAcronym(Work work, Mention m, Map<String, DocEntity> byKey, Map<String, DocEntity> byListed) {
        AcronymStage.Definition d = work.acronyms.get(m.text());
        DocEntity target = null;
        String because = null;
        if (d != null) {
            target = byKey.get(orgKey(d.name().text()));
            because = "'" + m.text() + "' is defined in the document as the acronym of '" + d.name().text() + "'";
            if (m.listed() != null && !definedAsTheListed(d, m.listed())) {
                Mention unlisted = new Mention(m.span(), m.text(), m.kind(), m.origin(), m.confidence(), null, m.code());
                replace(work, m, unlisted);
                m = unlisted;
            }
            if (target == null) {
                target = create(work, EntityKind.ORGANIZATION);
                target.add(d.name(), null);
                byKey.put(orgKey(d.name().text()), target);
                work.entityOf.put(d.name(), target);
            }
        } else {
            for (DocEntity e : work.entities) {
                if (e.kind() == EntityKind.ORGANIZATION && !isAcronym(e.name()) && AcronymStage.initialsFit(m.text(), e.name())) {
                    target = e;
                    because = "'" + m.text() + "' spells the initials of '" + e.name() + "'";
                    break;
                }
                if (e.kind() == EntityKind.ORGANIZATION && !isAcronym(e.name()) && AcronymStage.clippedFit(m.text(), e.name())) {
                    target = e;
                    because = "'" + m.text() + "' runs together the starts of the words of '" + e.name() + "'";
                    break;
                }
            }
        }
        if (target == null) {
            join(work, m, orgKey(m.text()), EntityKind.ORGANIZATION, byKey, byListed, null);
        } else {
            target.add(m, because);
            work.entityOf.put(m, target);
            byKey.putIfAbsent(orgKey(m.text()), target);
        }
    }

    private static void join(Work work, Mention m, String key, EntityKind kind, Map<String, DocEntity> byKey,
            Map<String, DocEntity> byListed, String because) {
        DocEntity e = byKey.get(key);
        if (e == null && m.listed() != null) {
            e = byListed.get(m.listed().entityId());
        }
        if (e == null) {
            e = create(work, kind);
            e.add(m, null);
        } else {
            e.add(m, because != null ? because : e.mentions().isEmpty() || Names.key(e.name()).equals(Names.key(m.text())) ? null
                    : "'" + m.text() + "' and '" + e.name() + "' name the same " + (m.listed() != null ? "listed party" : kind == EntityKind.COUNTRY ? "country" : "group"));
        }
        assign(work, m, e, byKey, byListed, key);
    }

    private static void assign(Work work, Mention m, DocEntity e, Map<String, DocEntity> byKey, Map<String, DocEntity> byListed,
            String key) {
        work.entityOf.put(m, e);
        byKey.putIfAbsent(key, e);
        if (m.listed() != null) {
            byListed.putIfAbsent(m.listed().entityId(), e);
        }
    }

    private static DocEntity create(Work work, EntityKind kind) {
        DocEntity e = new DocEntity(work.entities.size() + 1, kind);
        work.entities.add(e);
        return e;
    }

    private static String personKey(Mention m) {
        return "person:" + String.join(" ", Names.personKeys(m.text()));
    }

    /**
     * Names that differ only by articles, "of"/"de" and the word cartel share a key: "Sinaloa
     * Cartel" and "Cártel de Sinaloa", "Los Zetas" and "cártel de Los Zetas", "the State
     * Department" and "State Department".
     */
    static String orgKey(String name) {
        Set<String> content = new TreeSet<>();
        for (String k : Names.keys(name)) {
            if (!GROUP_WORDS.contains(k)) {
                content.add(k);
            }
        }
        // "the U.S. Department of Justice" and "the Justice Department": one body, with or without its country's initials
        if (content.size() > 2) {
            content.removeAll(COUNTRY_INITIALS);
        }
        return content.isEmpty() ? "org:" + Names.key(name) : "org:" + String.join(" ", content);
    }

    private static final Set<String> COUNTRY_INITIALS = Set.of("us", "u.s", "u.s.", "usa", "eeuu", "ee.uu", "ee.uu.");

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

    static boolean isAcronym(String text) {
        String letters = NOT_LETTER.matcher(text).replaceAll("");
        long upper = letters.chars().filter(Character::isUpperCase).count();
        return letters.length() >= 2 && letters.length() <= 8 && upper >= 2 && upper * 2 >= letters.length() && !text.contains(" ");
    }

}
