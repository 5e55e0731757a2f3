package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.facts.Designation;
import org.corridor.extract.rules.Dates;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;
import org.corridor.extract.text.Span;

/**
 * Designations and sanctions: a sentence with a designating verb or noun ("designated ... as a
 * foreign terrorist organization", "designó ... como organización terrorista", "sanctioned",
 * "added to the SDN list") makes one Sanction per group or person it names, other than the
 * designating authority itself. The programme comes from the words used (FTO, SDGT, Kingpin Act,
 * OFAC's SDN list); the authority from the sentence or else the programme's owner.
 */
public final class DesignationStage implements Stage {
    private static final Pattern CLASSIFY = Pattern.compile("(?U)(?i)\\b(designat(?:ed|es|e|ing|ion|ions)|re-?designat\\w*|"
            + "list(?:ed|s|ing)?|label(?:l?ed|s)?|declar(?:ed|es|ó|a|aron|ado|ados|ara|aran|ase|asen)|classif(?:ied|ies|icó|ica)|treat(?:ed|s) as|"
            + "consider(?:ed|s|ó|a|ados|adas)|brand(?:ed|s)|design(?:ó|a|ar|aron|ación|ado|ada|ados|adas|ará|ara|aría)|"
            + "incluy(?:ó|e|eron)|inclu(?:ido|ida|idos|idas)|calific(?:ó|a|ar|aron|ado|ada|ados|adas|ara)|catalog(?:ó|a|ar|aron|ado|ada|ados|adas|ara)|enlist(?:ó|a)|"
            + "(?:are|is) now|(?:has|have) become|became|pasa(?:n|ron)? a ser|son ahora|ahora son"
            + "|nam(?:ed|es|ing)(?=[^.;]{0,100}?\\b(?:(?:foreign|global)\\s+)?terrorists?(?:\\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)))?\\b))\\b");
    private static final Pattern SANCTION = Pattern.compile("(?U)(?i)\\b(sanction(?:ed|s|ing)?|blacklist(?:ed|s)?|"
            + "add(?:ed|s) [^.;]{0,60}(?:list|SDN)|sancion(?:ó|a|ar|aron|ado|ada|ados|adas)|impuso sanciones"
            + "|sanciones(?:\\s+(?:económicas|financieras))?\\s+(?:contra|a)(?=\\s)"
            + "|sanciones\\s+(?:(?:alcanzan|afectan|incluyen)(?:\\s+(?:también|además|asimismo))?\\s+a|recaen\\s+(?:también\\s+)?sobre)(?=\\s)"
            + "|(?<=\\blista\\s(?:negra|Clinton|OFAC|SDN)\\s)(?:figuran|aparecen|están|entraron|ingresaron)(?:\\s+(?:también|además|asimismo))?(?=\\s)"
            + "|sanciones\\s+que\\s+[^.;]{0,40}?impus(?:o|ieron)\\s+a(?=\\s)"
            + "|(?:froze|frozen|freezes|freezing|blocked)\\s+the\\s+(?:assets|property)\\s+of|(?:congeló|congela|bloqueó|bloquea)\\s+los\\s+bienes\\s+de)\\b");
    private static final Pattern FTO = Pattern.compile("(?U)(?i)\\b(foreign terrorist organi[sz]ations?|FTOs?|organizaci(?:ón|ones) "
            + "terroristas? extranjeras?)\\b");
    private static final Pattern SDGT = Pattern.compile("(?U)(?i)\\b(specially designated global terrorists?|SDGTs?|terroristas? "
            + "global(?:es)? (?:especialmente )?designad[oa]s?)\\b");
    private static final Pattern KINGPIN = Pattern.compile("(?U)(?i)\\b(Kingpin Act|Ley Kingpin|Foreign Narcotics Kingpin)\\b");
    private static final Pattern SDN = Pattern.compile("(?U)(?i)\\b(SDN list|Specially Designated Nationals|OFAC|Office of Foreign Assets Control|"
            + "Oficina de Control de Activos Extranjeros|lista (?:de )?(?:la )?OFAC|"
            + "lista SDN|lista negra|lista Clinton)\\b");
    /** A country's own register or list of terrorists: "su Registro Público de Personas y Entidades Vinculadas al Terrorismo". */
    private static final Pattern TERROR_REGISTER = Pattern.compile("(?U)(?i)\\b(registro\\s+(?:público\\s+)?de\\s+personas\\s+y\\s+"
            + "entidades\\s+vinculadas\\s+(?:al|con el)\\s+terrorismo|terrorist\\s+(?:list|registry|register)|lista\\s+(?:nacional\\s+)?de\\s+"
            + "(?:organizaciones\\s+)?terroristas)\\b");
    private static final Pattern TERRORIST = Pattern.compile("(?U)(?i)\\b(terrorist organi[sz]ations?|terrorist entit(?:y|ies)|"
            + "organizaci(?:ón|ones) terroristas?|entidad(?:es)? terroristas?|narco-?terrorist organi[sz]ations?|terrorist groups?"
            + "|grupos? terroristas?"
            // "uno de los grupos declarados «terroristas»", "catalogadas como terroristas", "branded terrorists"
            + "|(?<=\\b(?:declarad[oa]s?|catalogad[oa]s?|calificad[oa]s?|designad[oa]s?|declared|designated|labell?ed|branded)"
            + "\\s(?:como\\s|as\\s)?[«\"“]?)terroristas?|(?<=\\b(?:declared|designated|labell?ed|branded)\\s(?:as\\s)?[\"“]?)terrorists)\\b");
    private static final Pattern STATE = Pattern.compile("(?U)(?i)\\b(State Department|Department of State|Secretary of State|"
            + "Departamento de Estado|secretario de Estado|Rubio)\\b");
    private static final Pattern TREASURY = Pattern.compile("(?U)(?i)\\b(Treasury|OFAC|Tesoro|Office of Foreign Assets Control)\\b");
    private static final Set<String> AUTHORITY_WORDS = Set.of("department", "departamento", "treasury", "tesoro", "ofac", "state",
            "estado", "administration", "administracion", "government", "gobierno", "white", "house", "casa", "blanca", "congress",
            "congreso", "ministry", "ministerio", "office", "oficina", "council", "consejo", "union", "parliament", "parlamento",
            "pentagon", "pentagono", "senate", "senado", "court", "corte", "tribunal", "fuerzas", "forces", "armed", "armadas",
            "military", "militares", "police", "policia", "army", "ejercito", "navy", "marina", "fiscalia", "prosecutors", "register",
            "registro", "command", "comando", "southcom", "rcmp", "fbi", "dea", "pdi", "dncd", "europol", "interpol", "frontex",
            "eurojust", "carabineros", "guardia", "guardacostas", "squad", "brigade", "brigada", "agency", "agencia", "nca", "customs", "aduanas", "aduana", "narcotics", "antinarcoticos", "antidrogas", "marshals", "justice", "justicia", "guard",
            "inteligencia", "intelligence", "uif", "fincen", "superintendencia", "border", "frontera", "fronteras",
            // "Seccional de Investigación Criminal", "Federal Bureau of Investigation": investigators
            "investigacion", "investigation", "bureau", "seccional", "sijin", "dijin",
            // "Unidad de Drogas y Crimen Organizado", "Dirección de Lucha contra el Crimen Organizado", "Anti-Drug Unit",
            // "Directorate for Combating Organized Crime": police units
            "unidad", "unit", "direccion", "directorate");
    private static final Pattern PRONOUN_AFTER = Pattern.compile("(?U)(?i)\\s+(?:him|her)\\b");
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?U)(?i)\\b(?:lo|la|le)\\s+$");
    private static final Pattern AMONG = Pattern.compile("(?U)(?i)^\\s*(?:among them|among those|they include|these include|those listed|"
            + "entre ell[oa]s|entre los que|figuran|incluyen|la lista incluye)"
            // "los tres presuntos narcotraficantes son A, B y C": the people a sanction counted, named after it
            + "|\\b(?:los|las|the)\\s+(?:two|three|four|five|six|dos|tres|cuatro|cinco|seis|\\d)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:son|eran|are"
            + "|were)\\s+(?=\\p{Lu})");

    /**
     * "a designated terrorist organization", "una organización terrorista designada", and the plural
     * with or without an article ("vessels run by Designated Terrorist Organizations"): a description
     * of unnamed groups. It designates only the group it stands in apposition to ("the ELN, which
     * he called a designated terrorist organization"), else nothing.
     */
    private static final Pattern GENERIC = Pattern.compile("(?U)(?i)\\b(?:(?:a|an|un|una)\\s+(?:\\p{L}+\\s+)??(?:designated\\s+(?:foreign\\s+)?"
            + "(?:narco-?)?terrorist\\s+organi[sz]ation|organizaci(?:ó|o)n\\s+terrorista\\s+(?:extranjera\\s+)?designada)|"
            + "designated\\s+(?:foreign\\s+)?(?:narco-?)?terrorist\\s+organi[sz]ations|"
            + "organizaciones\\s+terroristas\\s+(?:extranjeras\\s+)?designadas|"
            // "una embarcación operada por organizaciones designadas como terroristas": who runs boats, as the campaign says
            + "organizaci(?:ón|on|ones)\\s+designad[oa]s?\\s+como\\s+(?:organizaci(?:ón|ones)\\s+)?terroristas?|"
            + "organi[sz]ations?\\s+designated\\s+as\\s+(?:foreign\\s+)?terrorists?(?:\\s+organi[sz]ations?)?)\\b");
    private static final Pattern APPOSED = Pattern.compile("(?U)(?i)(?:(?:\\)\\s*)?,\\s*(?:(?:which|that|que|la cual|el cual|a la que|al que)"
            + "\\s+(?:\\p{L}+\\s+){0,3})?|\\s+(?:as|como)\\s+)$");
    /** A plural programme followed by the groups it names: "two foreign terrorist organizations, Tren de Aragua and the Sinaloa Cartel". */
    private static final Pattern LIST_AFTER_PROGRAM = Pattern.compile("(?U)(?i)\\b(foreign terrorist organi[sz]ations|terrorist organi[sz]ations"
            + "|FTOs|organizaciones terroristas(?:\\s+extranjeras)?)(?:\\s*[,:]\\s*|\\s+)(?:(?:including|such as|namely|among them|"
            + "incluid[oa]s|entre ell[oa]s|como)\\s+)?");
    private static final Pattern LIST_GLUE = Pattern.compile("(?U)(?i)^(?:\\s*(?:,\\s*(?:and\\s+|y\\s+)?|\\s+and\\s+|\\s+y\\s+|\\s+e\\s+))?"
            + "(?:(?:the|el|la|los|las)\\s+)?$");

    /**
     * A designation that named no group, whose groups the next sentence gives: "The decision,
     * published in the Federal Register, covers Tren de Aragua, ...", "La medida incluye a ...".
     */
    private static final Pattern COVERS = Pattern.compile("(?U)(?i)^\\s*(?:the|this|that|these|la|las|esta|estas|dicha|dichas|el|este)\\s+"
            + "(?:decision|designations?|order|actions?|list|measures?|move|sanctions|decisión|designaci(?:ón|ones)|medidas?|lista|orden"
            + "|resolución|sanciones)\\b[^.;]{0,120}?\\b(?:covers?|includes?|names|lists|appl(?:ies|y) to|targets?|abarcan?|incluyen?"
            + "|comprenden?|nombra|alcanzan?|afectan?)\\b");
    /**
     * Parties named in a designation or sanctions action told over several sentences: "Four more
     * groups were named: ...", "X and Y were also named", "Treasury named X and Y as the faction's
     * leaders"; groups go with the last designation, persons with the last sanctions.
     */
    private static final Pattern NAMED = Pattern.compile("(?U)(?i)\\b(?:(?:were|was)\\s+(?:also\\s+)?named\\b(?!\\s+(?:after|for)\\b)"
            + "|(?:Treasury|OFAC\\)?|the department|el Tesoro|la OFAC)\\s+(?:also\\s+|también\\s+)?(?:named|nombró"
            + "|targeted|identified|identificó)\\b)");

    /** Verbs that go on with a designation the sentence before made ("also designated", "listed"); "called it ridiculous" does not. */
    private static final Pattern CONTINUING = Pattern.compile("(?U)(?i)(?:designat|design|re-?designat|list|incluy|inclui)");

    /** A negation ending at most 15 characters before a trigger: "was not designated". */
    private static final Pattern NEGATED = Pattern.compile("(?is)\\b(?:not|no|never|nunca)\\b.{0,15}$");
    private static final Pattern ACTING_COUNTRY = Pattern.compile("(?U)\\b(Canada|Canadá|Argentina|Ecuador|Peru|Perú|Paraguay|"
            + "Trinidad and Tobago|Colombia|Mexico|México|United States|Estados Unidos|Washington|U\\.S\\.|EE\\.UU\\.)\\b");
    /**
     * Where the clause naming what was designated ends: "..., accusing", "; ", " and said", and a
     * tie to another party ("companies that it says are linked to Los Chapitos", "empresas vinculadas
     * al Cártel de Sinaloa"), and what they are accused of ("entities that it accuses of laundering
     * money for the Sinaloa Cartel"): the party after it is what the targets are tied to, not a target.
     */
    private static final Pattern CLAUSE_END = Pattern.compile("(?U)(,\\s+(?:accusing|citing|saying|which|who\\b|whom\\b|acus|según|tras|after|"
            + "while|mientras)|;|\\s+y\\s+acus|\\s+and\\s+(?:said|accused)|(?i)\\s+(?:(?:that|which|who|que)\\s+[^,;.]{0,40}?)?"
            + "\\b(?:linked|tied|connected|affiliated|associated|vinculad[oa]s?|ligad[oa]s?|relacionad[oa]s?|asociad[oa]s?)\\s+"
            + "(?:to|with|a|al|con)\\b|(?i)\\s+(?:that|who|which|que|a (?:quien|quienes) )\\s*(?:\\p{L}+\\s+){0,2}(?:accus|alleg|acus"
            + "|says?\\s|said\\s|dice\\s|dijo\\s|identific|describ|consider|llama|responsabiliz|blames?\\s|blamed\\s|señala)"
            + "|(?i),?\\s+(?:accused|acusad[oa]s?)\\s+(?:of|de)\\b"
            + "|(?i)\\s+(?:\\p{L}+\\s+){0,3}(?:its|their|his|her|sus?)\\s+(?:allies|aliados|socios|partners)\\b"
            + "|(?i),\\s+(?:(?:los|las|sus|his|her|their|the|two|dos)\\s+)?(?:hijos?|hijas?|hermanos?|hermanas?|esposa|sons?|daughters?|brothers?"
            + "|sisters?|wife)\\s+(?:de|del|of)\\b"
            + "|(?i)\\s+(?:por\\s+)?(?:sus\\s+)?(?:presuntos\\s+)?v[ií]nculos?\\s+con\\b|(?i)\\s+(?:for\\s+)?(?:their\\s+|its\\s+)?(?:alleged\\s+)?"
            + "(?:ties|links)\\s+to\\b)");

    /** Words every match of {@link #CLASSIFY} contains (see {@link Cues}). */
    private static final String[] CLASSIFY_CUES = {"design", "list", "label", "declar", "classif", "treat", "consider", "brand", "nam",
        "incluy", "inclui", "calific", "catalog", "now", "beca", "become", "a ser", "ahora"};

    private static final String[] PROGRAM_CUES = {"terror", "fto", "sdgt", "specially designated", "kingpin", "sdn", "ofac",
        "lista negra", "lista clinton", "foreign assets control", "control de activos"};

    @Override
    public String name() {
        return "designations";
    }

    @Override
    public void apply(Work work) {
        Span titleSpan = work.headline();
        Continuation state = new Continuation();
        for (Span sentence : work.sentences) {
            if (titleSpan == null || !titleSpan.overlaps(sentence)) {
                sentence(work, sentence, state);
            }
        }
        corroborateBySanctions(work);
    }

    /**
     * "OFAC sanctioned ... Daniel Kinahan": a person the report says the US Treasury sanctioned, named by a short form of exactly
     * one listed party's name ("KINAHAN Daniel Joseph") whose surname is rare (no given name, no ordinary word, no place), is
     * that party: the report's own statement corroborates the name. A common surname ("Maduro" is a Spanish word) stays a proposal.
     */
    private static void corroborateBySanctions(Work work) {
        org.corridor.extract.text.Lexicon words = org.corridor.extract.text.Lexicon.standard();
        for (Designation d : work.designations) {
            DocEntity e = d.target();
            if (e == null || e.kind() != EntityKind.PERSON || !Gazetteer.shortFormOnly(e.listed()) || !takesPersons(d.program())
                    || !(TREASURY.matcher(d.authority() == null ? "" : d.authority()).find() || d.program().contains("OFAC"))) {
                continue;
            }
            Mention.Listed l = e.listed();
            List<String> keys = Names.personKeys(e.name());
            Set<String> listedKeys = new HashSet<>(Names.personKeys(l.caption()));
            String surname = keys.size() < 2 ? null : keys.stream().filter(k -> listedKeys.contains(k) && !words.givenName(k)
                    && !words.ordinaryWord(k) && !words.properNoun(k)).findFirst().orElse(null);
            if (surname == null) {
                continue;
            }
            String why = "'" + e.name() + "' is a short form of the listed name '" + l.caption() + "', and the report says "
                    + d.authority() + " sanctioned '" + e.name() + "', whose surname '" + surname + "' is rare";
            e.list(l.judged(false, why), "'" + e.name() + "' is linked to " + l.caption() + " (" + l.entityId() + "): " + why);
        }
    }

    /**
     * The designation a sentence may continue ("Among them ...", a second list after "designated"):
     * the last one made and whether it named no target. Kept outside the per-sentence method so
     * that method stays one small unit for the JIT rather than the body of a long per-document loop.
     */
    private static final class Continuation {
        Designation last;
        boolean lastFoundNone;
        /** The last designation under a programme that takes persons (sanctions, the SDN list), which "were also named" continues. */
        Designation lastSanctions;
        /** The group whose members the last designation counted without naming ("a tres integrantes de alto rango del CDN"). */
        DocEntity countedMembersOf;
    }

    /** "sancionó a tres integrantes de alto rango del", "sanctioned three high-ranking members of the": members counted, then their group. */
    private static final Pattern COUNTED_MEMBERS = Pattern.compile("(?U)(?i)^\\s+(?:(?:este|esta|el|this|last|on)\\s+\\p{L}+\\s+)?"
            + "(?:(?:a|al|on|against)\\s+)?(?:\\d+|two|three|four|five|six"
            + "|dos|tres|cuatro|cinco|seis)\\s+(?:high-ranking\\s+|senior\\s+|top\\s+)?(?:integrantes|miembros|members|líderes|leaders"
            + "|mandos|cabecillas|operadores|operatives)(?:\\s+de\\s+alto\\s+(?:rango|nivel))?\\s+(?:de|del|of)\\s+(?:(?:the|la|los|las)\\s+)?"
            + "(?:[\\p{L}-]+\\s+){0,1}?$");

    private static final Pattern THE_GROUP_WAS = Pattern.compile("(?U)(?i)^\\W*(?:the|el|la)\\s+(?:group|cartel|gang|organization"
            + "|organisation|grupo|cártel|cartel|banda|organización)\\s+(?:was|has been|had been|fue|ha sido|había sido)\\s");

    /** The one group (not an authority) the headline names, or null. */
    private static DocEntity headlineGroup(Work work) {
        Span headline = work.headline();
        if (headline == null) {
            return null;
        }
        DocEntity found = null;
        for (Mention m : work.mentionsIn(headline)) {
            DocEntity e = work.entity(m);
            if (e != null && e.kind() == EntityKind.ORGANIZATION && !isAuthority(e.name())) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** The group right after members a sanction counts, or null. */
    private static DocEntity countedMembersOf(Work work, Span sentence, Span trigger) {
        for (Mention m : work.mentionsIn(new Span(trigger.end(), sentence.end()))) {
            DocEntity e = work.entity(m);
            if (e != null && e.kind() == EntityKind.ORGANIZATION && !isAuthority(e.name())) {
                return COUNTED_MEMBERS.matcher(work.text().substring(trigger.end(), m.start())).matches() ? e : null;
            }
        }
        return null;
    }

    private static void sentence(Work work, Span sentence, Continuation state) {
        String s = sentence.of(work.text());
        String lower = Cues.lower(s);
        Designation last = state.last;
        boolean lastFoundNone = state.lastFoundNone;
        boolean classifyCue = Cues.any(lower, CLASSIFY_CUES);
        boolean sanctionCue = Cues.any(lower, "sanci", "sanction", "blacklist", "froze", "frozen", "freez", "blocked the", "congel",
                "bloque") || lower.contains("add") && Cues.any(lower, "list", "sdn") || lower.contains("lista ");
        boolean amongCue = last != null && lastFoundNone && (AMONG.matcher(s).find() || COVERS.matcher(s).find());
        Matcher named = last != null && Cues.any(lower, "named", "nombró", "targeted", "identifi") ? NAMED.matcher(s) : null;
        if (named != null && named.find() && !sanctionCue) {
            // groups go with the last designation ("Four more groups were named: ..."); persons with the last sanctions
            if (!continueDesignation(work, sentence, named, last) && state.lastSanctions != null && state.lastSanctions != last) {
                continueDesignation(work, sentence, named, state.lastSanctions);
            }
            return;
        }
        List<DocEntity> listed = Cues.any(lower, "terrorist organi", "ftos", "organizaciones terroristas") ? listed(work, sentence, s)
                : List.of();
        if (!sanctionCue && !amongCue && (!classifyCue || last == null && !Cues.any(lower, PROGRAM_CUES))) {
            return;
        }
        Program program = program(s, lower, sentence.start());
        Matcher trigger = program.span() != null ? CLASSIFY.matcher(classifyCue ? s : "") : SANCTION.matcher(sanctionCue ? s : "");
        boolean found = findTrigger(trigger, s);
        if (!found && program.span() != null) {
            trigger = SANCTION.matcher(sanctionCue ? s : "");
            found = findTrigger(trigger, s);
        }
        boolean continued = false;
        boolean countedNamed = false;
        if (!found && last != null) {
            Matcher classified = CLASSIFY.matcher(s);
            Matcher among = AMONG.matcher(s);
            Matcher covers = COVERS.matcher(s);
            if (lastFoundNone && among.find()) {
                trigger = among;
                continued = true;
                countedNamed = true;
            } else if (lastFoundNone && covers.find()) {
                trigger = covers;
                continued = true;
            } else if (findTrigger(classified, s) && CONTINUING.matcher(classified.group()).lookingAt()) {
                trigger = classified;
                continued = true;
            }
        }
        if (!found && !continued) {
            return;
        }
        if (NEGATED.matcher(s).region(Math.max(0, trigger.start() - 24), trigger.start()).useTransparentBounds(true).find()) {
            return;
        }
        Span triggerSpan = new Span(sentence.start() + trigger.start(), sentence.start() + trigger.end());
        Matcher generic = GENERIC.matcher(s);
        while (generic.find()) {
            if (generic.start() <= trigger.start() && trigger.end() <= generic.end()) {
                apposed(work, sentence, s, generic, triggerSpan, listed);
                return;
            }
        }
        String programName = continued ? last.program() : program.name();
        String authority = continued ? last.authority() : authority(s, program.name());
        Program used = continued ? new Program(programName, null) : program;
        List<Dates.DateMention> dates = Dates.find(s, sentence.start(), work.document.published(), null);
        Dates.DateMention date = dates.isEmpty() ? null : dates.get(0);
        List<DocEntity> targets = new ArrayList<>(targets(work, sentence, triggerSpan, used));
        targets.removeAll(listed);
        if (targets.isEmpty() && !continued && THE_GROUP_WAS.matcher(s).lookingAt()) {
            // "The group was designated a Foreign Terrorist Organization in February 2025": the group the headline names
            DocEntity group = headlineGroup(work);
            if (group != null) {
                targets.add(group);
            }
        }
        for (DocEntity target : targets) {
            work.designations.add(new Designation(target, authority, programName, date == null ? null : date.value(), triggerSpan,
                    used.span(), date == null ? null : date.span(), sentence));
            DocEntity group = countedNamed ? state.countedMembersOf : null;
            if (group != null && target.kind() == EntityKind.PERSON
                    && work.ties.stream().noneMatch(t -> t.person() == target && t.organization() == group)) {
                // "sancionó a tres integrantes del CDN. ... los tres presuntos narcotraficantes son A, B y C": members of that group
                work.ties.add(new org.corridor.extract.facts.Tie("Membership", target, group, "member", triggerSpan, sentence));
            }
        }
        if (!continued) {
            state.countedMembersOf = targets.isEmpty() ? countedMembersOf(work, sentence, triggerSpan) : null;
            state.last = new Designation(null, authority, programName, null, triggerSpan, used.span(), null, sentence);
            if (takesPersons(programName)) {
                state.lastSanctions = state.last;
            }
        }
        state.lastFoundNone = targets.isEmpty() && !continued;
    }

    /**
     * The next match that designates: not a word of the list's own name ("Specially Designated
     * Nationals", "Nacionales Especialmente Designados") nor a most-wanted list.
     */
    private static boolean findTrigger(Matcher trigger, String s) {
        while (trigger.find()) {
            String before = s.substring(Math.max(0, trigger.start() - 30), trigger.start());
            String after = s.substring(trigger.end(), Math.min(s.length(), trigger.end() + 50));
            if (!NOT_A_TRIGGER.matcher(before).find() && !MOST_WANTED_AFTER.matcher(after).find()
                    && !(EVADED_BEFORE.matcher(before).find() || EVASION_AFTER.matcher(after).lookingAt())
                    && !inListName(s, trigger.start(), trigger.end())
                    && !(NOUN_BEFORE.matcher(before).find() && NOUN_AFTER.matcher(after).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inListName(String s, int start, int end) {
        Matcher name = LIST_NAME.matcher(s);
        while (name.find()) {
            if (name.start() <= start && end <= name.end()) {
                return true;
            }
        }
        return false;
    }

    /** "los bienes de los cuatro designados, a quienes ...": the people already designated, named as such; no new designation. */
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?U)(?i)\\b(?:los|las|the|those|these|estos|estas)\\s+(?:\\p{L}+\\s+)?$");
    private static final Pattern NOUN_AFTER = Pattern.compile("(?U)^\\s*[,.;:)]");
    /** "conspiring to get around US sanctions", "in violation of sanctions", "sanctions evasion": a breach, not a designation. */
    private static final Pattern EVADED_BEFORE = Pattern.compile("(?U)(?i)\\b(?:evad\\w*|evasion of|violat\\w*|violation of|breach\\w*|"
            + "get(?:ting)? around|got around|circumvent\\w*|dodg\\w*|skirt\\w*|bust\\w*|flout\\w*|defy\\w*|defied|break\\w*|broke"
            + "|evadir|eludir|burlar|violar|violación de|evasión de)\\s+(?:[\\p{L}.]+\\s+){0,3}$");
    private static final Pattern EVASION_AFTER = Pattern.compile("(?U)(?i)^[\\s-]*(?:evasion|violations?|busting|breach(?:es)?|evaders?)\\b");
    private static final Pattern NOT_A_TRIGGER = Pattern.compile("(?U)(?i)(?:wanted|buscad[oa]s)\\W*$");
    /** "the FBI's list of its ten most wanted fugitives", "la lista de los más buscados": a most-wanted list after the word. */
    private static final Pattern MOST_WANTED_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:of|de)\\s+[^.;]{0,30}?\\b(?:most wanted|más buscad[oa]s)");
    private static final Pattern LIST_NAME = Pattern.compile("(?U)(?i)Specially\\s+Designated\\s+Nationals|Nacionales\\s+"
            + "Especialmente\\s+Designados");

    private record Program(String name, Span span) {
    }

    private static boolean takesPersons(String program) {
        return !program.equals("Foreign Terrorist Organization") && !program.equals("terrorist organisation");
    }

    /** "X and Y were also named", "Treasury named X as ...": the parties named go with that designation; whether there were any. */
    private static boolean continueDesignation(Work work, Span sentence, Matcher named, Designation last) {
        Span triggerSpan = new Span(sentence.start() + named.start(), sentence.start() + named.end());
        Program used = new Program(last.program(), null);
        List<DocEntity> targets = targets(work, sentence, triggerSpan, used);
        for (DocEntity target : targets) {
            work.designations.add(new Designation(target, last.authority(), last.program(), null, triggerSpan, null, null, sentence));
        }
        return !targets.isEmpty();
    }

    /** Groups named in a list right after a plural programme; each is designated under it. Returns them. */
    private static List<DocEntity> listed(Work work, Span sentence, String s) {
        List<DocEntity> found = new ArrayList<>();
        Matcher m = LIST_AFTER_PROGRAM.matcher(s);
        while (m.find()) {
            String words = Cues.lower(m.group(1));
            String program = words.contains("foreign") || words.contains("extranjera") || words.startsWith("fto")
                    ? "Foreign Terrorist Organization" : "terrorist organisation";
            int at = sentence.start() + m.end();
            for (Mention mention : work.mentionsIn(new Span(at, sentence.end()))) {
                if (!LIST_GLUE.matcher(work.text().substring(at, mention.start())).matches()) {
                    break;
                }
                DocEntity e = work.entity(mention);
                if (e == null || e.kind() != EntityKind.ORGANIZATION || isAuthority(e.name())) {
                    break;
                }
                if (!found.contains(e)) {
                    Span programSpan = new Span(sentence.start() + m.start(1), sentence.start() + m.end(1));
                    work.designations.add(new Designation(e, authority(s, program), program, null, programSpan, programSpan, null,
                            sentence));
                    found.add(e);
                }
                at = mention.end();
            }
        }
        return found;
    }

    /** The group "a designated terrorist organization" is said of: the one right before it, set off by a comma or "which ... called". */
    private static void apposed(Work work, Span sentence, String s, Matcher generic, Span trigger, List<DocEntity> listed) {
        int genericStart = sentence.start() + generic.start();
        Mention before = null;
        for (Mention m : work.mentionsIn(new Span(sentence.start(), genericStart))) {
            before = m;
        }
        if (before == null || !APPOSED.matcher(work.text().substring(before.end(), genericStart)).find()) {
            return;
        }
        DocEntity e = work.entity(before);
        if (e == null || e.kind() != EntityKind.ORGANIZATION || isAuthority(e.name()) || listed.contains(e)) {
            return;
        }
        String program = Cues.lower(generic.group()).contains("foreign") || Cues.lower(generic.group()).contains("extranjera")
                ? "Foreign Terrorist Organization" : "terrorist organisation";
        Span programSpan = new Span(genericStart, sentence.start() + generic.end());
        work.designations.add(new Designation(e, authority(s, program), program, null, trigger, programSpan, null, sentence));
    }

    private static Program program(String s, String lower, int offset) {
        if (!Cues.any(lower, PROGRAM_CUES)) {
            return new Program("sanctions", null);
        }
        Object[][] programs = {{FTO, "Foreign Terrorist Organization"}, {SDGT, "Specially Designated Global Terrorist"},
            {KINGPIN, "Foreign Narcotics Kingpin Designation Act"}, {SDN, "OFAC Specially Designated Nationals"},
            {TERROR_REGISTER, "national terrorism register"},
            {TERRORIST, "terrorist organisation"}};
        for (Object[] p : programs) {
            Matcher m = ((Pattern) p[0]).matcher(s);
            if (m.find()) {
                return new Program((String) p[1], new Span(offset + m.start(), offset + m.end()));
            }
        }
        return new Program("sanctions", null);
    }

    private static String authority(String s, String program) {
        if (TREASURY.matcher(s).find()) {
            return "U.S. Department of the Treasury (OFAC)";
        }
        if (STATE.matcher(s).find()) {
            return "U.S. Department of State";
        }
        return switch (program) {
            case "Foreign Terrorist Organization" -> "U.S. Department of State";
            case "Foreign Narcotics Kingpin Designation Act", "OFAC Specially Designated Nationals" ->
                    "U.S. Department of the Treasury (OFAC)";
            case "Specially Designated Global Terrorist" -> "U.S. Department of State";
            default -> countryAuthority(s);
        };
    }

    private static String countryAuthority(String s) {
        Matcher m = ACTING_COUNTRY.matcher(s);
        if (m.find()) {
            String place = m.group(1);
            return place.equals("Washington") || place.equals("U.S.") || place.equals("EE.UU.") || place.equals("Estados Unidos")
                    ? "Government of the United States" : "Government of " + place;
        }
        return "unstated";
    }

    /**
     * Groups (and, for financial sanctions, persons) the sentence names as designated, other than
     * authorities and office holders: those between the verb and the programme ("designated the
     * Cartel de los Soles as a ..."), else those after the programme ("as terrorist organizations,
     * including ..."), else those after the verb, else those before it (passive voice).
     */
    private static List<DocEntity> targets(Work work, Span sentence, Span trigger, Program program) {
        boolean persons = takesPersons(program.name());
        Span p = program.span();
        List<List<DocEntity>> tries = new ArrayList<>();
        if (p != null && p.start() >= trigger.end()) {
            List<DocEntity> between = new ArrayList<>(targetsIn(work, new Span(trigger.end(), p.start()), persons, sentence));
            // "designó al Cártel de Sinaloa como organización terrorista extranjera junto con otros cinco grupos: A, B, ..."
            Matcher along = ALONG_WITH_LIST.matcher(work.text()).region(p.end(), sentence.end());
            if (!between.isEmpty() && along.lookingAt()) {
                targetsIn(work, new Span(along.end(), sentence.end()), persons, sentence).stream().filter(e -> !between.contains(e))
                        .forEach(between::add);
            }
            tries.add(between);
            tries.add(targetsIn(work, new Span(p.end(), clauseEnd(work.text(), p.end(), sentence.end())), persons, sentence));
        } else {
            int end = clauseEnd(work.text(), trigger.end(), sentence.end());
            List<DocEntity> after = new ArrayList<>(targetsIn(work, new Span(trigger.end(), end), persons, sentence));
            // "13 companies tied to Ibarra, among them Akali Realtors and ...": the list goes on past what they are tied to
            Matcher among = AMONG_AFTER_TIE.matcher(work.text()).region(end, sentence.end());
            if (end < sentence.end() && among.find() && !RELATIVE_BETWEEN.matcher(work.text()).region(end, among.start()).find()) {
                targetsIn(work, new Span(among.end(), sentence.end()), persons, sentence).stream().filter(e -> !after.contains(e)).forEach(after::add);
            }
            // "X, Y and Z, whom Treasury describes as enforcers, and the businessman W": the list goes on past the clause
            Matcher relative = RELATIVE_THEN_LIST.matcher(work.text()).region(end, sentence.end());
            if (end < sentence.end() && relative.lookingAt()) {
                int next = clauseEnd(work.text(), relative.end(), sentence.end());
                targetsIn(work, new Span(relative.end(), next), persons, sentence).stream().filter(e -> !after.contains(e))
                        .forEach(after::add);
            }
            tries.add(after);
        }
        if (!COUNTED_PERSONS.matcher(work.text()).region(trigger.end(), sentence.end()).lookingAt()) {
            tries.add(targetsIn(work, new Span(sentence.start(), trigger.start()), persons, null));
        }
        for (List<DocEntity> t : tries) {
            if (!t.isEmpty()) {
                return t;
            }
        }
        String text = work.text();
        boolean pronoun = PRONOUN_AFTER.matcher(text).region(trigger.end(), sentence.end()).lookingAt()
                || PRONOUN_BEFORE.matcher(text).region(sentence.start(), trigger.start()).find();
        if (persons && pronoun) {
            DocEntity antecedent = previousSubject(work, sentence);
            return antecedent == null ? List.of() : List.of(antecedent);
        }
        Matcher counted = COUNTED_SUBJECT.matcher(text).region(sentence.start(), trigger.start());
        boolean plural = PLURAL_PRONOUN_AFTER.matcher(text).region(trigger.end(), sentence.end()).lookingAt()
                || PLURAL_PRONOUN_BEFORE.matcher(text).region(sentence.start(), trigger.start()).find();
        if (persons && plural && counted.find()) {
            // "Los dos están acusados ..., y en 2023 los sancionó el Departamento del Tesoro": the two people the sentence
            // before named
            return previousPeople(work, sentence, count(counted.group(1)));
        }
        return List.of();
    }

    private static final Pattern PLURAL_PRONOUN_AFTER = Pattern.compile("(?U)(?i)\\s+them\\b");
    private static final Pattern PLURAL_PRONOUN_BEFORE = Pattern.compile("(?U)(?i)\\b(?:los|las|les)\\s+$");
    private static final Pattern COUNTED_SUBJECT = Pattern.compile("(?U)(?i)^\\W*(?:(?:los|las|the)\\s+(dos|tres|two|three)|(both|ambos|ambas))\\b");

    private static int count(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "tres", "three" -> 3;
            default -> 2;
        };
    }

    /** The first {@code n} people the sentence before named, none holding an office; none unless there are that many. */
    private static List<DocEntity> previousPeople(Work work, Span sentence, int n) {
        int index = work.sentences.indexOf(sentence);
        if (index <= 0) {
            return List.of();
        }
        List<DocEntity> people = new java.util.ArrayList<>();
        for (Mention m : work.mentionsIn(work.sentences.get(index - 1))) {
            DocEntity e = work.entity(m);
            if (e != null && e.kind() == EntityKind.PERSON && !people.contains(e) && !OperationStage.holdsOffice(work, e)) {
                people.add(e);
            }
        }
        return people.size() >= n ? List.copyOf(people.subList(0, n)) : List.of();
    }

    /** "sanctioned him", "lo sancionó": the person the sentence before was about, its first person not holding an office. */
    private static DocEntity previousSubject(Work work, Span sentence) {
        int index = work.sentences.indexOf(sentence);
        if (index <= 0) {
            return null;
        }
        for (Mention m : work.mentionsIn(work.sentences.get(index - 1))) {
            DocEntity e = work.entity(m);
            if (e != null && e.kind() == EntityKind.PERSON) {
                return OperationStage.holdsOffice(work, e) ? null : e;
            }
        }
        return null;
    }

    /** Where the clause after the verb ends: "..., accusing", "; ", " and said". */
    private static int clauseEnd(String text, int from, int to) {
        Matcher m = CLAUSE_END.matcher(text).region(from, to);
        while (m.find()) {
            if (!m.group().equals(";") || !LIST_ITEM_AFTER.matcher(text).region(m.end(), to).lookingAt()) {
                return m.start();
            }
            // "fueron sancionados X, alias A; Y, B; y Z": a list whose items hold commas goes on after a semicolon
        }
        return to;
    }

    /**
     * "al sancionar a cuatro mexicanos", "sanctioned 10 individuals": the object is people the sentence
     * counts without naming, so a group named before the verb ("la presión sobre el CJNG al sancionar
     * ...") is not what was sanctioned.
     */
    private static final Pattern COUNTED_PERSONS = Pattern.compile("(?U)(?i)^\\s+(?:(?:a|al|contra|on|against)\\s+)?(?:(?:at least|al menos"
            + "|más de|more than|otros|otras|other)\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dos|tres|cuatro"
            + "|cinco|seis|siete|ocho|nueve|diez|once|doce|several|varios|varias)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:people|persons|individuals"
            + "|men|women|members|leaders|officials|nationals|mexicans|colombians|venezuelans|personas|individuos|hombres|mujeres"
            + "|miembros|integrantes|líderes|lideres|mandos|cabecillas|operadores|mexicanos|colombianos|venezolanos|ecuatorianos"
            + "|ciudadanos|funcionarios|familiares|relatives|associates|socios)\\b");

    private static final Pattern RELATIVE_THEN_LIST = Pattern.compile("(?iU),\\s+(?:whom|who|which|a quien(?:es)?|quien(?:es)?)\\b"
            + "[^;.]{0,100}?,\\s+(?:and|y)\\s+");

    private static final Pattern ALONG_WITH_LIST = Pattern.compile("(?iU)^\\s*,?\\s*(?:junto\\s+(?:con|a)|along\\s+with|together\\s+with|"
            + "as\\s+well\\s+as|así\\s+como\\s+a)\\s+(?:(?:otros|otras|the|other|los|las)\\s+)*(?:\\p{L}+\\s+){0,2}?(?:grupos|organizaciones"
            + "|cárteles|carteles|bandas|groups|organi[sz]ations|cartels|gangs)(?:\\s+\\p{L}+){0,2}\\s*:");

    /** ", a quienes el Tesoro responsabiliza de ..., entre ellos el asesinato de X": the list is of what they did, not of parties. */
    private static final Pattern RELATIVE_BETWEEN = Pattern.compile("(?iU)\\b(?:a quien(?:es)?|quien(?:es)?|who|whom|which|que)\\b");
    private static final Pattern AMONG_AFTER_TIE = Pattern.compile("(?iU),\\s+(?:among them|including|such as|entre ell[oa]s|incluid[oa]s"
            + "|tales como)\\b");

    /**
     * The next item of a list after a semicolon: a name ("Y, B"), or a name set off by what the
     * party is ("his son, Nicolas Petro Burgos", "el ministro del Interior, Armando Benedetti").
     */
    private static final Pattern LIST_ITEM_AFTER = Pattern.compile("(?U)\\s*(?:(?:y|and|e)\\s+)?(?:(?:his|her|its|their|the|su|sus|el|la"
            + "|los|las)\\s+(?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+,\\s+)?\\p{Lu}\\p{Ll}+\\s+\\p{Lu}");

    /** Between a group and the one it belongs to: "Los Mayos faction of the", "Los Mayos del", "brazo armado de". */
    static final Pattern PART_OF = Pattern.compile("(?U)(?i)^\\s*(?:(?:faction|wing|cell|branch|arm|offshoot|splinter group"
            + "|facción|célula|brazo(?:\\s+armado)?|escisión)\\s+)?(?:of|del|de)(?:\\s+(?:the|la|los|las))?\\s*$");

    /**
     * The parties named in {@code span} that may be targets. A person holding an office is one
     * only in the object of the verb ({@code objectOf}, the sentence, when the span is after it)
     * and not as its speaker ("designated President Gustavo Petro" but not "..., Secretary Rubio said").
     */
    /** "Ireland's police commissioner, Drew Harris, said": an office set off before the name of someone speaking. */
    private static final Pattern TITLE_SET_OFF_BEFORE = Pattern.compile("(?U)(?i)\\b(?:commissioner|ambassador|chief|spokes(?:man|woman"
            + "|person)|minister|secretary|director|president|attorney|prosecutor|comisionad[oa]|embajador[a]?|jef[ea]|ministr[oa]"
            + "|secretari[oa]|director[a]?|fiscal|presidente|portavoz|vocero)\\s*,\\s*$");

    private static List<DocEntity> targetsIn(Work work, Span span, boolean persons, Span objectOf) {
        List<DocEntity> found = new ArrayList<>();
        Set<DocEntity> parents = new HashSet<>();
        Mention previous = null;
        for (Mention m : work.mentionsIn(span)) {
            DocEntity e = work.entity(m);
            boolean parent = previous != null && e != null && e.kind() == EntityKind.ORGANIZATION
                    && PART_OF.matcher(work.text().substring(previous.end(), m.start())).matches()
                    || objectOf != null && e != null && e.kind() == EntityKind.ORGANIZATION
                    && roleOf(work.text().substring(Math.max(span.start(), m.start() - 60), m.start()))
                    || parents.contains(e); // "cinco altos mandos del Cártel ... (CJNG)": the acronym after it is the same group
            if (parent) {
                parents.add(e);
            }
            previous = m;
            boolean office = e != null && e.kind() == EntityKind.PERSON && (OperationStage.holdsOffice(work, e)
                    || TITLE_SET_OFF_BEFORE.matcher(work.text()).region(Math.max(0, m.start() - 40), m.start()).find())
                    && (objectOf == null || OperationStage.speaker(work.text(), m, objectOf));
            if (e == null || !(e.kind() == EntityKind.ORGANIZATION || (persons && e.kind() == EntityKind.PERSON)) || isAuthority(e.name())
                    || office || found.contains(e) || parent) {
                continue; // the group a sanctioned faction belongs to is not sanctioned by that ("Los Mayos del Cártel de Sinaloa")
            }
            found.add(e);
        }
        return found;
    }

    /** A role before a group: "al jefe del ", ", uno de los fundadores del ", "al jefe de la banda ", ", a leader of the ". */
    private static final Pattern ROLE_OF = Pattern.compile("(?U)(?i)\\b(\\p{L}+)(?:\\s+de\\s+alto\\s+(?:rango|nivel))?\\s+(?:de|del|of)(?:\\s+(?:the|la|los|las|el))?"
            + "(?:\\s+(?:banda|cártel|cartel|grupo|organización|facción|clan|gang|group|organization|faction))?\\s*$");

    /**
     * Whether a group follows a role word in the object of a sanction: it is the sanctioned person's
     * group, not sanctioned by that sentence (before the verb, "members of Tren de Aragua, a gang the
     * United States designated", the group is what the verb is about).
     */
    private static boolean roleOf(String before) {
        Matcher m = ROLE_OF.matcher(before);
        return m.find() && RoleStage.isRole(Names.fold(m.group(1)));
    }

    /** "Ejército de Liberación Nacional", "Ejército Gaitanista de Colombia", "Ejército del Pueblo": armed groups, not a state's army. */
    private static final Set<String> INSURGENT_ARMIES = Set.of("gaitanista", "revolucionario", "zapatista", "guerrillero", "bolivariano",
            "paraguayo");

    private static final Set<String> REVOLUTIONARY = Set.of("revolutionary", "revolucionarias", "revolucionaria", "revolucionarios",
            "revolucionario", "rebel", "rebelde", "rebeldes", "insurgent", "insurgente", "insurgentes");

    private static boolean insurgent(List<String> keys, int at) {
        if (at >= keys.size()) {
            return false;
        }
        if ((keys.get(at).equals("de") || keys.get(at).equals("del")) && at + 1 < keys.size()) {
            return keys.get(at + 1).equals("liberacion") || keys.get(at + 1).equals("pueblo");
        }
        return INSURGENT_ARMIES.contains(keys.get(at));
    }

    static boolean isAuthority(String name) {
        List<String> keys = Names.keys(name);
        if (keys.stream().anyMatch(REVOLUTIONARY::contains)) {
            return false; // "Fuerzas Armadas Revolucionarias de Colombia", "Revolutionary Forces of the G9": armed groups
        }
        for (int i = 0; i < keys.size(); i++) {
            // "Estado Mayor Central", the FARC dissidents: a general staff is no state ("Estado Mayor Conjunto de las
            // Fuerzas Militares" is an authority by its other words)
            if (AUTHORITY_WORDS.contains(keys.get(i)) && !(keys.get(i).equals("estado") && i + 1 < keys.size() && keys.get(i + 1).equals("mayor"))
                    && !(keys.get(i).equals("ejercito") && insurgent(keys, i + 1))) {
                return true;
            }
        }
        return false;
    }
}
