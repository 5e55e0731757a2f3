package org.corridor.extract.pipeline;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;

/**
 * Names of criminal groups by the shapes news gives them, which general NER models often cut
 * short: "the Sinaloa cartel", "Cártel de Jalisco Nueva Generación", "Clan del Golfo", "Tren de
 * Aragua", "Los Choneros", "La Nueva Familia Michoacana", "MS-13", "Barrio 18".
 */
public final class GroupNameStage implements Stage {
    private static final String CAP = "[\\p{Lu}][\\p{L}'’\\-]+";
    /** A capitalised word, stopping before a possessive's apostrophe. */
    private static final String CAP_WORD = "[\\p{Lu}][\\p{L}\\-]++";
    private static final String TAIL = "(?:[ \\t]+(?:" + CAP + "|de|del|de los|de las))*[ \\t]+" + CAP;
    static final Pattern[] PATTERNS = {
        // "Bonde do Norte gang": Portuguese and Spanish names hold a small word between their capitalised ones
        Pattern.compile("(?U)\\b(" + CAP + "(?:[ \\t]+(?:(?:do|da|dos|das|de|del)[ \\t]+)?" + CAP + "){0,2})[ \\t]+(?:[Cc]artel|[Gg]ang|Clan|[Ss]yndicate|(?:outlaw[ \\t]+)?motorcycle[ \\t]+(?:club|gang))\\b"),
        Pattern.compile("(?U)\\b[Cc][aá]rtel[ \\t]+(?:de|del|de los|de las|of the)[ \\t]+" + CAP + "(?:" + TAIL + ")?"),
        Pattern.compile("(?U)\\b(?:Clan del|Clan de|Tren de|Tren del|Cartel of the)[ \\t]+" + CAP),
        Pattern.compile("(?U)\\b(?:La|Los|Las)[ \\t]+(?:Nueva[ \\t]+)?(?:" + CAP + ")(?:[ \\t]+" + CAP + ")?"),
        Pattern.compile("(?U)\\b[Cc][aá]rteles[ \\t]+" + CAP),
        Pattern.compile("(?U)\\b(?:MS-13|Mara Salvatrucha(?:\\s*13)?|Barrio 18|Calle 18)\\b"),
        // "el clan de los Lanas": a family's clan, in lower case
        Pattern.compile("(?U)\\bclan[ \\t]+de[ \\t]+(?:los|las)[ \\t]+" + CAP),
        // an agency whose name holds commas, which the tagger cuts at the first
        Pattern.compile("(?U)\\bBureau of Alcohol, Tobacco, Firearms,? and Explosives\\b"),
        // an office named for its field after "en", "contra" or "para", which the tagger cuts there:
        // "Fiscalía Especializada en Tráfico Ilícito de Drogas", "Unidad Especializada contra la Delincuencia Organizada"
        Pattern.compile("(?U)\\b(?:Fiscalía|Dirección|Unidad|Brigada|Oficina|Secretaría|Superintendencia|Procuraduría|División|Comisión"
                + "|Agencia|Servicio|Departamento)(?:[ \\t]+" + CAP + "){0,3}[ \\t]+(?:en|contra|para)[ \\t]+(?:(?:la|el|los|las)[ \\t]+)?"
                + CAP + "(?:[ \\t]+(?:(?:de|del|y|e|la|las|los)[ \\t]+)*" + CAP + "){0,5}"),
        // a body named for what it works against, with small words among its capitalised ones, which the tagger cuts before
        // "contra": "Centro de Análisis y Operaciones Marítimas contra el Narcotráfico"
        Pattern.compile("(?U)\\b(?:Centro|Oficina|Unidad|Dirección|Comisión|Agencia|Servicio|Departamento)(?:[ \\t]+(?:(?:de|del|y|e)[ \\t]+)?"
                + CAP + "){1,4}[ \\t]+contra[ \\t]+(?:el|la|los|las)[ \\t]+" + CAP + "(?:[ \\t]+(?:(?:de|del|y|e)[ \\t]+)?" + CAP + "){0,3}"),
        // an office named in English for the work it does, which the tagger may miss whole: "the Directorate for Investigating
        // Organized Crime and Terrorism", "the Directorate for Combating Organized Crime's anti-drug department" (no possessive)
        // ("Office for the District of Columbia" is left to the tagger, which takes the US attorney's before it)
        Pattern.compile("(?U)\\b(?:Directorate|Department|Bureau|Agency|Service|Commission|Authority|Centre|Center)[ \\t]+for"
                + "[ \\t]+(?:the[ \\t]+)?" + CAP_WORD + "(?:[ \\t]+(?:(?:and|of|on|against)[ \\t]+)?" + CAP_WORD + "){1,5}"),
        // a prosecutor's office named for the crime it fights, which the tagger misses: "the Prosecutor's Office for Combating
        // Organized Crime and Special Causes" (Moldova's PCCOCS)
        Pattern.compile("(?U)\\b(?:Prosecutor['’]s[ \\t]+|Prosecutors['’][ \\t]+)?Office[ \\t]+for[ \\t]+(?:Combating|Combatting|Fighting|Countering)"
                + "(?:[ \\t]+of)?(?:[ \\t]+(?:(?:and|of|on|against)[ \\t]+)?" + CAP_WORD + "){1,6}"),
        // an anti-drug body whose hyphened first word the tagger does not take for a name: "the Anti-drug Department"
        // "the Anti-Smuggling Forces in Kassala State"
        // (not inside a longer name: "the Customs Anti-Narcotics Unit" is the tagger's)
        Pattern.compile("(?U)(?<![\\p{L}\\p{N}-])(?<!\\p{Lu}[\\p{L}'’.]{3,20}[ \\t])Anti-(?:[Dd]rugs?|[Nn]arcotics?|[Ss]muggling)[ \\t]+(?:Department|Directorate|Unit|Squad|Office"
                + "|Division|Service|Agency|Bureau|Brigade|Section|Forces?)\\b"),
        // a French-named unit in an English report, which the tagger misses: "through its Brigade de Recherche", "the Office
        // Central des Stupéfiants" is the tagger's; "la Brigade des Stupéfiants"
        Pattern.compile("(?U)\\b(?:Brigade|Section|Direction|Service)[ \\t]+(?:de|des|du)[ \\t]+(?:la[ \\t]+)?" + CAP_WORD
                + "(?:[ \\t]+(?:(?:de|des|du|et)[ \\t]+)?" + CAP_WORD + "){0,3}"),
        // an armed group's numbered unit, which the tagger leaves out: "el Frente 33 de las disidencias", "Bloque 57", "Estructura 33"
        Pattern.compile("(?U)\\b(?:Frente|Bloque|Estructura|Columna Móvil)[ \\t]+\\d{1,3}(?![\\p{L}\\p{N}])"),
        // a US district court by its full name, which the tagger cuts at "de Estados Unidos" or "para":
        // "la Corte Distrital de Estados Unidos para el Distrito Este de Texas", "U.S. District Court for the Eastern District of Texas"
        Pattern.compile("(?U)\\b(?:(?:Corte|Tribunal)(?:[ \\t]+(?:Distrital|Federal))?(?:[ \\t]+de(?:[ \\t]+los)?[ \\t]+Estados[ \\t]+Unidos)?"
                + "[ \\t]+(?:para[ \\t]+el|del)[ \\t]+Distrito[ \\t]+(?:Este|Oeste|Norte|Sur|Central|Medio)[ \\t]+de|U\\.S\\.[ \\t]+District"
                + "[ \\t]+Court[ \\t]+for[ \\t]+the[ \\t]+(?:Eastern|Western|Northern|Southern|Middle|Central)[ \\t]+District[ \\t]+of)"
                + "[ \\t]+" + CAP + "(?:[ \\t]+" + CAP + ")?"),
        // a coast guard's or navy's district by its full name, which the tagger cuts to the force's: "el Distrito Sureste de la
        // Guardia Costera", "la Zona Naval Norte de la Armada"
        Pattern.compile("(?U)\\b(?:Distrito|Sector|Zona|Región)(?:[ \\t]+Naval)?[ \\t]+(?:Norte|Sur|Este|Oeste|Sureste|Suroeste|Noreste"
                + "|Noroeste|Central|Pacífico|Atlántico|Caribe|\\d{1,2})[ \\t]+de[ \\t]+la[ \\t]+(?:Guardia[ \\t]+Costera|Armada|Marina"
                + "|Fuerza[ \\t]+Naval)\\b"),
        // a police unit named by its field, which the tagger may miss: "the Police Drug Enforcement Taskforce"
        Pattern.compile("(?U)\\bPolice(?:[ \\t]+" + CAP + "){1,3}[ \\t]+(?:Taskforce|Task[ \\t]+Force|Squad|Unit)\\b"),
        // a body named for two fields joined by "and", which the tagger cuts there: "the Police and Border Guard Board", "the Tax
        // and Customs Board"
        Pattern.compile("(?U)\\b(?:Police|Tax|Customs|Immigration|Border|Revenue|Excise)[ \\t]+and(?:[ \\t]+" + CAP_WORD + "){1,3}[ \\t]+"
                + "(?:Board|Service|Agency|Office|Authority|Department|Administration|Directorate|Enforcement|Force)\\b"),
        // a border force by its name after "the", which the tagger misses: "the Border Troops", "the State Border Service"
        Pattern.compile("(?U)(?<=\\b[Tt]he\\s)(?:State[ \\t]+)?Border[ \\t]+(?:Troops|Guard[ \\t]+Service|Service)\\b"),
        // a police force's regional command by its quarter, as Estonia's are named: "the West Prefecture"
        Pattern.compile("(?U)\\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)[ \\t]+Prefecture\\b"),
        // a battalion by its number and field: "el Primer Batallón de Tropas Navales"
        Pattern.compile("(?U)\\b(?:(?:Primer|Segundo|Tercer|Cuarto|Quinto|Sexto)[ \\t]+)?Batallón[ \\t]+de[ \\t]+(?>" + CAP + "(?:[ \\t]+" + CAP + "){0,2})"
                + "(?![ \\t]+(?:N\\.|No\\.|Nº|\\d))")
    };
    /** The words each pattern's matches begin with (null: any capitalised word); see {@link Cues#findAt}. */
    private static final String[][] STARTS = {
        null,
        {"Cartel", "cartel", "Cártel", "cártel"},
        {"Clan de", "Tren de", "Cartel of the"},
        {"La", "Los", "Las"},
        {"Carteles", "carteles", "Cárteles", "cárteles"},
        {"MS-13", "Mara Salvatrucha", "Barrio 18", "Calle 18"},
        {"clan"},
        {"Bureau of Alcohol"},
        {"Fiscalía", "Dirección", "Unidad", "Brigada", "Oficina", "Secretaría", "Superintendencia", "Procuraduría", "División", "Comisión",
            "Agencia", "Servicio", "Departamento"},
        {"Centro", "Oficina", "Unidad", "Dirección", "Comisión", "Agencia", "Servicio", "Departamento"},
        {"Directorate", "Department", "Bureau", "Agency", "Service", "Commission", "Authority", "Centre", "Center"},
        {"Prosecutor's", "Prosecutor’s", "Prosecutors'", "Prosecutors’", "Office for"},
        {"Anti-"},
        {"Brigade", "Section", "Direction", "Service"},
        {"Frente", "Bloque", "Estructura", "Columna Móvil"},
        {"Corte", "Tribunal", "U.S. District Court"},
        {"Distrito", "Sector", "Zona", "Región"},
        {"Police"},
        {"Police and", "Tax and", "Customs and", "Immigration and", "Border and", "Revenue and", "Excise and"},
        {"Border", "State Border"},
        {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"},
        {"Primer", "Segundo", "Tercer", "Cuarto", "Quinto", "Sexto", "Batallón"}
    };
    private static final Set<String> NOT_A_GROUP_START = Set.of("mexican", "colombian", "venezuelan", "ecuadorian", "peruvian",
            "bolivian", "brazilian", "guatemalan", "honduran", "salvadoran", "dominican", "haitian", "chinese", "albanian", "italian",
            "balkan", "drug", "the", "a", "another", "rival", "powerful", "major", "largest", "biggest", "mexico's", "local",
            "international", "criminal", "transnational", "violent", "other", "each", "every", "this", "that", "both", "former", "super");
    private static final Set<String> LA_LOS_PLACES = Set.of("angeles", "alamos", "cabos", "mochis", "haitises", "roques", "paz",
            "habana", "guajira", "libertad", "ceiba", "romana", "antigua", "rioja", "plata", "guaira", "victoria", "vega", "union",
            "casa", "policia", "fiscalia", "marina", "armada", "defensa", "dea", "onu", "oea", "fuerza", "guardia", "secretaria",
            "procuraduria", "administracion", "agencia", "oficina", "direccion", "corte", "camara", "presidencia", "fgr", "sedena",
            "semar", "ue", "unidad", "comision", "justicia", "hacienda", "sinaloa", "jalisco", "michoacan", "tamaulipas", "sonora",
            "chihuahua", "guerrero", "zacatecas", "estados", "unidos", "emiratos", "americas", "americans", "vegas", "lobos marinos");

    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

    @Override
    public String name() {
        return "group-names";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        for (int p = 0; p < PATTERNS.length; p++) {
            for (MatchResult m : find(p, text)) {
                int start = m.start();
                int matchEnd = quotedEnd(text, m);
                String[] words = BLANKS.split(text.substring(m.start(), matchEnd));
                int skip = 0;
                while (skip < words.length - 2 && NOT_A_GROUP_START.contains(org.corridor.extract.text.Names.fold(words[skip]))) {
                    start = text.indexOf(words[skip + 1], start + words[skip].length());
                    skip++;
                }
                words = java.util.Arrays.copyOfRange(words, skip, words.length);
                String first = org.corridor.extract.text.Names.fold(words[0]);
                if (NOT_A_GROUP_START.contains(first)) {
                    continue;
                }
                if ((first.equals("la") || first.equals("los") || first.equals("las"))
                        && (LA_LOS_PLACES.contains(org.corridor.extract.text.Names.fold(words[words.length - 1]))
                        || LA_LOS_PLACES.contains(org.corridor.extract.text.Names.fold(words[1]))
                        || agenciesOfSeveral(words)
                        || !looksLikeGroup(words) || PlaceNameStage.afterSettlementWord(text, start))) {
                    continue; // "en el barrio Las Palmas": a place the word before says is one
                }
                int end = p == 1 ? beforeAPersonsName(text, start, matchEnd) : matchEnd;
                if (p == 0 && text.startsWith("gang", end - 4) && words.length > 1) {
                    end = text.lastIndexOf(words[words.length - 2], end - 4) + words[words.length - 2].length(); // "the Comando Vermelho gang"
                }
                if (p == 0 && text.substring(start, end).contains("motorcycle")) {
                    end = m.end(1); // "the Comanchero outlaw motorcycle club": the club's name
                }
                work.candidates.add(new Mention(new Span(start, end), text.substring(start, end), EntityKind.ORGANIZATION,
                        "pattern", 0.8, null, null));
            }
        }
        quotedNames(work, text);
        broadcasters(work, text);
        customsServices(work, text);
        mediaByKind(work, text);
        possessedTaskforces(work, text);
        bracketedForceNames(work, text);
        ownersOfUnits(work, text);
        calledNames(work, text);
        namesAfterAGroupNoun(work, text);
        apposedGroupNames(work, text);
        listedGroups(work, text);
    }

    /** "Greece's police (Elas)", "the drug squad (Ykan)": a force written in lower case, then its own name in brackets. */
    private static final Pattern BRACKETED_FORCE_NAME = Pattern.compile("(?U)\\b(?:police|customs|coast[ \\t]?guard|army|navy|gendarmerie"
            + "|border[ \\t]+guards?|drug[ \\t]+squad)[ \\t]+\\((\\p{Lu}\\p{Ll}{2,})\\)");

    private static void bracketedForceNames(Work work, String text) {
        if (!text.contains(" (")) {
            return;
        }
        Matcher m = BRACKETED_FORCE_NAME.matcher(text);
        while (m.find()) {
            work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.ORGANIZATION, "pattern", 0.8, null,
                    null));
        }
    }

    /** "the RCIPS Air Operations Unit": a body's short form in capitals before one of its units, which the tagger leaves out. */
    private static final Pattern OWNER_OF_A_UNIT = Pattern.compile("(?U)(?<![\\p{L}\\p{N}.-])(\\p{Lu}{3,6})(?=[ \\t]+(?:\\p{Lu}[\\p{L}-]+[ \\t]+){1,3}"
            + "(?:Unit|Squad|Division|Branch|Section|Command)\\b)");

    private static void ownersOfUnits(Work work, String text) {
        if (!Cues.any(Cues.lower(text), "unit", "squad", "division", "branch", "section", "command")) {
            return;
        }
        Matcher m = OWNER_OF_A_UNIT.matcher(text);
        while (m.find()) {
            if (CountryNames.code(m.group(1)) == null) {
                work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.ORGANIZATION, "pattern", 0.8, null,
                        null));
            }
        }
    }

    /** A body's taskforce named after its owner's possessive: "the AFP's Criminal Assets Confiscation Taskforce". */
    private static final Pattern POSSESSED_TASKFORCE = Pattern.compile("(?U)['’]s[ \\t]+((?:" + CAP + "[ \\t]+){1,4}(?:Taskforce"
            + "|Task[ \\t]+Force))(?![\\p{L}\\p{N}-])");

    private static void possessedTaskforces(Work work, String text) {
        if (!Cues.any(Cues.lower(text), "taskforce", "task force")) {
            return;
        }
        Matcher m = POSSESSED_TASKFORCE.matcher(text);
        while (m.find()) {
            work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.ORGANIZATION, "pattern", 0.8, null,
                    null));
        }
    }

    private static final String[] GROUPS_NOUNS = {"bandas", "pandillas", "grupos", "organizaciones", "cárteles", "carteles", "facciones",
        "gangs", "groups", "cartels", "factions", "organizations"};
    private static final String ITEM = "(?:(?:Los|Las|La|El|The)[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'’-]+(?:[ \\t]+(?:(?:de|del|de la|de los|de las)[ \\t]+)?"
            + "\\p{Lu}[\\p{L}\\p{N}'’-]+){0,3}";
    private static final String ITEM_GLUE = "(?:[ \\t]*,[ \\t]*(?:(?:y|e|and)[ \\t]+)?|[ \\t]+(?:y|e|and)[ \\t]+)";
    /** "las bandas Los Lobos, Tiguerones, Chone Killers y Freddy Kruger": a plural group noun, then the groups' names. */
    private static final Pattern GROUP_LIST = Pattern.compile("(?U)\\b(?i:bandas|pandillas|grupos|organizaciones|c[aá]rteles|facciones"
            + "|gangs|groups|cartels|factions|organizations)[ \\t]+(?:(?i:criminales|delictivas|delictivos|criminal|armad[oa]s|rivales|rival)"
            + "[ \\t]+)?(?:(?i:como|such as|including)[ \\t]+)?(" + ITEM + "(?:" + ITEM_GLUE + ITEM + ")+)");
    private static final Pattern ITEM_SPLIT = Pattern.compile("(?U)" + ITEM_GLUE);

    /** Each name of a list of groups ({@link #GROUP_LIST}) is a group's, whatever the tagger made of it. */
    private static void listedGroups(Work work, String text) {
        if (!Cues.any(Cues.lower(text), GROUPS_NOUNS)) {
            return;
        }
        Matcher m = GROUP_LIST.matcher(text);
        while (m.find()) {
            int at = m.start(1);
            Matcher glue = ITEM_SPLIT.matcher(text).region(m.start(1), m.end(1));
            while (true) {
                boolean more = glue.find();
                int end = more ? glue.start() : m.end(1);
                work.candidates.add(new Mention(new Span(at, end), text.substring(at, end), EntityKind.ORGANIZATION, "pattern", 0.8, null,
                        null));
                if (!more) {
                    break;
                }
                at = glue.end();
            }
        }
    }

    private static final String[] GROUP_NOUNS = {"coalition", "alliance", "federation", "confederation", "coalición", "alianza",
        "federación", "confederación"};
    /**
     * A name the report says is a coalition of groups: "the Revolutionary Forces of the G9 Family and Allies, a coalition of
     * gangs", "el Frente X, una alianza de bandas".
     */
    private static final Pattern APPOSED_GROUP = Pattern.compile("(?U)(\\p{Lu}[\\p{L}\\p{N}'’-]*(?:[ \\t]+(?:(?:of the|of|and|de la|de los|de las|de|del|y|e)"
            + "[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'’-]*){1,7}),[ \\t]+(?:a|an|un|una)[ \\t]+(?:\\p{Ll}+[ \\t]+)?(?:coalition|alliance|federation"
            + "|confederation|coalición|alianza|federación|confederación)[ \\t]+(?:of|de)\\b");

    private static void apposedGroupNames(Work work, String text) {
        if (!Cues.any(Cues.lower(text), GROUP_NOUNS)) {
            return;
        }
        Matcher m = APPOSED_GROUP.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            String name = m.group(1);
            if (name.startsWith("The ")) {
                start += 4; // a sentence's first word
                name = name.substring(4);
            }
            work.candidates.add(new Mention(new Span(start, m.end(1)), name, EntityKind.ORGANIZATION, "pattern", 0.8, null, null));
        }
    }

    /**
     * A group the report names in quotes after saying what it is: "una facción llamada \"La Hermandad\"", "una
     * organización franquiciada conocida como \"Los Loyalty\"", "a cell known as \"The Wolves\"".
     */
    private static final Pattern QUOTED_NAME = Pattern.compile("(?U)(?i)\\b(?:facci[oó]n|organizaci[oó]n|banda|c[eé]lula|grupo|clan"
            + "|pandilla|estructura|faction|gang|group|cell|organi[sz]ation|network|red)\\b[^.;\"“«]{0,40}?\\b(?:conocid[oa]s?\\s+como"
            + "|llamad[oa]s?|denominad[oa]s?|autodenominad[oa]s?|known\\s+as|called|dubbed|named)\\s+[\"“«]((?-i:\\p{Lu})[^\"”»\\n]{1,40})[\"”»]");

    /** The same without quotes, capitalised words right after the verb: "an Asian cartel called Sam Gor", "un cártel llamado Los Tigres". */
    private static final Pattern CALLED_NAME = Pattern.compile("(?U)\\b(?i:cartel|cártel|syndicate|gang|sindicato|banda|pandilla)\\s+"
            // not "known as": "the leader of the Zetas cartel known as Z-40" is the leader's nickname
            + "(?i:called|named|dubbed|llamad[oa]|denominad[oa])\\s+((?:(?:Los|Las|La|El|The)\\s+)?"
            + "\\p{Lu}[\\p{L}'’-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}'’-]*\\p{L}){0,2})(?![\\p{N}-])");

    private static final Pattern PERSON_NOUN = Pattern.compile("(?U)(?i)\\b(?:boss|leader|chief|head|kingpin|founder|member|commander"
            + "|jefe|l[ií]der|cabecilla|capo|fundador|miembro|integrante|comandante)s?\\b");

    /** The quoted names of groups in the text ({@link #QUOTED_NAME}). */
    private static void quotedNames(Work work, String text) {
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('«') < 0) {
            return;
        }
        Matcher m = QUOTED_NAME.matcher(text);
        while (m.find()) {
            if (PERSON_NOUN.matcher(text).region(m.start(), m.start(1)).find()) {
                continue; // "the Haitian gang boss known as \"Barbecue\"": a person's nickname
            }
            work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.ORGANIZATION, "pattern", 0.8, null,
                    null));
        }
    }

    /** "according to FOX 2 Detroit", "NBC 5 reported": a station by its network and channel, which the tagger splits or takes for a person. */
    private static void broadcasters(Work work, String text) {
        Matcher m = BROADCASTER.matcher(text);
        while (m.find()) {
            work.candidates.add(new Mention(new Span(m.start(), m.end()), m.group(), EntityKind.ORGANIZATION, "pattern", 0.8, null, null));
        }
    }

    /**
     * A country's or a city's customs service, which the tagger may miss: "According to Japan Customs", "Tokyo Customs" (not
     * part of a longer name: "Burgas Customs Office", "the Free Customs Zone", "US Customs and Border Protection").
     */
    private static final Pattern CUSTOMS_SERVICE = Pattern.compile("(?U)\\b" + CAP_WORD + "[ \\t]+Customs\\b(?![ \\t]+(?:and|&|of)\\b|[ \\t]+\\p{Lu})");

    private static void customsServices(Work work, String text) {
        if (!text.contains(" Customs")) {
            return;
        }
        Matcher m = CUSTOMS_SERVICE.matcher(text);
        while (m.find()) {
            if (!NOT_A_GROUP_START.contains(org.corridor.extract.text.Names.fold(BLANKS.split(m.group())[0]))) {
                int start = countryOfTwoWords(text, m.start());
                work.candidates.add(new Mention(new Span(start, m.end()), text.substring(start, m.end()), EntityKind.ORGANIZATION, "pattern",
                        0.8, null, null));
            }
        }
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(?U)(\\p{Lu}\\p{L}+)[ \\t]+$");

    private static final Pattern AREA_WORD = Pattern.compile("Regional|Provincial|Metropolitan|Municipal|District|Main|Central");

    /**
     * Where a customs service's name starts: at the word before when the two name a country ("Hong Kong Customs", "New Zealand
     * Customs") or the name's first word says which office of a place it is ("Seoul Regional Customs").
     */
    private static int countryOfTwoWords(String text, int start) {
        Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, start - 30), start);
        if (before.find()) {
            String second = text.substring(start).split("[ \\t]+", 2)[0];
            if (CountryNames.code(before.group(1) + " " + second) != null) {
                return before.start(1);
            }
            if (AREA_WORD.matcher(second).matches()) {
                return before.start(1); // "the Seoul Regional Customs": the city's regional office, named after it
            }
        }
        return start;
    }

    private static final Pattern BROADCASTER = Pattern.compile("(?U)\\b(?:FOX|NBC|CBS|ABC|CW|PIX|Telemundo|Univision|Channel)\\s\\d{1,2}"
            + "(?:\\s(?:News|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)(?=\\s+\\p{Ll}|[,.;)]))?(?!\\p{L}|\\d)");

    private static final String[] MEDIA_KINDS = {"newspaper", "newssheet", "news site", "news website", "magazine", "broadcaster",
        "radio station", "tv station", "television station", "news channel", "tv channel", "television channel", "news agency", "diario",
        "periódico", "semanario", "revista", "emisora", "agencia"};
    /**
     * "the independent newssheet Carta de Mocambique", "el diario El Tiempo", "the news channel TVP Info", "la agencia Xinhua": a
     * kind of medium in lower case (in capitals it opens a name, "Diario Libre"), then its name.
     */
    private static final Pattern MEDIUM_NAMED = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?:newspapers?|newssheets?|news\\s+(?:web)?sites?|magazines?"
            + "|broadcasters?|radio\\s+stations?|(?:tv|TV)\\s+stations?|television\\s+stations?"
            // "the state news channel TVP Info", "the news agency Bernama"
            + "|(?:news|tv|TV|television)\\s+channels?|news\\s+agency|diarios?|peri[oó]dicos?|semanarios?|revistas?"
            // "según la agencia Xinhua", "la agencia de noticias EFE"
            + "|emisoras?|agencias?(?:[ \\t]+de[ \\t]+noticias)?)[ \\t]+((?:(?:El|La|Los|Las|The|O|A)[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'’-]+(?:[ \\t]+(?:(?:de|do|da|del|de la|of|the)[ \\t]+)?"
            + "\\p{Lu}[\\p{L}\\p{N}'’-]+){0,3})");

    /** A medium the report names by its kind is an organisation, however the tagger read its name (often not at all). */
    private static void mediaByKind(Work work, String text) {
        if (!Cues.any(Cues.lower(text), MEDIA_KINDS)) {
            return;
        }
        Matcher m = MEDIUM_NAMED.matcher(text);
        while (m.find()) {
            work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.ORGANIZATION, "pattern", 0.8, null,
                    null));
        }
    }

    private static void calledNames(Work work, String text) {
        String lower = Cues.lower(text);
        if (!Cues.any(lower, "called", "named", "dubbed", "llamad", "denominad")) {
            return;
        }
        for (java.util.regex.MatchResult m : Cues.findAt(CALLED_NAME, text, Cues.wordStartsAt(lower, CALLED_HEADS))) {
            work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.ORGANIZATION, "pattern", 0.8, null,
                    null));
        }
    }

    private static final String[] CALLED_HEADS = {"cartel", "cártel", "syndicate", "gang", "sindicato", "banda", "pandilla"};

    /**
     * "la célula Los Cromo", "la banda delictiva Los Choneros": a group noun, then a name opening with a Spanish article, is the
     * group's name, however the tagger reads it (a place, for "Los Cromo").
     */
    private static final Pattern AFTER_A_GROUP_NOUN = Pattern.compile("(?U)\\b(?i:c[eé]lula|banda|pandilla|facci[oó]n|clan)"
            + "(?:[ \\t]+(?i:delictiva|criminal|delincuencial|armada))?[ \\t]+((?:Los|Las|La|El)[ \\t]+\\p{Lu}[\\p{L}'’-]*\\p{L}"
            + "(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*\\p{L}){0,2})(?![\\p{L}\\p{N}-])");

    private static void namesAfterAGroupNoun(Work work, String text) {
        String lower = Cues.lower(text);
        if (!Cues.any(lower, "célula", "celula", "banda", "pandilla", "facci", "clan")) {
            return;
        }
        Matcher m = AFTER_A_GROUP_NOUN.matcher(text);
        while (m.find()) {
            work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.ORGANIZATION, "pattern", 0.8, null,
                    null));
        }
    }

    private static final Pattern NAME_GOES_ON = Pattern.compile("(?U)^[ \\t]+[\"“'‘«]?\\p{Lu}");

    /**
     * Where "cártel de Sinaloa Joaquín Guzmán Loera" stops being the group's name: before a given
     * name (not the first word after "de") that a capitalised word or a quoted nickname follows.
     */
    private static int beforeAPersonsName(String text, int start, int end) {
        org.corridor.extract.text.Lexicon lexicon = org.corridor.extract.text.Lexicon.standard();
        Matcher word = WORD.matcher(text).region(start, end);
        int capitals = 0;
        while (word.find()) {
            if (!Character.isUpperCase(word.group().charAt(0)) || word.start() == start) {
                continue;
            }
            capitals++;
            if (capitals > 1 && lexicon.givenName(org.corridor.extract.text.Names.fold(word.group()))
                    && NAME_GOES_ON.matcher(text).region(word.end(), Math.min(text.length(), word.end() + 4)).lookingAt()) {
                int cut = word.start();
                while (cut > start && (text.charAt(cut - 1) == ' ' || text.charAt(cut - 1) == '\t')) {
                    cut--;
                }
                return cut;
            }
        }
        return end;
    }

    private static final Pattern WORD = Pattern.compile("(?U)[\\p{L}'’\\-]+");

    /** The matches of pattern {@code p} in the text, as a plain scan would find them, trying it only where a match can start. */
    static List<MatchResult> find(int p, String text) {
        if (STARTS[p] != null) {
            return Cues.findAt(PATTERNS[p], text, Cues.wordStartsAt(text, STARTS[p]));
        }
        // "Sinaloa Cartel", "Bonde do Norte gang": up to three capitalised words, small words between them, before the group word
        BitSet words = wordsBeforeGroupWords(text);
        for (int i = words.nextSetBit(0); i >= 0; i = words.nextSetBit(i + 1)) {
            if (!Cues.wordStartsCapitalised(text, i)) {
                words.clear(i);
            }
        }
        return Cues.findAt(PATTERNS[p], text, words);
    }

    /**
     * Every position in the five runs of name characters (letters, apostrophes, hyphens) before
     * each "cartel", "gang" or "clan", when only spaces and tabs separate them: where a match of the
     * first pattern can start.
     */
    private static BitSet wordsBeforeGroupWords(String text) {
        String lower = Cues.lower(text);
        BitSet at = new BitSet(text.length());
        for (String groupWord : new String[] {"cartel", "gang", "clan", "motorcycle"}) {
            for (int g = lower.indexOf(groupWord); g >= 0; g = lower.indexOf(groupWord, g + 1)) {
                int end = g;
                for (int word = 0; word < (groupWord.equals("motorcycle") ? 6 : 5); word++) {
                    int gap = end;
                    while (gap > 0 && (text.charAt(gap - 1) == ' ' || text.charAt(gap - 1) == '\t')) {
                        gap--;
                    }
                    int start = gap;
                    while (start > 0 && isNameChar(text.charAt(start - 1))) {
                        start--;
                    }
                    if (gap == end || start == gap) {
                        break;
                    }
                    at.set(start, gap);
                    end = start;
                }
            }
        }
        return at;
    }

    /** "la banda 'Los Falsetes', que ...": a name opened by a quote ends before the closing one, which its last word took in. */
    private static int quotedEnd(String text, MatchResult m) {
        int end = m.end();
        if (m.start() > 0 && "'‘\"“".indexOf(text.charAt(m.start() - 1)) >= 0) {
            while (end > m.start() + 1 && "'’".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        return end;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || c == '\'' || c == '’' || c == '-';
    }

    /** "Las Armadas de Colombia y de Estados Unidos": the navies of two countries, not a group called "Las Armadas". */
    private static boolean agenciesOfSeveral(String[] words) {
        String second = org.corridor.extract.text.Names.fold(words[1]);
        return second.endsWith("s") && LA_LOS_PLACES.contains(second.substring(0, second.length() - 1));
    }

    /** "Los Choneros", "Los Zetas", "La Línea", "La Nueva Familia Michoacana": plural nouns or a known family shape. */
    private static boolean looksLikeGroup(String[] words) {
        String second = org.corridor.extract.text.Names.fold(words[1]);
        if (second.equals("nueva") || second.equals("familia") || second.equals("linea") || second.equals("empresa")) {
            return true;
        }
        return words.length == 2 && second.endsWith("s") && !words[0].equals("La");
    }
}
