package org.corridor.extract.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.facts.Position;
import org.corridor.extract.facts.Tie;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;
import org.corridor.extract.text.Span;

/**
 * Titles before a name ("Chief Pentagon spokesperson Sean Parnell", "la presidenta Claudia
 * Sheinbaum", "el secretario de Estado, Marco Rubio") and appositions after it ("Nemesio
 * Oseguera, leader of the CJNG,") become the person's position. When the title names an
 * organisation, the person gets a tie to it: Membership for a group role (leader, founder,
 * member, lieutenant, líder, cabecilla...), Employment for an office (spokesperson, secretary,
 * general, agent, fiscal...).
 */
public final class RoleStage implements Stage {
    static final Set<String> MEMBER_ROLES = Set.of("leader", "leaders", "founder", "co-founder", "cofounder", "boss", "lieutenant",
            "member", "operator", "kingpin", "capo", "head", "commander", "chief", "hitman", "enforcer", "financier", "lider",
            "cabecilla", "fundador", "cofundador", "jefe", "jefa", "lugarteniente", "miembro", "integrante", "operador", "operadora",
            "sicario", "financista", "comandante", "mando", "brazo", "coordinador", "coordinadora", "coordinator", "co-leader", "coleader", "colider", "co-lider");
    static final Set<String> OFFICES = Set.of("president", "vice-president", "secretary", "minister", "spokesperson", "spokesman",
            "spokeswoman", "attorney", "prosecutor", "general", "admiral", "director", "administrator", "ambassador", "senator",
            "representative", "governor", "mayor", "envoy", "official", "officer", "agent", "judge", "czar", "chancellor",
            "presidente", "presidenta", "vicepresidente", "vicepresidenta", "secretario", "secretaria", "ministro", "ministra",
            "portavoz", "vocero", "vocera", "fiscal", "almirante", "directora", "embajador", "embajadora", "senador", "senadora",
            "gobernador", "gobernadora", "alcalde", "alcaldesa", "canciller", "procurador", "procuradora", "juez", "jueza", "zar",
            "agente", "funcionario", "funcionaria", "comisionado", "comisionada", "diputado", "diputada", "congressman",
            "congresswoman", "lawmaker", "sheriff", "superintendent", "coordinator", "coordinador", "coordinadora", "analyst", "titular",
            "manager", "commissioner", "constable", "executive", "ceo", "chairman", "chairwoman", "commandant", "inspector", "gerente", "comisario",
            "comisaria", "capitan", "captain", "coronel", "colonel", "comptroller", "contralor", "contralora", "viceministro", "viceministra",
            "viceminister", "vice-minister", "subsecretario", "subsecretaria", "undersecretary", "vicejefe", "vicejefa", "subjefe", "subjefa");
    private static final Set<String> ONE_OF = Set.of("one", "uno", "una");
    private static final Set<String> AREA_OF_OFFICE = Set.of("in", "en");
    private static final Pattern IN_CUSTODY = Pattern.compile("(?iU)\\s+(?:(?:already|now)\\s+)?(?:in custody|arrested|detained|sanctioned"
            + "|designated|charged|indicted|ya detenidos|detenidos|capturados|sancionados|acusados|procesados)$");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "la", "y", "and", "the");
    private static final Set<String> MODIFIERS = Set.of("former", "then", "acting", "interim", "deputy", "top", "senior", "chief",
            "ex", "vice", "assistant", "special", "regional", "alleged", "presunto", "presunta", "supuesto", "supuesta", "principal",
            "máximo", "maximo", "nuevo", "nueva", "actual", "entonces", "general", "adjunto", "adjunta", "federal", "national",
            "nacional", "military", "militar", "second", "segundo", "top-ranking", "high-ranking", "armado", "armada", "principales", "main",
            // "el capitán de corbeta X": a naval rank's class
            "corbeta", "fragata", "navio");
    /**
     * ", a member of the Gulf Cartel" after a name, also after a nickname ("known as 'X', ...", or
     * just '"El Mencho", leader of ...', or unquoted: "Nicolás Sierra Santana, El Gordo, fundador y líder
     * del grupo") and after the "N" Mexican reporting writes for a suspect's
     * withheld surname ('Antonio Guadalupe "N", alias ...').
     */
    static final Pattern APPOSITION = Pattern.compile("(?U)^['’\"”»]?(?:\\s+[\"“]N[\"”])?(?:,\\s+de\\s+\\d{1,3}\\s+años(?:\\s+de\\s+edad)?(?=,))?(?:,\\s+|\\s+as\\s+(?=(?:the|its|a|an)\\s))(?:(?:alias|a\\.k\\.a\\.|aka|known as|conocido como|apodado)\\s+"
            + "[\"“'«]?[^,\"”»]{1,40}[\"”'»]?\\s*,\\s+|[\"“«][^,\"”»]{1,40}[\"”»]\\s*,\\s+|(?:El|La)\\s+\\p{Lu}[\\p{L}’'-]+\\s*,\\s+)?"
            // "alias Amaury, señalado como coordinador de narcotráfico del EGC", "X, identified as a leader of"
            + "(?:(?:señalad|identificad|considerad|sindicad)[oa]\\s+(?:como|de\\s+ser)\\s+|(?:identified|described)\\s+as\\s+)?"
            + "(?:(?:whom|who|which|a quien)\\s+(?:\\p{L}+\\s+){1,2}?(?:describes|described|calls|called|identifies|identified|considers"
            + "|considered|describe|describió|llama|identifica|identificó|considera|señala|señalan|señaló|acusa|acusan)\\s+(?:as\\s+|como\\s+)?)?"
            + "(?:(?:the|a|an|el|la|un|una|who is|quien es|que es)\\s+)?(?!(?:y|and|e)\\s)((?:[^,.;:()\"“”]|\\.(?=\\S)|(?<=(?<!\\p{L})\\p{Lu})\\.(?=\\s+\\p{Lu})){3,140}?)"
            // "the maritime director of U.K. Border Force": a dot after a lone capital, a capitalised word next, goes on
            + "(?=\\s*(?:[,;:()]|(?<!(?<!\\p{L})\\p{Lu})\\.(?:\\s|$)|\\.(?:\\s+(?!\\p{Lu})|$))|\\s+(?:who|que|quien|said|dijo|was|fue|has|ha)\\b|$)");

    private static final Set<String> GROUP_HEADS = Set.of("cartel", "cartel's", "carteles", "grupo", "banda", "faccion", "gang", "faction");
    private static final Pattern ALIAS_BEFORE = Pattern.compile("(?U)(?i),\\s+(?:alias|a\\.k\\.a\\.|aka|known as|conocido como|apodado)\\s+$");

    private static final Pattern ARTICLE_BEFORE_RANK = Pattern.compile("(?U),\\s(?:el|la|the)\\s+$");
    /** "the SOUTHCOM commander, Gen. X", "the Coast Guard's commandant, Adm. X": a rank abbreviated right before the name. */
    private static final Pattern ABBREVIATED_RANK = Pattern.compile(
            "(?U),\\s+(?:(?:Lt|Maj|Brig|Rear|Vice)\\.?\\s+)?(?:Gen|Adm|Col|Capt|Cmdr|Cdr|Lt|Gral|Alm|Cnel)\\.\\s+$");

    /** " Col ", " Lt-Gen " right before a name: a rank written without its dot, as British and South African papers do. */
    private static final Pattern UNDOTTED_RANK_END = Pattern.compile("(?U)\\s(?:" + MentionChooser.UNDOTTED_RANKS + ")\\s+$");

    private static final Pattern CONJUNCTION = Pattern.compile("(?s).*\\b(and|y|e)\\b.*");

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        List<Mention> previous = List.of();
        for (int index = 0; index < work.sentences.size(); index++) {
            Span sentence = work.sentences.get(index);
            List<Mention> in = work.mentionsIn(sentence);
            pronounLeads(work, in, previous, sentence);
            targetsOfTheMeasures(work, index, in);
            previous = in;
            for (int i = 0; i < in.size(); i++) {
                Mention m = in.get(i);
                DocEntity person = work.entity(m);
                if (m.kind() != EntityKind.PERSON || person == null) {
                    continue;
                }
                int floor = i > 0 && in.get(i - 1).kind() == EntityKind.PERSON ? in.get(i - 1).end() : sentence.start();
                int next = i + 1;
                while (next < in.size() && work.entity(in.get(next)) == person) {
                    next++;
                }
                if (i == 0 || work.entity(in.get(i - 1)) != person) {
                    amongThem(work, in, i, sentence);
                }
                ledBy(work, m, person, sentence);
                groupThatPersonLeads(work, in, i, person, sentence);
                possessedBy(work, in, i, person, sentence);
                postOfThePossessor(work, in, i, person, sentence);
                leadsOrBelongs(work, in, next, person, sentence);
                headsAPartOfTheBody(work, m, person, sentence);
                ofTheBodyTold(work, in, next, person, sentence);
                Span title = titleBefore(text, floor, m.start());
                Matcher abbreviated = title == null ? ABBREVIATED_RANK.matcher(text).region(floor, m.start()) : null;
                if (abbreviated != null && abbreviated.find()) {
                    Span office = titleBefore(text, floor, abbreviated.start() + 2);
                    if (office != null && namesOrganization(work, office)) {
                        title = office;
                    }
                }
                if (title != null) {
                    record(work, person, title, sentence, true);
                    bodyClosingTheLine(work, in, next, person, title, sentence);
                    if (plural(text, title)) {
                        for (DocEntity partner : followingList(work, in, next)) {
                            record(work, partner, title, sentence, true); // "the cartel's founders, A and B", "its leaders, A, B and C"
                        }
                    }
                    // "el comandante del Comando Sur, el general Francis L. Donovan": the office before the rank
                    Matcher rank = ARTICLE_BEFORE_RANK.matcher(text).region(floor, title.start());
                    int officeEnd = rank.find() ? rank.start() + 2 : title.start();
                    if (!namesOrganization(work, title) && text.substring(floor, officeEnd).endsWith(", ")) {
                        Span office = titleBefore(text, floor, officeEnd);
                        if (office != null && namesOrganization(work, office)) {
                            record(work, person, office, sentence, true);
                            title = office;
                        }
                    }
                    Matcher own = namesOrganization(work, title) ? null : ITS_OFFICE.matcher(text).region(floor, officeEnd);
                    boolean found = own != null && own.find();
                    if (own != null && !found) {
                        own = ITS_OFFICE.matcher(text).region(floor, m.start()); // "cuyo jefe, Óscar Valdivia": the office is the title
                        found = own.find();
                    }
                    DocEntity body = found ? authorityBefore(work, in, own.start()) : null;
                    if (body != null) {
                        // "el Comando Sur explicó que ... por orden de su comandante, el general Francis L. Donovan": the body's
                        tie(work, person, body, new Span(own.start(1), own.end(1)), sentence);
                    }
                }
                if (title == null || !namesOrganization(work, title)) {
                    // the next person named, past bodies named in between ("operador clave del Cártel de Sinaloa y socio de
                    // Joaquín "El Chapo" Guzmán": the title stops at him, before his quoted nickname)
                    int ceiling = sentence.end();
                    for (int n = next; n < in.size(); n++) {
                        if (in.get(n).kind() == EntityKind.PERSON) {
                            ceiling = in.get(n).start();
                            break;
                        }
                    }
                    // "Omar Treviño Morales (Z-42), both leaders of Los Zetas": past a nickname in brackets
                    Matcher bracket = BRACKETED.matcher(text).region(m.end(), ceiling);
                    Span after = apposition(text, bracket.lookingAt() ? bracket.end() : m.end(), ceiling);
                    if (after != null) {
                        record(work, person, after, sentence, false);
                        DocEntity partner = coordinated(work, in, i);
                        if (partner != null && plural(text, after)) {
                            record(work, partner, after, sentence, false);
                        }
                        if (ALL_OF_THEM.matcher(text).region(after.start(), after.end()).lookingAt()) {
                            for (DocEntity listed : listBefore(work, in, i)) {
                                record(work, listed, after, sentence, false); // "A, B, C y D, todos ellos miembros del CJNG"
                            }
                        }
                    }
                }
            }
        }
    }

    /** "The sanctions target", "Las medidas ... alcanzan al": the measures told before, then whom they reach. */
    private static final Pattern THE_MEASURES_REACH = Pattern.compile("(?iU)^\\W*(?:the|these|las|estas|esas)\\s+(?:sanctions|measures"
            + "|designations|medidas|sanciones|designaciones)\\b[^.;]{0,90}?\\b(?:target|targets|name|names|alcanzan|alcanza|apuntan\\s+a"
            + "|señalan\\s+a)\\b");
    /** Before the first person the measures reach: the verb, "a"/"al", and at most a title set off by a comma. */
    private static final Pattern FIRST_REACHED = Pattern.compile("(?iU)^\\s+(?:al?\\s+)?(?:[^.;,]{1,40},\\s+)?$");
    /** Before each further person: "and", "y a", "así como a", after what was said of the one before. */
    private static final Pattern NEXT_REACHED = Pattern.compile("(?iU)(?:,\\s+|\\s+)(?:and|y|así\\s+como)\\s+(?:a\\s+|al\\s+)?$");
    /** "two high-ranking members of the Mexico-based Cartel del Noreste", "cinco altos mandos del CJNG": people of a group, counted. */
    private static final Pattern COUNTED_PEOPLE_OF = Pattern.compile("(?iU)\\b(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dos|tres"
            + "|cuatro|cinco|seis|siete|ocho|nueve|diez)\\s+(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+)\\s+(?:of|de|del|in)\\s+(?:the\\s+|la\\s+|el\\s+)?"
            + "(?:[\\p{L}]+-based\\s+)?$");

    /**
     * "OFAC sanctioned two high-ranking members of the Mexico-based Cartel del Noreste ... The sanctions target A, who ..., and
     * B, who ...": each person the measures reach is one of the group's people counted in the sentence, or the one before it,
     * that told the measures.
     */
    private static void targetsOfTheMeasures(Work work, int index, List<Mention> in) {
        String text = work.text();
        Span sentence = work.sentences.get(index);
        Matcher reach = THE_MEASURES_REACH.matcher(text).region(sentence.start(), sentence.end());
        if (index == 0 || !reach.lookingAt()) {
            return;
        }
        DocEntity group = null;
        Span role = null;
        for (int back = index - 1; back >= Math.max(0, index - 2) && group == null; back--) {
            for (Mention m : work.mentionsIn(work.sentences.get(back))) {
                DocEntity org = work.entity(m);
                if (org == null || org.kind() != EntityKind.ORGANIZATION || DesignationStage.isAuthority(org.name())) {
                    continue;
                }
                Matcher counted = COUNTED_PEOPLE_OF.matcher(text).region(Math.max(0, m.start() - 60), m.start());
                if (counted.find() && groupsRole(counted.group(1))) {
                    group = org;
                    role = new Span(counted.start(1), counted.end(1));
                    break;
                }
            }
        }
        if (group == null) {
            return;
        }
        int from = reach.end();
        boolean first = true;
        DocEntity last = null;
        for (Mention m : in) {
            DocEntity person = work.entity(m);
            if (m.start() < from || m.kind() != EntityKind.PERSON || person == null) {
                continue;
            }
            if (person == last) {
                from = m.end(); // "Nemesio Rubén Oseguera Cervantes, alias «El Mencho»": the same person again
                continue;
            }
            String between = text.substring(from, m.start());
            if (first ? !FIRST_REACHED.matcher(between).matches() : !NEXT_REACHED.matcher(between).find()
                    || between.length() > 160) {
                break;
            }
            membership(work, person, group, role.of(text), role, sentence);
            first = false;
            last = person;
            from = m.end();
        }
    }

    /** Right before a list of persons: "among them", "including", "entre ellos están". */
    private static final Pattern AMONG_THEM = Pattern.compile("(?iU),\\s+(?:among\\s+them|including|entre\\s+ell[oa]s|entre\\s+(?:los|las)\\s+que"
            + "|entre\\s+quienes)(?:\\s+(?:is|are|were|was|están|estaban|figuran|figuraban|está|figura))?,?\\s+$");
    /** A group's people named by their role: "TdA cell leaders", "leaders and lieutenants of the CJNG", "cabecillas del Clan". */
    private static final Pattern GROUP_BEFORE_ROLE = Pattern.compile("(?U)^(?:\\s+\\p{Ll}[\\p{L}-]*){1,3}\\b");
    private static final Pattern ROLE_BEFORE_GROUP = Pattern.compile("(?iU)\\b([\\p{L}-]+)(?:\\s+(?:and|y|e)\\s+[\\p{L}-]+)?\\s+(?:of|de|del"
            + "|de\\s+la|de\\s+los|in|en)\\s+(?:the\\s+|el\\s+|la\\s+)?$");

    /**
     * "Alleged TdA cell leaders and lieutenants in Venezuela were sanctioned too, among them A, B and C": each of the list is
     * one of the group's people the sentence named by their role (a plural role, the group named with it).
     */
    private static void amongThem(Work work, List<Mention> in, int i, Span sentence) {
        String text = work.text();
        Matcher among = AMONG_THEM.matcher(text).region(Math.max(sentence.start(), in.get(i).start() - 40), in.get(i).start());
        if (!among.find()) {
            return;
        }
        DocEntity group = null;
        Span role = null;
        for (int k = i - 1; k >= 0 && group == null; k--) {
            Mention m = in.get(k);
            DocEntity org = work.entity(m);
            if (org == null || org.kind() != EntityKind.ORGANIZATION || DesignationStage.isAuthority(org.name())) {
                continue;
            }
            Matcher after = GROUP_BEFORE_ROLE.matcher(text).region(m.end(), among.start());
            Matcher before = ROLE_BEFORE_GROUP.matcher(text).region(Math.max(sentence.start(), m.start() - 60), m.start());
            if (after.lookingAt()) {
                // "TdA cell leaders": the role within the next words, all in lower case
                for (Span word : Names.tokens(text, m.end(), after.end())) {
                    if (groupsRole(word.of(text))) {
                        group = org;
                        role = word;
                        break;
                    }
                }
            }
            if (group == null && before.find() && groupsRole(before.group(1))) {
                group = org;
                role = new Span(before.start(1), before.end(1));
            }
        }
        if (group == null) {
            return;
        }
        List<DocEntity> listed = new java.util.ArrayList<>();
        listed.add(work.entity(in.get(i)));
        int next = i + 1;
        while (next < in.size() && work.entity(in.get(next)) == work.entity(in.get(i))) {
            next++;
        }
        listed.addAll(followingList(work, in, next));
        for (DocEntity person : listed) {
            membership(work, person, group, role.of(text), role, sentence);
        }
    }

    /** A plural role of a group's people: "leaders", "cabecillas", "members". */
    private static boolean groupsRole(String word) {
        String folded = Names.fold(word);
        return MEMBER_ROLES.contains(base(folded)) && !base(folded).equals(folded) || Set.of("leaders", "members").contains(folded);
    }

    /** Between a group and a person: "el Cartel de los Soles, que según Washington dirige Nicolás Maduro" (verb before subject). */
    private static final Pattern GROUP_THAT_PERSON_LEADS = Pattern.compile("(?iU)^\\s*,?\\s+que\\s+(?:,\\s*)?(?:(?:según|de acuerdo con)"
            + "\\s+[^,;.]{1,40}?\\s*,?\\s+)?(dirige|dirigía|dirigió|lidera|lideraba|lideró|encabeza|encabezaba|encabezó|comanda|comandaba"
            + "|fundó)\\s+(?:(?:el|la)\\s+)?$");

    private static void groupThatPersonLeads(Work work, List<Mention> in, int i, DocEntity person, Span sentence) {
        Mention m = in.get(i);
        String text = work.text();
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Mention g = in.get(k);
            if (g.kind() == EntityKind.PERSON) {
                return;
            }
            DocEntity org = work.entity(g);
            if (g.kind() != EntityKind.ORGANIZATION || org == null || DesignationStage.isAuthority(org.name())) {
                continue;
            }
            Matcher leads = GROUP_THAT_PERSON_LEADS.matcher(text).region(g.end(), m.start());
            if (leads.matches()) {
                membership(work, person, org, "leader", new Span(leads.start(1), leads.end(1)), sentence);
            }
            return;
        }
    }

    /** "Prosecutors say he heads the X": a pronoun subject, then the group it leads. */
    private static final Pattern PRONOUN_LEADS = Pattern.compile("(?iU)\\b(?:he|she)\\s+(?:(?:also|still|now|allegedly|reportedly)\\s+)?"
            + "(leads|heads|runs|commands|founded|co-founded|led|headed|ran|commanded)\\s+(?:the\\s+)?");

    /**
     * "Cherizier, 48, once served in the police. Prosecutors say he heads the X": the pronoun is the one person the sentence
     * before names, when this sentence names none before it; a Membership of the group named right after the verb.
     */
    private static void pronounLeads(Work work, List<Mention> in, List<Mention> previous, Span sentence) {
        String text = work.text();
        String s = sentence.of(text);
        if (!s.contains("he ") && !s.contains("He ")) {
            return;
        }
        Matcher m = PRONOUN_LEADS.matcher(text).region(sentence.start(), sentence.end());
        if (!m.find()) {
            return;
        }
        DocEntity person = null;
        for (Mention p : previous) {
            DocEntity e = work.entity(p);
            if (p.kind() == EntityKind.PERSON && e != null) {
                if (person != null && person != e) {
                    return; // two persons: the pronoun is not resolved
                }
                person = e;
            }
        }
        DocEntity group = null;
        for (Mention x : in) {
            if (x.start() < m.start() && x.kind() == EntityKind.PERSON) {
                return;
            }
            if (x.start() == m.end()) {
                group = work.entity(x);
            }
        }
        if (person == null || group == null || group.kind() != EntityKind.ORGANIZATION || DesignationStage.isAuthority(group.name())) {
            return;
        }
        membership(work, person, group, "leader", new Span(m.start(1), m.end(1)), sentence);
    }

    /** A Membership of the person in the group, unless the document already ties the two. */
    private static void membership(Work work, DocEntity person, DocEntity org, String role, Span roleSpan, Span sentence) {
        if (work.ties.stream().noneMatch(t -> t.person() == person && t.organization() == org)) {
            work.ties.add(new Tie("Membership", person, org, role, roleSpan, sentence));
        }
    }

    /** "todos ellos miembros de", "all of them members of": an apposition about every person of the list before it. */
    private static final Pattern ALL_OF_THEM = Pattern.compile("(?U)(?i)(?:todos|todas|all)(?:\\s+(?:ellos|ellas|of them))?\\s|(?:both|ambos|ambas)\\s");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?U)(?:\\s*\\([^()\\n]{1,24}\\))?\\s*(?:,\\s*(?:(?:y|and|e)\\s+)?|\\s+(?:y|and|e)\\s+)(?:a\\s+)?");
    private static final Pattern BRACKETED = Pattern.compile("(?U)\\s*\\([^()\\n]{1,24}\\)");

    /** The persons of a list that ends with the mention at {@code i}: "A, B, C y D", each set off by a comma or a conjunction. */
    private static List<DocEntity> listBefore(Work work, List<Mention> in, int i) {
        List<DocEntity> found = new java.util.ArrayList<>();
        int end = in.get(i).start();
        for (int k = i - 1; k >= 0; k--) {
            Mention before = in.get(k);
            DocEntity e = work.entity(before);
            if (before.kind() != EntityKind.PERSON || e == null
                    || !LIST_SEPARATOR.matcher(work.text()).region(before.end(), end).matches()) {
                break;
            }
            found.add(e);
            end = before.start();
        }
        return found;
    }

    /** "the Sinaloa Cartel's Leobardo Garcia Corrales": a criminal group's person, named with the group's possessive. */
    private static void possessedBy(Work work, List<Mention> in, int i, DocEntity person, Span sentence) {
        if (i == 0) {
            return;
        }
        Mention before = in.get(i - 1);
        DocEntity group = work.entity(before);
        String between = work.text().substring(before.end(), in.get(i).start());
        if (group == null || group.kind() != EntityKind.ORGANIZATION || !(between.equals("'s ") || between.equals("’s "))
                || DesignationStage.isAuthority(group.name()) || !GROUP_WORDS.matcher(group.name()).find()) {
            return;
        }
        membership(work, person, group, between.strip(), new Span(before.end(), before.end() + 2), sentence);
    }

    /**
     * "the NDEA's Deputy Chief Officer, Liam Quinn", "the agency's spokesman, Ana Ruiz": a post in the public body named with its
     * possessive right before it, then the person after a comma.
     */
    private static void postOfThePossessor(Work work, List<Mention> in, int i, DocEntity person, Span sentence) {
        if (i == 0) {
            return;
        }
        Mention before = in.get(i - 1);
        DocEntity body = work.entity(before);
        if (body == null || body.kind() != EntityKind.ORGANIZATION || !DesignationStage.isAuthority(body.name())) {
            return;
        }
        Matcher post = POSSESSED_POST.matcher(work.text()).region(before.end(), in.get(i).start());
        if (post.matches()) {
            tie(work, person, body, new Span(post.start(1), post.end(1)), sentence);
        }
    }

    private static final Pattern POSSESSED_POST = Pattern.compile("(?U)['’]s\\s+((?:[\\p{L}-]+\\s+){0,3}(?i:officer|director|chief|spokesman"
            + "|spokeswoman|spokesperson|head|commissioner|commander|coordinator|superintendent|inspector|prosecutor|secretary|manager))"
            + "\\s*,\\s+");

    /** A name that says it is a criminal group's ("Sinaloa Cartel", "Los Zetas gang", "Tren de Aragua" is known otherwise). */
    private static final Pattern GROUP_WORDS = Pattern.compile("(?U)(?i)\\b(?:cartel|cártel|gang|clan|syndicate|mafia|organization"
            + "|organisation|banda|pandilla)\\b");

    /** The persons named one after another from {@code next}, each joined to the one before by a comma or a conjunction. */
    private static List<DocEntity> followingList(Work work, List<Mention> in, int next) {
        List<DocEntity> found = new java.util.ArrayList<>();
        int k = next;
        while (k < in.size() && in.get(k).kind() == EntityKind.PERSON && work.entity(in.get(k)) != null) {
            String between = work.text().substring(in.get(k - 1).end(), in.get(k).start());
            // the first after the title may be joined loosely ("founders, A and B"), the rest only as a list goes on
            if (between.length() > 30 || !(k == next && CONJUNCTION.matcher(between).matches() || LIST_SEPARATOR.matcher(between).matches())) {
                break;
            }
            found.add(work.entity(in.get(k)));
            k++;
        }
        return found;
    }

    /** "A and B, former leaders of X": the person named just before, joined by "and"/"y". */
    private static DocEntity coordinated(Work work, List<Mention> in, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Mention before = in.get(k);
            if (before.kind() == EntityKind.PERSON && work.entity(before) != work.entity(in.get(i))) {
                String between = work.text().substring(before.end(), in.get(i).start());
                return between.length() <= 30 && CONJUNCTION.matcher(between).matches() ? work.entity(before) : null;
            }
        }
        return null;
    }

    private static boolean plural(String text, Span title) {
        for (Span t : Names.tokens(text, title.start(), title.end())) {
            String folded = Names.fold(t.of(text));
            if (isRole(folded)) {
                // "leaders" is a role word itself, so base() leaves it as it is: a plural all the same
                boolean listedPlural = folded.endsWith("s") && !singular(folded).equals(folded) && isRole(singular(folded));
                return listedPlural || !base(folded).equals(folded) && !folded.startsWith("ex") || folded.startsWith("ex") && folded.endsWith("s");
            }
        }
        return false;
    }

    /** "su comandante, el general X", "la Unidad de Investigaciones Especiales, cuyo jefe, X, ...": the office of the body before. */
    private static final Pattern ITS_OFFICE = Pattern.compile("(?U)\\b(?:[Ss]u|[Cc]uy[oa])\\s+(comandante(?:\\s+general)?|director|directora"
            + "|titular|portavoz|vocero|vocera|presidente|presidenta|jefe|jefa)\\s*,\\s+(?:(?:el|la)\\s+)?$");

    /** The last public body named in the sentence before {@code at}, or null. */
    private static DocEntity authorityBefore(Work work, List<Mention> in, int at) {
        DocEntity body = null;
        for (Mention m : in) {
            DocEntity e = work.entity(m);
            if (m.end() <= at && e != null && e.kind() == EntityKind.ORGANIZATION && DesignationStage.isAuthority(e.name())) {
                body = e;
            }
        }
        return body;
    }

    private static boolean namesOrganization(Work work, Span title) {
        return work.mentionsIn(title).stream().anyMatch(m -> work.entity(m) != null && work.entity(m).kind() == EntityKind.ORGANIZATION);
    }

    private static void record(Work work, DocEntity person, Span title, Span sentence, boolean before) {
        String text = work.text();
        String words = title.of(text);
        if (work.positions.stream().noneMatch(p -> p.person() == person && p.title().equals(words))) {
            work.positions.add(new Position(person, words, title, sentence));
        }
        Span role = roleWord(text, title, before);
        List<Mention> inTitle = work.mentionsIn(title);
        for (int i = 0; i < inTitle.size(); i++) {
            Mention m = inTitle.get(i);
            DocEntity org = work.entity(m);
            if (org != null && org.kind() == EntityKind.ORGANIZATION && !possessorAfter(text, role, m)) {
                tie(work, person, org, role, sentence);
                // "exlíder de La Familia Michoacana y de Los Caballeros Templarios": the same role in each body named with it
                for (int k = i + 1; k < inTitle.size() && AND_OF.matcher(text).region(inTitle.get(k - 1).end(), inTitle.get(k).start()).matches(); k++) {
                    DocEntity also = work.entity(inTitle.get(k));
                    if (also == null || also.kind() != EntityKind.ORGANIZATION) {
                        break;
                    }
                    tie(work, person, also, role, sentence);
                }
                secondOffice(work, person, inTitle, i, sentence);
                return;
            }
        }
        if (OFFICES.contains(base(Names.fold(role.of(text))))) {
            // "El ministro de la Senad", the tagger passing over "Senad" this time; "director de la institución"
            DocEntity body = bodyNamedIn(work, title, role.end());
            if (body == null) {
                body = bodyNamedIn(work, title, title.start()); // "Hawks spokesperson X", the tagger passing over "Hawks" this time
            }
            if (body == null && (THE_INSTITUTION.matcher(text).region(title.start(), title.end()).find()
                    || THE_INSTITUTIONS.matcher(text).region(Math.max(sentence.start(), title.start() - 30), title.start()).find())) {
                body = bodyToldBefore(work, sentence, title.start());
            }
            if (body == null) {
                body = bodyByItsLastWords(work, title);
            }
            if (body == null && POLICE_RANKS.contains(base(Names.fold(role.of(text)))) && !aPlacesPost(work, title)) {
                body = soleForceBefore(work, title.start());
            }
            if (body != null) {
                tie(work, person, body, role, sentence);
                return;
            }
        }
        if (MEMBER_ROLES.contains(base(Names.fold(role.of(text))))) {
            DocEntity group = describedGroup(work, title, sentence, before);
            if (group == null && before) {
                group = describedGroup(work, title, sentence); // "al líder del cártel, X": the description inside the title
            }
            if (group == null && CRIMINAL_ROLES.contains(base(Names.fold(role.of(text))))) {
                group = soleListedGroup(work); // "alias Carlos, cabecilla de narcotráfico ..." in a report on the Clan del Golfo alone
            }
            if (group != null) {
                tie(work, person, group, role, sentence);
            }
        }
    }

    private static final Pattern POSSESSIVE_TO_TITLE = Pattern.compile("(?U)^['’]s\\s+(?:\\p{L}+\\s+){0,2}$");

    /** "PNG's police commissioner", "Erongo's deputy police commissioner": a post in that country's or area's police. */
    private static boolean aPlacesPost(Work work, Span title) {
        String text = work.text();
        for (Mention m : work.mentionsIn(new Span(Math.max(0, title.start() - 40), title.start()))) {
            if ((m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.PLACE)
                    && POSSESSIVE_TO_TITLE.matcher(text).region(m.end(), title.start()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> POLICE_RANKS = Set.of("commissioner", "superintendent", "inspector", "constable", "comisario",
            "comisaria");
    private static final Pattern POLICE_FORCE = Pattern.compile("(?iU)\\b(?:police|policía|polícia|garda|constabulary)\\b");
    private static final Pattern FORCE_UNIT = Pattern.compile("(?iU)\\b(?:taskforce|task\\s+force|squad|unit|team|division|section|branch"
            + "|brigada|unidad|divisi[oó]n)\\b");

    /**
     * "The Acting Commissioner of Police, Juki Fong Chew", "The Chief of Crime, Assistant Commissioner Mesake Waqa": a police
     * rank in a report whose only public body named before it is a police force is a post in that force; with any other body
     * named (customs, a ministry, a foreign agency) the rank could be theirs, and no tie is made.
     */
    private static DocEntity soleForceBefore(Work work, int end) {
        DocEntity force = null;
        for (DocEntity e : work.entities) {
            boolean before = e.mentions().stream().anyMatch(m -> m.end() <= end);
            if (e.kind() != EntityKind.ORGANIZATION || !before || !DesignationStage.isAuthority(e.name())) {
                continue;
            }
            if (force != null || !POLICE_FORCE.matcher(e.name()).find() || FORCE_UNIT.matcher(e.name()).find()) {
                return null; // "the Police Drug Enforcement Taskforce": one unit of the force, not the force a rank is held in
            }
            force = e;
        }
        return force;
    }

    /** "director de la institución", "head of the agency": an office in the body the report has just named. */
    private static final Pattern THE_INSTITUTION = Pattern.compile("(?U)(?i)\\b(?:de\\s+la\\s+(?:institución|entidad|corporación|dependencia)"
            + "|del\\s+(?:organismo|instituto)|of\\s+the\\s+(?:agency|force|institution))$");

    /** What a report calls a public body it has just named: "the agency", "the force", "the ministry". */
    private static final String BODY_WORDS = "(?:agency|force|institution|service|authority|bureau|department|ministry)";

    /** Right after a person: ", who heads the agency's department for ...": a part of the body the report has just named. */
    private static final Pattern HEADS_THE_BODYS = Pattern.compile("(?U)(?i)^,\\s+who\\s+(heads|leads|runs|directs)\\s+the\\s+("
            + BODY_WORDS + ")(?:'s|’s)\\s");

    /**
     * "Bulgaria's Customs Agency said ... Stefan Bakalov, who heads the agency's department for fighting drug trafficking": he
     * holds a post in the body named before by the word the clause uses for it.
     */
    private static void headsAPartOfTheBody(Work work, Mention m, DocEntity person, Span sentence) {
        Matcher heads = HEADS_THE_BODYS.matcher(work.text()).region(m.end(), sentence.end());
        if (!heads.lookingAt()) {
            return;
        }
        DocEntity body = bodyToldBefore(work, sentence, m.start());
        if (body != null && Names.fold(body.name()).contains(Names.fold(heads.group(2)))) {
            tie(work, person, body, new Span(heads.start(1), heads.end(1)), sentence);
        }
    }

    /**
     * "Further information: Head of Investigation Hannu Sinkkonen, Finnish Customs": a titled person, a comma and a public body
     * that closes the sentence; the title, naming no body of its own, is a post there.
     */
    private static void bodyClosingTheLine(Work work, List<Mention> in, int next, DocEntity person, Span title, Span sentence) {
        if (next >= in.size() || namesOrganization(work, title)) {
            return;
        }
        String text = work.text();
        Mention body = in.get(next);
        DocEntity org = work.entity(body);
        if (org != null && org.kind() == EntityKind.ORGANIZATION && DesignationStage.isAuthority(org.name())
                && text.substring(in.get(next - 1).end(), body.start()).equals(", ")
                && text.substring(body.end(), sentence.end()).replace(".", "").isBlank()) {
            tie(work, person, org, title, sentence);
        }
    }

    private static final Pattern OF_BEFORE_BODY = Pattern.compile("(?U)^\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern TOLD_AFTER_BODY = Pattern.compile("(?U)^\\s+(?:told|said|says|tells|explained|added|confirmed)\\b");

    /**
     * "Stefan Granath of Swedish Customs told the broadcaster SVT": a person named by the public body they speak for, with no
     * title, works there (not "X of the Sinaloa Cartel", a group, nor "X of Miami", a place).
     */
    private static void ofTheBodyTold(Work work, List<Mention> in, int next, DocEntity person, Span sentence) {
        if (next >= in.size() || in.get(next).kind() != EntityKind.ORGANIZATION) {
            return;
        }
        String text = work.text();
        Mention body = in.get(next);
        DocEntity org = work.entity(body);
        int nameEnd = in.get(next - 1).end();
        if (org == null || !OF_BEFORE_BODY.matcher(text).region(nameEnd, body.start()).matches()
                || !TOLD_AFTER_BODY.matcher(text).region(body.end(), sentence.end()).lookingAt() || !DesignationStage.isAuthority(org.name())
                || work.ties.stream().anyMatch(t -> t.person() == person && t.organization() == org)) {
            return;
        }
        int of = text.indexOf("of", nameEnd);
        work.ties.add(new Tie("Employment", person, org, "", new Span(of, of + 2), sentence));
    }

    /** "a spokesman for the security service": a body by the last words of its name, in lower case. */
    private static final Pattern FOR_THE_LAST_WORDS = Pattern.compile("(?U)\\b(?:for|of)\\s+the\\s+((?:\\p{Ll}+\\s+){1,2}" + BODY_WORDS + ")$");

    /**
     * "The National Security Service said ... Arshad al-Hakim, a spokesman for the security service, told AFP": the one body named
     * before whose name ends in the words the title uses for it, or null.
     */
    private static DocEntity bodyByItsLastWords(Work work, Span title) {
        Matcher words = FOR_THE_LAST_WORDS.matcher(work.text()).region(title.start(), title.end());
        if (!words.find()) {
            return null;
        }
        String tail = " " + words.group(1).replaceAll("\\s+", " ");
        DocEntity found = null;
        for (DocEntity e : work.entities) {
            if (e.kind() == EntityKind.ORGANIZATION && e.mentions().stream().anyMatch(m -> m.end() <= title.start())
                    && (" " + e.name().toLowerCase(java.util.Locale.ROOT)).endsWith(tail)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** "The agency's spokesman, Femi Babafemi": the body the report has just named, by what it is, owning the office. */
    private static final Pattern THE_INSTITUTIONS = Pattern.compile("(?U)(?i)\\bthe\\s+" + BODY_WORDS + "(?:'s|’s)\\s+$");

    /**
     * A body the document names elsewhere whose name the title holds after its role word, where the tagger did not mark it this
     * time; the one named first in the title, or null.
     */
    private static DocEntity bodyNamedIn(Work work, Span title, int after) {
        String words = work.text().substring(after, title.end());
        DocEntity first = null;
        int firstAt = Integer.MAX_VALUE;
        for (DocEntity e : work.entities) {
            if (e.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int at = wholeWordsAt(words, m.text());
                if (at >= 0 && at < firstAt) {
                    first = e;
                    firstAt = at;
                }
            }
        }
        return first;
    }

    /** Where {@code name} stands in {@code words} as whole words, or -1. */
    private static int wholeWordsAt(String words, String name) {
        for (int at = words.indexOf(name); at >= 0 && name.length() > 1; at = words.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(words.charAt(at - 1))) && (end == words.length() || !Character.isLetterOrDigit(words.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** The public body named last before {@code end} in this sentence or the one before, or null. */
    private static DocEntity bodyToldBefore(Work work, Span sentence, int end) {
        int index = work.sentences.indexOf(sentence);
        int floor = index > 0 ? work.sentences.get(index - 1).start() : sentence.start();
        return authorityBefore(work, work.mentionsIn(new Span(floor, end)), end);
    }

    /** " y vocero de la ", " and spokesman for the ": a second office, in another body, in the same title. */
    private static final Pattern AND_OFFICE_OF = Pattern.compile("(?U)(?i)^\\s+(?:y|e|and)\\s+(?:(?:el|la|the|its|su)\\s+)?(\\p{L}+)\\s+"
            + "(?:de|del|of|for)\\s+(?:(?:la|el|los|las|the)\\s+)?$");

    /**
     * "titular de la Fiscalía Especial ... y vocero de la FGR": after the first body of a title, a second office in a second body
     * is a post there too.
     */
    private static void secondOffice(Work work, DocEntity person, List<Mention> inTitle, int first, Span sentence) {
        String text = work.text();
        for (int k = first + 1; k < inTitle.size(); k++) {
            DocEntity org = work.entity(inTitle.get(k));
            if (org == null || org.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            Matcher office = AND_OFFICE_OF.matcher(text).region(inTitle.get(k - 1).end(), inTitle.get(k).start());
            if (office.matches() && OFFICES.contains(base(Names.fold(office.group(1))))) {
                tie(work, person, org, new Span(office.start(1), office.end(1)), sentence);
            }
            return;
        }
    }

    private static final Pattern AND_OF = Pattern.compile("(?U)\\s+(?:y|e|and)\\s+(?:(?:de|del|of)\\s+)?(?:(?:la|el|los|las|the)\\s+)?");

    /** Roles only a criminal group has, so that with no group named they are the report's one group's. */
    private static final Set<String> CRIMINAL_ROLES = Set.of("cabecilla", "kingpin", "capo", "lugarteniente", "lieutenant", "sicario",
            "hitman", "enforcer", "financista", "financier");

    /** The one group (not an authority) the document links firmly to a list, or null when it names none or several. */
    private static DocEntity soleListedGroup(Work work) {
        DocEntity sole = null;
        for (DocEntity e : work.entities) {
            if (e.kind() == EntityKind.ORGANIZATION && e.listed() != null && !DesignationStage.isAuthority(e.name())) {
                if (sole != null) {
                    return null;
                }
                sole = e;
            }
        }
        return sole;
    }

    /** "a gang leader on the FBI's list": a body owning something after the role word is not the role's group ("the cartel's leader" is). */
    private static boolean possessorAfter(String text, Span role, Mention m) {
        return m.start() >= role.end() && m.end() + 1 < text.length() && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '’')
                && text.charAt(m.end() + 1) == 's' && !OF_THE.matcher(text).region(role.end(), m.start()).matches();
    }

    /** "commander of the Coast Guard's Pacific area": the body owns the part the post heads, so the post is the body's. */
    private static final Pattern OF_THE = Pattern.compile("(?U)\\s+of\\s+(?:the\\s+)?");

    private static void tie(Work work, DocEntity person, DocEntity org, Span role, Span sentence) {
        String roleText = role.of(work.text());
        // "el jefe del Pentágono": a group role in a public body is a post there
        String schema = MEMBER_ROLES.contains(base(Names.fold(roleText))) && !DesignationStage.isAuthority(org.name()) ? "Membership"
                : "Employment";
        if (work.ties.stream().noneMatch(t -> t.person() == person && t.organization() == org && t.schema().equals(schema))) {
            work.ties.add(new Tie(schema, person, org, roleText, role, sentence));
        }
    }

    /** "the cartel's founders", "los líderes de la facción", "its leader"; "su jefe" right before the title. */
    private static final Pattern DEFINITE = Pattern.compile("(?U)\\b(?:[Tt]he|[Ii]ts|[Ee]l|[Ll]a|del|de la)\\s+(cartel|cártel|faction|facción"
            + "|gang|group|grupo|organi[sz]ation|organización|banda|clan)(?:'s|’s)?(?![\\p{L}\\p{N}])|\\b(?:[Ii]ts|[Tt]heir|[Ss]u|[Ss]us)\\s+$"
            // "presuntos miembros de la misma célula", after "una célula del CJNG": the cell's group, named just before
            + "|\\b(?:del\\s+mismo|de\\s+la\\s+misma|the\\s+same)\\s+(?:cell|célula|estructura|red|network)(?![\\p{L}\\p{N}])");

    /**
     * The group a group role names without its name ("the cartel's founders, Joaquín Guzmán and
     * Ismael Zambada", "sancionó a la facción Los Mayos del Cártel de Sinaloa, a su jefe armado, X"):
     * the nearest group named before it in this sentence or the one before, not an authority, a
     * cartel when the words say cartel, and not the larger group the one before it belongs to.
     */
    private static DocEntity describedGroup(Work work, Span title, Span sentence, boolean before) {
        int from = before ? Math.max(sentence.start(), title.start() - 30) : Math.max(sentence.start(), title.start() - 8);
        return describedGroup(work, new Span(from, before ? title.start() : title.end()), sentence);
    }

    /** The group a description in the span names (see {@link #DEFINITE}), or null. */
    private static DocEntity describedGroup(Work work, Span span, Span sentence) {
        String text = work.text();
        Matcher d = DEFINITE.matcher(text).region(span.start(), span.end());
        int at = -1;
        String noun = null;
        while (d.find()) { // the description nearest the end
            at = d.start();
            noun = d.group(1) == null ? null : Names.fold(d.group(1));
        }
        if (at < 0) {
            return null;
        }
        int index = work.sentences.indexOf(sentence);
        int floor = index > 0 ? work.sentences.get(index - 1).start() : sentence.start();
        DocEntity near = nearestGroup(work, work.mentionsIn(new Span(floor, at)), noun);
        if (near != null || noun == null) {
            return near;
        }
        // a noun names the group further back too: the faction the report introduced as one ("the Los Mayos faction")
        return "faction".equals(noun) || "faccion".equals(noun) ? introducedAsFaction(work, at) : nearestGroup(work,
                work.mentionsIn(new Span(0, at)), noun);
    }

    private static DocEntity nearestGroup(Work work, List<Mention> earlier, String noun) {
        String text = work.text();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            DocEntity e = work.entity(earlier.get(k));
            if (e == null || e.kind() != EntityKind.ORGANIZATION || DesignationStage.isAuthority(e.name())) {
                continue;
            }
            if (k > 0 && DesignationStage.PART_OF.matcher(text.substring(earlier.get(k - 1).end(), earlier.get(k).start())).matches()) {
                continue; // "Los Mayos del Cártel de Sinaloa": the faction, not the cartel it belongs to
            }
            if ("cartel".equals(noun) && !Names.keys(e.name()).contains("cartel")) {
                continue;
            }
            return e;
        }
        return null;
    }

    private static final Pattern FACTION_BEFORE = Pattern.compile("(?iU)\\b(?:faction|facción)\\s+$");
    private static final Pattern FACTION_AFTER = Pattern.compile("(?iU)^\\s+(?:faction|facción)\\b");

    /** The last group before {@code at} written as a faction: "the Los Mayos faction", "la facción Los Mayos". */
    private static DocEntity introducedAsFaction(Work work, int at) {
        String text = work.text();
        List<Mention> earlier = work.mentionsIn(new Span(0, at));
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention m = earlier.get(k);
            DocEntity e = work.entity(m);
            if (e != null && e.kind() == EntityKind.ORGANIZATION
                    && (FACTION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                    || FACTION_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 10))).find())) {
                return e;
            }
        }
        return null;
    }

    /** "the CJNG, led by Nemesio Oseguera", "The faction's armed wing is led by X", "encabezado por X". */
    private static final Pattern LED_BY = Pattern.compile("(?iU)\\b(?:led|headed|commanded|run)\\s+by\\s+$"
            + "|\\b(?:liderad|encabezad|dirigid|comandad)[oa]s?\\s+por\\s+$"
            + "|\\bque\\s+(?:dirige|dirigía|lidera|lideraba|encabeza|encabezaba|comanda|comandaba)\\s+(?:alias\\s+)?$");

    /**
     * Between a group's name and "led by": "the CJNG, led by", "the cartel, which is led by", "Los Mayos está dirigido por",
     * "el Estado Mayor Central (EMC), la estructura que dirige alias", "the Imparatul gang led by" (the name without its noun).
     */
    private static final Pattern LED_GLUE = Pattern.compile("(?iU)^\\)?(?:\\s+(?:gang|cartel|clan|syndicate))?\\s*,?\\s*(?:(?:la|el|the|a|an)\\s+(?:estructura|organización"
            + "|banda|grupo|facción|structure|organi[sz]ation|group|gang|faction)\\s+)?(?:(?:(?:which|that|who|que|el cual|la cual)\\s+)?"
            + "(?:is|was|are|were|es|fue|está|son|fueron)\\s+)?(?:now\\s+|still\\s+|ahora\\s+)?$");

    /** A person a group is said to be led by: a Membership of that group (named before in the sentence, or described). */
    private static void ledBy(Work work, Mention person, DocEntity entity, Span sentence) {
        String text = work.text();
        if (text.startsWith("'s ", person.end()) || text.startsWith("’s ", person.end())) {
            return; // "the faction run by El Chapo's sons": the sons lead it
        }
        Matcher led = LED_BY.matcher(text).region(Math.max(sentence.start(), person.start() - 24), person.start());
        if (!led.find()) {
            return;
        }
        Span role = new Span(led.start(), led.end());
        List<Mention> before = work.mentionsIn(new Span(sentence.start(), led.start()));
        Mention last = before.isEmpty() ? null : before.get(before.size() - 1);
        DocEntity named = last != null && LED_GLUE.matcher(text.substring(last.end(), led.start())).matches()
                ? nearestGroup(work, List.of(last), null) : null;
        // described: only as the faction or the cartel ("the group was headed by" could be any group the report named)
        Matcher d = DEFINITE.matcher(text).region(sentence.start(), led.start());
        boolean specific = false;
        while (d.find()) {
            specific = d.group(1) != null && Set.of("faction", "faccion", "cartel").contains(Names.fold(d.group(1)));
        }
        DocEntity group = named != null ? named : specific ? describedGroup(work, new Span(sentence.start(), led.start()), sentence) : null;
        if (group != null) {
            membership(work, entity, group, role.of(text).strip(), role, sentence);
        }
    }

    /** After a person: "..., que dirigió", "..., who founded" (with an alias between); the group named next is the one led. */
    private static final Pattern LEADS = Pattern.compile("(?iU)^[\"”’']?\\s*(?:,\\s+(?:alias|conocido como|known as)\\s+[^,;.]{1,40}"
            // "Jimmy Cherizier, the Haitian gang boss known as \"Barbecue\" who leads the ..."
            + "|,\\s+(?:the|a|an|el|la|un|una)\\s+[^,;.]{1,60}?\\b(?:alias|conocid[oa] como|known as|apodad[oa]|nicknamed)\\s+[^,;.]{1,40}?"
            // "Ismael Zambada, the Mexican drug lord who co-founded the ..."
            + "|,\\s+(?:the|a|an|el|la|un|una)\\s+[^,;.\"“”]{1,60}?(?=\\s+(?:who|que|quien)\\s))?"
            + "(?:,\\s+|\\s+)(?:que|who|quien)\\s+(?:(?:ya\\s+)?(dirigió|dirige|dirigía|lidera|lideró|lideraba|encabeza|encabezó|encabezaba|fundó|cofundó"
            + "|led|leads|heads|headed|founded|co-founded|runs|ran|commands|commanded))\\s+(?:(?:the|el|la|los|las)\\s+)?$");
    /** After a person: "who (the Justice Department says) belongs to the", "que pertenece a": a member of the group named next. */
    private static final Pattern BELONGS = Pattern.compile("(?iU)^\\s*,?\\s+(?:who|que|quien)\\s+(?:(?:the\\s+)?[^,;.]{1,40}?\\s+"
            + "(?:says?|said|believes?|believed|según)\\s+|(?:según|according\\s+to)\\s+[^,;.]{1,40}?\\s+)?(?:belongs\\s+to|belonged\\s+to"
            + "|is\\s+a\\s+member\\s+of|was\\s+a\\s+member\\s+of|pertenece\\s+a|pertenecía\\s+a|perteneció\\s+a|forma\\s+parte\\s+de"
            + "|formaba\\s+parte\\s+de|formó\\s+parte\\s+de|integra|integró|integraba|(?:es|era|fue)\\s+miembro\\s+de)\\s+"
            // "perteneció a la organización criminal Los Zetas": the kind of group, then its name
            + "(?:(?:the|el|la|los|las|al)\\s+)?(?:(?:organización|organization|grupo|group|banda|gang|cartel|cártel|facción|faction)"
            + "(?:\\s+(?:criminal|delictiva|armada|narcotraficante|mexicana|colombiana))?\\s+)?$");
    /** After a person (and the alias closing): "and five other leaders and affiliates of", "y otros tres cabecillas del". */
    private static final Pattern OTHERS_OF = Pattern.compile("(?iU)^[\"”’']?\\s*,?[\"”’']?\\s+(?:and|y)\\s+(?:(?:\\d{1,3}|two|three|four|five|six"
            + "|seven|eight|nine|ten|several|some)\\s+other|otr[oa]s\\s+(?:\\d{1,3}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|vari[oa]s))\\s+"
            + "(?:senior\\s+|top\\s+|alleged\\s+|presuntos\\s+|altos\\s+)?(\\p{L}+)(?:\\s+(?:and|y|e)\\s+\\p{L}+)?\\s+(?:of|de|del|de\\s+la|de\\s+los)\\s+"
            + "(?:the\\s+)?$");
    /** After a person: ", del Cártel de Sinaloa", ", of the Gulf Cartel": the group the person belongs to. */
    private static final Pattern OF_GROUP = Pattern.compile("(?iU)^\\s*,\\s+(?:del|de la|de los|of the)\\s+$");

    /**
     * "Servando Gómez Martínez, La Tuta, que dirigió Los Caballeros Templarios", "yerno de Ismael
     * Zambada, del Cártel de Sinaloa": a Membership of the group named right after (not an authority).
     */
    private static void leadsOrBelongs(Work work, List<Mention> in, int next, DocEntity person, Span sentence) {
        if (next >= in.size() || next == 0) {
            return;
        }
        String text = work.text();
        int from = in.get(next - 1).end();
        Mention group = in.get(next);
        DocEntity speaker = work.entity(group);
        if (speaker != null && DesignationStage.isAuthority(speaker.name()) && next + 1 < in.size()
                && BELONGS.matcher(text.substring(from, in.get(next + 1).start())).matches()) {
            group = in.get(next + 1); // "who the Justice Department says belongs to the Chapitos": the speaker, then the group
        }
        DocEntity org = work.entity(group);
        if (org == null || org.kind() != EntityKind.ORGANIZATION || DesignationStage.isAuthority(org.name())) {
            return;
        }
        String between = text.substring(from, group.start());
        Matcher leads = LEADS.matcher(between);
        boolean led = leads.matches();
        if (!led) {
            leads = LEADS_VERB.matcher(between);
            led = leads.matches();
        }
        Matcher others = OTHERS_OF.matcher(between);
        if (!led && others.matches() && MEMBER_ROLES.contains(base(Names.fold(others.group(1))))) {
            // "Niño Guerrero, and five other leaders and affiliates of Tren de Aragua": one of them
            membership(work, person, org, others.group(1), new Span(from + others.start(1), from + others.end(1)), sentence);
            return;
        }
        String role = led ? "leader" : OF_GROUP.matcher(between).matches() || BELONGS.matcher(between).matches() ? "member" : null;
        if (role == null || work.ties.stream().anyMatch(t -> t.person() == person && t.organization() == org)) {
            return;
        }
        Span roleSpan = led ? new Span(from + leads.start(1), from + leads.end(1)) : new Span(from, group.start());
        work.ties.add(new Tie("Membership", person, org, role, roleSpan, sentence));
        DocEntity partner = led && Set.of("dirigen", "lideran", "encabezan", "lead", "head", "run", "command").contains(
                Names.fold(leads.group(1))) ? coordinated(work, in, next - 1) : null;
        if (partner != null) {
            membership(work, partner, org, role, roleSpan, sentence); // "A y B dirigen Los Chapitos"
        }
    }

    /** Right after a person: "dirigen", "leads" (the subject's verb), then the group. */
    private static final Pattern LEADS_VERB = Pattern.compile("(?iU)^\\s+(dirige|dirigen|lidera|lideran|encabeza|encabezan|leads|lead"
            + "|heads|head|runs|run|commands|command)\\s+(?:(?:the|el|la|los|las)\\s+)?$");

    /** The title ending right before a name: keyword-bearing run of capitalised words, modifiers and connectors. */
    static Span titleBefore(String text, int floor, int at) {
        int end = at;
        Matcher alias = ALIAS_BEFORE.matcher(text).region(floor, at);
        if (alias.find()) {
            end = alias.start() + 2; // "su líder, alias Pipo": the title before the alias
        }
        Matcher rank = UNDOTTED_RANK_END.matcher(text).region(floor, end);
        if (rank.find()) {
            end = rank.start() + 1; // "Hawks spokesperson Col Philani Nkwalase": the title before the rank
        }
        String window = text.substring(floor, end);
        String trimmed = window.stripTrailing();
        if (trimmed.endsWith(",")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        } else if (trimmed.endsWith(":") && window.endsWith(" ")) {
            // "the seven Sinaloa Cartel members already in custody: A, B, ...": the title, past what is said of them, before a list
            trimmed = IN_CUSTODY.matcher(trimmed.substring(0, trimmed.length() - 1).stripTrailing()).replaceFirst("");
        } else if (!window.endsWith(" ")) {
            return null;
        }
        end = floor + trimmed.length();
        List<Span> tokens = Names.tokens(text, floor, end);
        int first = -1;
        boolean keyword = false;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Span t = tokens.get(k);
            String gap = text.substring(t.end(), k == tokens.size() - 1 ? end : tokens.get(k + 1).start());
            // "El director general de la Fuerza Especial de Lucha contra el Narcotráfico (Felcn), Franz Cabrera": a body's short
            // form in brackets inside the title
            boolean bracketed = gap.equals(" (") && k + 1 < tokens.size() && inBrackets(text, tokens.get(k + 1))
                    || (gap.equals(")") || gap.equals(") ")) && inBrackets(text, t);
            if (!gap.isBlank() && !gap.equals("'s ") && !gap.equals("’s ") && !bracketed) {
                break;
            }
            String word = t.of(text);
            String folded = Names.fold(word);
            if (isRole(folded)) {
                keyword = true;
            } else if (CONNECTORS.contains(folded) || AREA_OF_OFFICE.contains(folded)) {
                // "The Sernic spokesperson in Zambezia": the area a post covers, inside the title
                if (k == tokens.size() - 1) {
                    break;
                }
            } else if (INSIDE_A_NAME.contains(folded) && nameGoesOn(text, tokens, k + 1)) {
                // "de la Fuerza Especial de Lucha contra el Narcotráfico": small words inside a body's name in the title
            } else if (!MODIFIERS.contains(folded) && !Names.capitalised(word) && !GROUP_HEADS.contains(folded)) {
                break; // "del cártel de Sinaloa" in lower case is still part of the title
            }
            first = k;
        }
        if (!keyword || first < 0) {
            return null;
        }
        while (first < tokens.size() && CONNECTORS.contains(Names.fold(tokens.get(first).of(text)))) {
            first++;
        }
        if (first >= tokens.size()) {
            return null;
        }
        Span title = new Span(tokens.get(first).start(), end);
        return title.length() > 0 && title.length() <= 90 ? title : null;
    }

    private static final Set<String> INSIDE_A_NAME = Set.of("contra", "el", "los", "las");
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las");

    /** Whether the words from {@code k} go on with a capitalised word, maybe after an article: "Narcotráfico", "el Narcotráfico". */
    private static boolean nameGoesOn(String text, List<Span> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        String word = tokens.get(k).of(text);
        return Character.isUpperCase(word.charAt(0)) || ARTICLES.contains(word) && k + 1 < tokens.size()
                && Character.isUpperCase(tokens.get(k + 1).of(text).charAt(0));
    }

    /** Whether a word stands alone in brackets: "(Felcn)". */
    private static boolean inBrackets(String text, Span word) {
        return word.start() > 0 && text.charAt(word.start() - 1) == '(' && word.end() < text.length() && text.charAt(word.end()) == ')';
    }

    /** ", leader of the CJNG," after a name: the phrase up to the next comma, with a role word among its first words. */
    static Span apposition(String text, int from, int ceiling) {
        if (from >= ceiling) {
            return null;
        }
        Span phrase = appositionPhrase(text, from, ceiling);
        if (phrase == null) {
            return null;
        }
        List<Span> tokens = Names.tokens(text, phrase.start(), phrase.end());
        // "uno de los principales cabecillas de Los Lobos", "one of the top leaders of": after "one of" the role may be the
        // fifth word; otherwise a role word that far in belongs to another name ("chairman of the Joint Chiefs")
        int reach = tokens.size() > 1 && ONE_OF.contains(Names.fold(tokens.get(0).of(text))) && CONNECTORS.contains(Names.fold(tokens.get(1)
                .of(text))) ? 5 : 4;
        for (int k = 0; k < Math.min(reach, tokens.size()); k++) {
            String word = Names.fold(tokens.get(k).of(text));
            if (KIN.contains(word)) {
                return null; // "hijos del exlíder del cártel", "the son of the cartel's founder": the role is the relative's
            }
            if (isRole(word)) {
                return phrase;
            }
        }
        return null;
    }

    static final Set<String> KIN = Set.of("hijo", "hijos", "hija", "hijas", "hermano", "hermanos", "hermana", "hermanas", "esposa",
            "esposo", "padre", "madre", "yerno", "cunado", "cuñado", "sobrino", "sobrina", "nieto", "nieta", "primo", "prima", "son", "sons",
            "daughter", "daughters", "brother", "brothers", "sister", "sisters", "wife", "husband", "father", "mother", "nephew",
            "niece", "cousin", "son-in-law", "brother-in-law", "widow", "viuda");

    /** APPOSITION's phrase in the text between {@code from} and {@code ceiling}, as if that were the whole text, or null. */
    static Span appositionPhrase(String text, int from, int ceiling) {
        // the expression starts with ^: within the region (opaque, anchoring bounds) it can only match at its start
        Matcher m = APPOSITION.matcher(text).region(from, ceiling);
        return m.lookingAt() ? new Span(m.start(1), m.end(1)) : null;
    }

    /** The role word of a title: the last one before a name ("Chief Pentagon spokesperson"), the first in an apposition. */
    private static Span roleWord(String text, Span title, boolean before) {
        Span found = null;
        for (Span t : Names.tokens(text, title.start(), title.end())) {
            if (isRole(Names.fold(t.of(text)))) {
                found = t;
                if (!before) {
                    break;
                }
            }
        }
        return found == null ? title : found;
    }



    static boolean isRole(String folded) {
        String word = base(folded);
        return MEMBER_ROLES.contains(word) || OFFICES.contains(word) || folded.endsWith("-general");
    }

    /** The role word without a plural ending or an "ex-" prefix: "fundadores", "exjefe", "ex-leader", "leaders". */
    static String base(String folded) {
        String w = folded;
        if (w.startsWith("ex-")) {
            w = w.substring(3);
        } else if (w.startsWith("ex") && w.length() > 4 && (MEMBER_ROLES.contains(w.substring(2)) || OFFICES.contains(w.substring(2))
                || MEMBER_ROLES.contains(singular(w.substring(2))) || OFFICES.contains(singular(w.substring(2))))) {
            w = w.substring(2);
        }
        if (MEMBER_ROLES.contains(w) || OFFICES.contains(w)) {
            return w;
        }
        return singular(w);
    }

    private static String singular(String w) {
        if (w.endsWith("es") && (MEMBER_ROLES.contains(w.substring(0, w.length() - 2)) || OFFICES.contains(w.substring(0, w.length() - 2)))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
