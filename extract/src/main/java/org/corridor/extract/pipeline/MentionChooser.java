package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;
import org.corridor.extract.text.Span;

/**
 * Settles overlapping candidates: a name from the workspace gazetteer beats an acronym, a
 * group-name pattern or a country, which beat the tagger's guess, unless the tagger's name is
 * longer and holds the other ("U.S. Southern Command" over "U.S."). Drops what is not a name:
 * miscellaneous tags, words in lower case, "US" in "US$", and "Estado" in "secretario de Estado".
 */
public final class MentionChooser implements Stage {
    /** A branch of the armed forces by its common name, "Navy", "US Navy", "Air Force". */
    private static final Pattern ARMED_SERVICE = Pattern.compile("(?U)(?:(?:U\\.S\\.|US|American|Royal)\\s+)?(?:Navy|Army|Air\\s+Force"
            + "|Marine\\s+Corps)");
    /**
     * The people a service's name qualifies when it is used as an adjective: "Navy admiral", "Army special forces" (its ships are
     * left alone: the corpus counts the body in "taken aboard a Navy ship").
     */
    private static final Pattern SERVICES_THING_AFTER = Pattern.compile("(?U)^\\s+(?:admirals?|generals?|officers?|pilots?|sailors?"
            + "|seals|personnel|veterans?|special\\s+forces)\\b");
    private static final Pattern EQUIPMENT_BEFORE = Pattern.compile("(?U)(?i)\\b(?:rifles?|fusil(?:es)?|guns?|pistol(?:s|as?)?|"
            + "helicopters?|helicópteros?|aircraft|aviones?|avión|planes?|drones?|trucks?|camionetas?|vehículos?|vehicles?|"
            + "missiles?|misiles?|armas?)\\s+$");
    /** A ship's name after its prefix: "USS Minneapolis-Saint Paul", "USCGC Hamilton", "HNLMS Friesland", "MV Bushehr Amin Darya". */
    private static final Pattern SHIP = Pattern.compile("(?U)\\b(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HNLMS|ARC|BAP|ARM|BAE|MSC|[Cc]utter"
            // "the MV Bushehr Amin Darya": a merchant ship or a fishing vessel, by its prefix
            + "|MV|M/V|FV"
            // "el guardacostas Munro", "al guardacostas Joseph Napier": a cutter, by its Spanish name
            + "|(?<=\\b(?:el|al|del)\\s)guardacostas)\\s+(\\p{Lu}[\\p{L}.'’]*"
            + "(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,3})|\\b[Cc]utters\\s+\\p{Lu}[\\p{L}'’]*(?:\\s+and\\s+\\p{Lu}[\\p{L}'’]*)?");

    private static List<org.corridor.extract.text.Span> shipNames(String text) {
        List<org.corridor.extract.text.Span> found = new ArrayList<>();
        if (text.indexOf("US") < 0 && text.indexOf("HM") < 0 && text.indexOf("AR") < 0 && text.indexOf("BA") < 0
                && text.indexOf("utter") < 0 && text.indexOf("MSC") < 0 && text.indexOf("guardacostas") < 0 && text.indexOf("MV") < 0
                && text.indexOf("M/V") < 0 && text.indexOf("FV") < 0) {
            return found;
        }
        Matcher m = SHIP.matcher(text);
        while (m.find()) {
            found.add(new org.corridor.extract.text.Span(m.start(), m.end()));
        }
        return found;
    }

    /** A mention inside a ship's name, or written as the name (without its prefix) of a ship the text names. */
    private static boolean namesAShip(Mention m, List<org.corridor.extract.text.Span> ships, String text) {
        for (org.corridor.extract.text.Span ship : ships) {
            if (ship.overlaps(m.span())) {
                return true;
            }
            String name = ship.of(text).replaceFirst("^\\S+\\s+", "");
            if (name.equals(m.text()) || name.endsWith(" " + m.text())) {
                return true; // "Hamilton" after "the cutter USCGC Hamilton"
            }
        }
        return false;
    }

    private static final Pattern SHIP_IN_NAME = Pattern.compile("(?U)^(\\p{Lu}.*?)\\s+(?:Cutter|Patrol Boat|Patrol Vessel)\\s+\\p{Lu}.*$");
    /** A ship's prefix or kind: "el portaaviones USS Gerald R. Ford", "the destroyer USS Sampson". */
    private static final Pattern VESSEL_BEFORE = Pattern.compile("(?U)(?:\\b(?:USS|USNS|USCGC|HMS|ARC|BAP)|(?i:\\b(?:portaaviones|aircraft carrier|"
            + "carrier|destroyer|destructor|warship|buque de guerra|fragata|frigate|cruiser|crucero|submarine|submarino"
            // "del buque 'Santos Express'": a ship named in quotes
            + "|buque|barco|nave|vessel|ship|tanker|petrolero|carguero|freighter)))\\s+['‘\"“«]?$");
    private static final java.util.Set<String> NOT_A_PORTFOLIO = java.util.Set.of("pentagono", "pentagon");
    /** "el entonces secretario del Congreso Nacional": an assembly's or a party's secretary is its officer, not a portfolio. */
    private static final Pattern ASSEMBLY = Pattern.compile("(?U)(?i)(?:Congreso|Senado|Asamblea|Parlamento|Partido|Comité|Congress|Senate"
            + "|Assembly|Parliament|Party|Committee)\\b");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?U)(?i)(?:secretari[oa]|ministr[oa]|secretary|minister)"
            + "\\s+(?:de|of|del|de la|for)\\s+$");
    private static final java.util.Set<String> CAPITALS = java.util.Set.of("washington", "caracas", "bogota", "quito", "lima", "ottawa",
            "beijing", "moscow", "moscu", "havana", "la habana", "managua", "tegucigalpa", "london", "londres", "brussels", "bruselas",
            "madrid", "paris", "ciudad de mexico", "mexico city", "kyiv", "tehran", "teheran", "pekin", "la paz", "brasilia", "santiago",
            "buenos aires", "panama", "port of spain", "kingston", "santo domingo", "san salvador", "guatemala");
    private static final Pattern DATELINE = Pattern.compile("(?U)^[\\p{Lu} .,'’-]*\\s*[—–-]");
    /** "BATUMI, Georgia. Agentes del ...": a date line's city and country, closed by a full stop. */
    private static final Pattern DATELINE_STOP = Pattern.compile("(?U)^,\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}\\.\\s");

    private static final Pattern JUDICIAL_DISTRICT = Pattern.compile("(?U)(?:(?:the\\s+)?(?:Southern|Northern|Eastern|Western|Middle|Central)\\s+)"
            + "District\\s+of\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?");

    /** A name with a spokesperson's word after its first: "Central Police Spokesperson", "Provincial Police Spokesperson Ram". */
    private static final Pattern SPOKESPERSON_LAST = Pattern.compile("(?U)(?i)\\s(?:spokesperson|spokesman|spokeswoman|vocero|vocera|portavoz)(?:\\s|$)");

    /** Words taggers call organisations when they head a title ("Defense Secretary", "secretario de Seguridad"). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("defense", "defence", "homeland", "security", "justice",
            "war", "interior", "estado", "gobierno", "defensa", "seguridad", "justicia", "guerra", "hacienda", "gobernacion",
            "state", "foreign", "exteriores", "government", "administration", "presidencia", "ministerio", "ministry", "department",
            "departamento", "alias");

    private static final Pattern TOLD_BEFORE = Pattern.compile("\\btold\\s+$");
    private static final Pattern HYPHENED_REST = Pattern.compile("(?U)-\\p{Lu}[\\p{L}]+\\b(?!-)");
    private static final Pattern CUSTOMS_CHANNEL = Pattern.compile("(?:Green|Red|Blue) Channel");

    private static final java.util.Set<String> DRUGS = java.util.Set.of("mdma", "ghb", "lsd", "pcp", "fentanyl", "fentanilo", "captagon",
            "ketamine", "ketamina", "xylazine", "xilacina", "tusi", "oxycodone", "oxycontin", "percocet", "carfentanil", "nitazene",
            "nitazenos", "heroin", "heroina", "cocaine", "cocaina", "methamphetamine", "metanfetamina", "ecstasy", "extasis",
            // alpha-PVP ("flakka"), the synthetic cathinone sold in Eastern Europe, and mephedrone
            "pvp", "alpha-pvp", "a-pvp", "mephedrone", "mefedron", "mdpv");

    @Override
    public String name() {
        return "choose";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        List<Mention> usable = new ArrayList<>();
        Set<Integer> placeStarts = new HashSet<>();
        Set<Integer> placeEnds = new HashSet<>();
        for (Mention c : work.candidates) {
            if (c.kind() == EntityKind.PLACE || c.kind() == EntityKind.COUNTRY) {
                placeStarts.add(c.start());
                placeEnds.add(c.end());
            }
        }
        Set<Integer> townAndProvince = townAndProvince(text, work.candidates);
        org.corridor.extract.text.Span headline = work.headline();
        boolean titleCase = titleCase(headline, text);
        List<org.corridor.extract.text.Span> ships = shipNames(text);
        boolean spanish = work.document.language() == org.corridor.extract.text.Language.ES;
        Set<String> namedPlaces = new HashSet<>();
        Set<String> animals = animalNames(text);
        UnitsOfBodies unitsOfBodies = unitsOfBodies(text, work.candidates, spanish);
        String site = siteOfThePage(work);
        for (Mention raw : splitPossessives(text, work.candidates)) {
            Mention m = metonymOrDateline(text, raw);
            if (m.kind() == EntityKind.PERSON && UNIT_NAMED_AFTER.matcher(text).region(Math.max(0, m.start() - 90), m.start()).find()) {
                continue; // 'el Primer Batallón de Tropas Navales "Comandante Richard Lugo Kautz"': the unit's name, no person of the report
            }
            if (m.kind() == EntityKind.PERSON && m.text().equals(site)) {
                continue; // "AllAfrica publishes around 400 reports a day": the site the page's bar names, never a person
            }
            if (m.kind() == EntityKind.MISC && m.origin().equals("ner") && PUBLIC_BODY_NAME.matcher(m.text()).matches()) {
                m = m.withKind(EntityKind.ORGANIZATION, null); // "la Aduana General de la República", which the tagger took for a title
            }
            if (m.kind() == EntityKind.MISC) {
                continue;
            }
            if (!m.origin().equals("pattern") && !Names.capitalised(m.text())
                    && !(m.origin().equals("gazetteer") && (Names.keys(m.text()).get(0).equals("cartel")
                            || m.start() > 0 && "'’".indexOf(text.charAt(m.start() - 1)) >= 0
                            || Names.capitalised(LOWER_GROUP_NOUN_END.matcher(m.text()).replaceFirst(""))))) {
                continue; // but "el cártel de Sinaloa", a listed group's name after its lower-case head word
            }
            if (m.end() < text.length() && text.charAt(m.end()) == '$') {
                continue;
            }
            if (m.kind() == EntityKind.COUNTRY && CURRENCY_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 10)).lookingAt()) {
                continue; // "worth 133,000 US dollars": a currency, as "US$" is, not the country
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && !NOT_A_PORTFOLIO.contains(Names.fold(m.text()))
                    && !ASSEMBLY.matcher(m.text()).lookingAt() && TITLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // "the Secretary of Defense": a portfolio; but "el secretario del Pentágono" heads a body
            }
            if (m.origin().equals("ner") && NOT_NAMES.contains(Names.fold(m.text()))) {
                continue;
            }
            if (m.origin().equals("ner") && (m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.PERSON)
                    && (CountryNames.demonymPhrase(m.text()) || CUSTOMS_CHANNEL.matcher(m.text()).matches())) {
                continue; // "a 34-year-old Sierra Leonean", "the Green Channel": a people's word and an airport's customs lane, no body
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && SPOKESPERSON_LAST.matcher(m.text()).find()) {
                continue; // "Central Police Spokesperson Bhim Prasad Dhakal": a post, the tagger taking its words for a body
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && JUDICIAL_DISTRICT.matcher(m.text()).matches()) {
                continue; // "the United States Attorney for the Southern District of Florida": a court's territory, not a body
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION
                    && HEAD_OF_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()
                    && OF_A_BODY_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24)).lookingAt()) {
                continue; // "director de Comunicaciones Estratégicas de la Secretaría de Seguridad": the field of a post in the body after
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && m.text().indexOf(' ') < 0
                    && AGED_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start()).find()) {
                continue; // "a 21-year-old Marine": a person, by what he served in
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && m.text().indexOf(' ') < 0
                    && (MAKE_BEFORE.matcher(text).region(Math.max(0, m.start() - 4), m.start()).find()
                    && CRAFT_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt()
                    || ENGINES_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start()).find())) {
                continue; // "a Cessna aircraft", "a single-engine Cessna": the maker's name for a craft, no party to the report
            }
            if (m.kind() == EntityKind.PERSON && A_SEA_BEFORE.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()) {
                continue; // "a orillas del mar Negro": a sea's name, no person (nor the listed trafficker called "Negro")
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PLACE
                    && A_COMPANY_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60)).lookingAt()) {
                m = m.withKind(EntityKind.ORGANIZATION, null); // "Bama, a large Norwegian wholesaler of fruit": a company, described
            }
            if (m.origin().equals("ner") && m.kind() != EntityKind.ORGANIZATION && m.text().indexOf(' ') < 0
                    && TOLD_BEFORE.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()) {
                Matcher rest = HYPHENED_REST.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20));
                if (rest.lookingAt()) {
                    // "told Asia-Plus in an interview": a news outlet whose hyphened name the tagger cut to a place's
                    Span whole = new Span(m.start(), rest.end());
                    m = new Mention(whole, whole.of(text), EntityKind.ORGANIZATION, m.origin(), m.confidence(), null, null);
                }
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON
                    && WHAT_PEOPLE_CALL_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()) {
                continue; // "cannabis, which people there call Hashiis": a word for a thing, no person
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && placeTakenForAPerson(text, m)) {
                m = m.withKind(EntityKind.PLACE, null);
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION) {
                Matcher post = AREAS_POST.matcher(m.text());
                if (post.matches()) {
                    // "the Wali of Red Sea State, Lt. Gen. ...": a post over an area, not a body; the area is a place
                    Span area = new Span(m.start() + post.start(1), m.end());
                    m = new Mention(area, area.of(text), EntityKind.PLACE, m.origin(), m.confidence(), null, null);
                } else if (AREA_WORD_LAST.matcher(m.text()).find() && !m.text().endsWith("Islamic State")
                        && (AREA_OF_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()
                        || IN_THE_BEFORE.matcher(text).region(Math.max(0, m.start() - 8), m.start()).find())) {
                    m = m.withKind(EntityKind.PLACE, null); // "the Governor of Red Sea State", "in Kassala State": a state, an area
                }
            }
            if (m.origin().equals("ner") && (m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.PERSON)
                    && STREET_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt()) {
                continue; // "a home on Robson Street": a street's name, not a body's or a person's
            }
            if (m.kind() == EntityKind.COUNTRY && m.start() >= "Port of ".length() && text.startsWith("Port of ", m.start() - "Port of ".length())) {
                continue; // "Port of Spain", Trinidad's capital: no country named
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && STREET_NAME.matcher(m.text()).find()) {
                m = m.withKind(EntityKind.PLACE, null); // "the warehouse on Shankar Trace": the tagger took the whole street for a body
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION
                    && ACTING_AS_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start()).find()) {
                continue; // "la Armada de México en funciones de Guardia Costera": what the navy acts as, no body of its own
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION
                    && (spanish ? SPANISH_INDEFINITE_BEFORE : INDEFINITE_BEFORE).matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()
                    && NO_HEAD_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20)).lookingAt()) {
                // "Una Unidad de Reacción Rápida fue enviada", "una Unidad de Reacción Rápida encontró", "... y un equipo canino":
                // one unit of a kind doing something, not a body by its name
                continue;
            }
            if (m.kind() == EntityKind.ORGANIZATION && unitsOfBodies.units().contains(m.span())) {
                // "una Unidad de Reacción Rápida (URR) de la Estación de Guardacostas de Santa Marta": one of its units, and the
                // unit's short form
                continue;
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && unitsOfBodies.bodyStarts().contains(m.start())) {
                m = bodyWithItsSeat(text, m); // the station, with the seat the tagger left out ("... de Buenaventura")
            }
            if (m.origin().equals("ner") && DRUGS.contains(Names.fold(m.text()))) {
                continue; // "MDMA", "GHB", "Captagon": a drug the tagger took for a body or a person
            }
            if (spanish && m.text().equals("EU") && m.kind() == EntityKind.ORGANIZATION) {
                m = m.withKind(EntityKind.COUNTRY, "us"); // Mexican papers write "EU" for Estados Unidos (the European Union is "UE")
            }
            if ((m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.PERSON)
                    && (m.origin().equals("ner") || m.origin().equals("gazetteer")) && PlaceNameStage.afterSettlementWord(text, m.start())) {
                // "en el cantón Urdaneta": a town the word before names one, not the listed vessel "URDANETA" nor any party
                m = new Mention(m.span(), m.text(), EntityKind.PLACE, m.origin(), m.confidence(), null, null);
            }
            if ((m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.PERSON) && m.origin().equals("ner")
                    && CONTINENT.matcher(m.text()).matches()) {
                m = m.withKind(EntityKind.PLACE, null); // "Europa", "Sudamérica": a continent, no party
            }
            if (m.kind() == EntityKind.ORGANIZATION && GOVERNMENT_OF.matcher(m.text()).matches()) {
                continue; // "el Gobierno de Panamá": the country acting, which its name names; no party of its own
            }
            if ((m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.PERSON && m.origin().equals("ner"))
                    && CAPITAL_OF_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30)).lookingAt()) {
                m = m.withKind(EntityKind.PLACE, null); // "Armenia, capital del Quindío", "Pedro Juan Caballero, capital del departamento": a city
            }
            if (m.kind() == EntityKind.COUNTRY && DISTRICT_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()) {
                m = m.withKind(EntityKind.PLACE, null); // "los distritos de Georgia y Puerto Rico", "the state of Georgia": a US state's
            }
            if (m.kind() == EntityKind.PERSON && m.origin().equals("ner") && OPERATION_BEFORE.matcher(text.substring(Math.max(0,
                    m.start() - 34), m.start())).find()) {
                continue; // "la operación Fénix": an operation's name
            }
            if (namesAList(text, m)) {
                continue; // "the Clinton List", "la Lista Clinton", "la Lista de Nacionales Especialmente Designados": a list, not a party
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && ARMED_SERVICE.matcher(m.text()).matches()
                    && SERVICES_THING_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30)).lookingAt()) {
                continue; // "A Navy admiral told lawmakers": a kind of officer, no body acting
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON
                    && EQUIPMENT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
                continue; // "fusiles Barrett", "un helicóptero Black Hawk": a make or model, not a person
            }
            if ((m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.PLACE)
                    && (!m.origin().equals("gazetteer") || m.listed() == null || m.listed().weak()) && namesAShip(m, ships, text)) {
                continue; // "USS Minneapolis-Saint Paul", and "Hamilton" again after "USCGC Hamilton": ships, no entities
            }
            if ((m.origin().equals("ner") || m.origin().equals("gazetteer") && m.listed() != null && m.listed().weak())
                    && (m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANIZATION)
                    && VESSEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
                continue; // "el portaaviones USS Gerald R. Ford": a ship, not a person or a party
            }
            if (headline != null && (m.origin().equals("ner") || m.origin().equals("pattern"))
                    && headline.contains(m.span()) && m.text().indexOf(' ') > 0
                    && !inBody(text, headline, m.text()) && (titleCase || !institutionNamedOnce(m, headline, work.candidates))
                    && !namedAsAGroup(text, m)) {
                continue; // "Treasury Sanctions Venezuelan Cartel Headed by Maduro": a headline's words, named nowhere in the report
            }
            if (headline != null && m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && m.text().indexOf(' ') < 0
                    && headline.contains(m.span()) && onlyInLongerNames(text, headline, m, work.candidates)) {
                continue; // "Army reports seizure ..." over "The Lebanese Army announced": the headline's word for the body's name
            }
            if (m.origin().equals("ner") && m.text().indexOf(' ') < 0 && org.corridor.extract.rules.Dates.monthName(m.text())
                    && (DAY_DE_BEFORE.matcher(text).region(Math.max(0, m.start() - 8), m.start()).find()
                    || YEAR_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 10)).lookingAt())) {
                continue; // "Jueves 05 de Julio de 2018": a month some sites capitalise, not a person
            }
            if (m.origin().equals("ner") && m.kind() != EntityKind.ORGANIZATION && POLICE_WORD.matcher(m.text()).matches()) {
                continue; // "Gardaí believe ...": Ireland's word for its police officers, not a person
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PLACE && text.startsWith("-", m.end()) && CountryNames.code(m.text()) != null) {
                m = m.withKind(EntityKind.COUNTRY, CountryNames.code(m.text())); // "the UK-registered van": the country, in a compound
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && m.text().indexOf(' ') < 0 && family(text, m)) {
                continue; // "los hermanos Arzate", "the Arzate brothers": a family, not one person
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && (VERB_FORM.matcher(m.text()).matches()
                    && !org.corridor.extract.text.Lexicon.standard().givenName(Names.fold(m.text())) || OFFICE_ALONE.matcher(m.text()).matches())) {
                continue; // "Suspenderán búsqueda ..." in a headline; "el Secretario de Guerra ordenó": a verb, a title
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && m.text().indexOf(' ') < 0
                    && PLACE_NOUN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                m = m.withKind(EntityKind.PLACE, null); // "en el estado de Guerrero"
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && m.text().indexOf(' ') < 0
                    && DESTINATION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                m = m.withKind(EntityKind.PLACE, null); // "su destino final era Córdoba", "bound for Rotterdam": where a load went
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON
                    && LANDING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
                m = m.withKind(EntityKind.PLACE, null); // "a la altura del embarcadero Martín Ruiz": a landing named after someone
            }
            if ((m.origin().equals("ner") || m.origin().equals("pattern")) && (m.kind() == EntityKind.PERSON && SITE_AFTER.matcher(text).region(m.end(),
                    Math.min(text.length(), m.end() + 30)).lookingAt() || m.kind() == EntityKind.ORGANIZATION
                    && UNITS_SITE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30)).lookingAt())) {
                // "the Hernan Acosta Mejia air base", "the Los Cobras police headquarters": a site named after someone or a unit
                m = m.withKind(EntityKind.PLACE, null);
            }
            if (m.text().equalsIgnoreCase("alias") && m.end() + 1 < text.length() && Character.isUpperCase(text.charAt(m.end() + 1))) {
                continue; // "Alias Oliver, que tiene antecedentes ...": the word that introduces a nickname, never a name
            }
            if (m.kind() == EntityKind.PERSON && m.text().startsWith("Alias ") && m.text().length() > 7) {
                // "Alias Palanqueta fue detenido ...": the nickname, without the word that opens the sentence
                int from = m.start() + "Alias ".length();
                m = new Mention(new org.corridor.extract.text.Span(from, m.end()), text.substring(from, m.end()), m.kind(), m.origin(),
                        m.confidence(), m.listed(), m.code());
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && m.text().endsWith(" N.")) {
                Matcher number = NUMBERED_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
                if (number.lookingAt()) {
                    // "Grupo de Fuerzas Especiales N.º 25 Base Sur": the tagger stops at "N."; the unit's number and name go on
                    m = part(text, m, m.start(), number.end());
                }
            }
            if ((m.origin().equals("ner") || m.origin().equals("gazetteer") && m.listed() == null) && m.kind() == EntityKind.ORGANIZATION) {
                Matcher region = REGION_OF_A_BODY_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
                if (region.lookingAt()) {
                    m = part(text, m, m.start(), region.end()); // "Border Force South": the body's regional command, its own name
                }
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION) {
                Matcher joined = JOINED_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
                if (joined.lookingAt()) {
                    m = part(text, m, m.start(), joined.end()); // "COMON-CAJAF", of which the tagger took "COMON": one name
                }
            }
            int numbered = unitNumberEnd(text, m);
            if (numbered >= 0) {
                m = part(text, m, m.start(), numbered); // "Police Regional Office 3", "Philippine Drug Enforcement Agency-12"
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && COURT_HEAD.matcher(m.text()).lookingAt()) {
                Matcher number = COURT_NUMBER_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20));
                if (number.lookingAt()) {
                    m = part(text, m, m.start(), number.end()); // "Juzgado Central de Instrucción número 3": the court's number is its name
                }
            }
            if ((m.origin().equals("ner") || m.origin().equals("pattern")) && m.kind() == EntityKind.ORGANIZATION
                    && PLACE_NOUN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                m = m.withKind(EntityKind.PLACE, null); // "la provincia de Los Ríos": a province, however like a gang's its name reads
                namedPlaces.add(Names.key(m.text()));
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && WATERWAY_AFTER.matcher(text).region(m.end(),
                    Math.min(text.length(), m.end() + 30)).lookingAt()) {
                m = m.withKind(EntityKind.PLACE, null); // "Government Cut, el canal que une la Bahía de Biscayne con el Atlántico"
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && m.start() >= 4 && text.startsWith(" to ", m.start() - 4)
                    && placeEnds.contains(m.start() - 4) && ROUTE_FROM_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()) {
                m = m.withKind(EntityKind.PLACE, null); // "a train from Beijing to Ulan Bator": where a route from a place ends is a place
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && VESSEL_NAMED_BEFORE.matcher(text).region(Math.max(0,
                    m.start() - 30), m.start()).find()) {
                continue; // "The boat, named Bab Bahr, was taken to Tripoli": a boat's name, no person
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && PRODUCT_AFTER.matcher(text).region(m.end(),
                    Math.min(text.length(), m.end() + 30)).lookingAt()) {
                continue; // "50 bottles of Adco-Salterpyn cough syrup": a medicine's brand, no body of the report
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PLACE && bodysLetters(text, m)) {
                m = m.withKind(EntityKind.ORGANIZATION, null); // "prosecutors of DIICOT, Romania's office for investigating ..."
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && WATER_HEAD.matcher(m.text()).lookingAt()) {
                m = m.withKind(EntityKind.PLACE, null); // "el Golfo de Cádiz", "Bahía de Cádiz": water, no body
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PLACE && m.text().indexOf(' ') > 0
                    && org.corridor.extract.text.Lexicon.standard().givenName(Names.fold(m.text().substring(0, m.text().indexOf(' '))))
                    && RoleStage.apposition(text, m.end(), Math.min(text.length(), m.end() + 200)) != null) {
                m = m.withKind(EntityKind.PERSON, null); // "Nicolás Sierra Santana, El Gordo, fundador y líder del grupo"
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && PLACE_AND_BEFORE.matcher(text.substring(Math.max(0,
                    m.start() - 40), m.start())).find() && placeEndsBefore(m, placeStarts, text)) {
                m = m.withKind(EntityKind.PLACE, null); // "en la costa Caribe y el Magdalena Medio": a region beside a place
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && townAndProvince.contains(m.start())) {
                Matcher in = IN_AND_TITLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
                // "in President Quirino, Sultan Kudarat": a town named after a president, and its province
                m = (in.find() && in.group(1) != null ? part(text, m, m.start() - in.group(1).length(), m.end()) : m)
                        .withKind(EntityKind.PLACE, null);
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && placeBesidePlace(text, m, placeStarts)) {
                m = m.withKind(EntityKind.PLACE, null); // "un operativo en Jesús María, cerca de Culiacán"
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.PERSON && m.text().indexOf(' ') < 0 && m.start() >= 2
                    && text.startsWith(", ", m.start() - 2) && placeEnds.contains(m.start() - 2)) {
                m = m.withKind(EntityKind.PLACE, null); // "a 140 millas náuticas de Tumaco, Nariño": the department after the town
            }
            usable.add(m);
        }
        usable.replaceAll(m -> ofTheUnitedStates(text, m));
        usable.replaceAll(m -> wholeCompoundSurname(text, m));
        usable.replaceAll(m -> withGivenNamesBefore(text, m));
        usable.replaceAll(m -> withFirstNameInAList(text, m));
        // "la provincia de Santa Elena", "el departamento de Guadalupe": a region of a country, named as a country elsewhere is
        usable.replaceAll(m -> m.kind() == EntityKind.COUNTRY && REGION_OF_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start())
                .find() ? m.withKind(EntityKind.PLACE, null) : m);
        usable.replaceAll(MentionChooser::beforeAnArticle);
        usable.replaceAll(m -> withoutReleaseSource(text, m));
        usable.replaceAll(m -> withLegalForm(text, m));
        usable.replaceAll(m -> m.origin().equals("ner") && (m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.PERSON)
                && (PRISON_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find() || PRISON_NAME.matcher(m.text()).lookingAt()
                        || siteName(m.text()))
                ? m.withKind(EntityKind.PLACE, null) : m);
        // "East Bank Demerara", "West Coast Berbice": a stretch of a country's bank or coast, tagged as a bank's name
        usable.replaceAll(m -> m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && BANK_OR_COAST.matcher(m.text()).matches()
                ? m.withKind(EntityKind.PLACE, null) : m);
        usable.replaceAll(m -> withoutBasedIn(text, m));
        usable.replaceAll(MentionChooser::withoutItsSeat);
        Set<String> surnames = new HashSet<>();
        for (Mention c : usable) {
            List<String> keys = c.kind() == EntityKind.PERSON ? Names.keys(c.text()) : List.of();
            if (keys.size() >= 2) {
                surnames.add(keys.get(keys.size() - 1));
            }
        }
        usable.replaceAll(m -> withoutRank(text, m, surnames));
        List<Mention> ranked = usable;
        usable.removeIf(m -> rankBeforeAPerson(text, m, ranked));
        usable.replaceAll(m -> personAfterTitle(text, m));
        usable = unitsOfBodies(text, usable);
        usable.replaceAll(m -> (m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.PLACE) && !m.origin().equals("pattern")
                && AGE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20)).lookingAt()
                && m.text().indexOf(' ') > 0 && !BUSINESS.matcher(m.text()).find() ? m.withKind(EntityKind.PERSON, null) : m);
        // "the state that borders Arizona": a list name too weak to link on alone that the tagger reads as a place is that place
        Set<org.corridor.extract.text.Span> placesTagged = new HashSet<>();
        usable.stream().filter(c -> c.origin().equals("ner") && c.kind() == EntityKind.PLACE).forEach(c -> placesTagged.add(c.span()));
        usable.removeIf(m -> m.origin().equals("gazetteer") && m.listed() != null && m.listed().weak()
                && m.kind() == EntityKind.ORGANIZATION && placesTagged.contains(m.span()));
        // "next to the Makran coast": one word a page names as a place by what the place is (a pattern's place) is that place,
        // not the one-word name a list gives a party (a ship, IRIS MAKRAN)
        Set<org.corridor.extract.text.Span> placesNamed = new HashSet<>();
        usable.stream().filter(c -> c.origin().equals("pattern") && c.kind() == EntityKind.PLACE).forEach(c -> placesNamed.add(c.span()));
        usable.removeIf(m -> m.origin().equals("gazetteer") && m.listed() != null && m.text().indexOf(' ') < 0
                && placesNamed.contains(m.span()));
        // a list name too weak to link on alone ("Nicolás") inside a longer tagged name ("Nicolás Maduro") is part of it
        SpansByStart tagged = new SpansByStart(usable.stream().filter(c -> c.origin().equals("ner")).toList());
        usable.removeIf(m -> m.origin().equals("gazetteer") && m.listed() != null && m.listed().weak()
                && tagged.firstHolding(m) != null);
        // and so is one word a list names a body or a vessel by ("ROMINA") in the middle of a person's full name ("Jimena Romina
        // Araya Navarro"): a given name the lexicon, drawn from US records, does not hold, never the listed thing
        usable.removeIf(m -> m.origin().equals("gazetteer") && m.listed() != null && m.kind() != EntityKind.PERSON
                && m.text().indexOf(' ') < 0 && insideAPersonsName(text, tagged.firstHolding(m), m));
        // a list that does not say what a party is (LegalEntity) defers to the tagger: the same words tagged as a person are
        // one, and so are words of which the tagger took all but a first name it read as a place ("Israel Daniel Paez Vargas")
        List<org.corridor.extract.text.Span> persons = usable.stream()
                .filter(t -> t.origin().equals("ner") && t.kind() == EntityKind.PERSON).map(Mention::span).toList();
        usable.replaceAll(m -> m.origin().equals("gazetteer") && m.listed() != null && "LegalEntity".equals(m.listed().schema())
                && m.kind() == EntityKind.ORGANIZATION && (taggedAsPerson(persons, m) || givenARole(text, m))
                ? m.withKind(EntityKind.PERSON, null) : m);
        introducedAsPeople(text, usable);
        placesListedTogether(text, usable);
        placesOpeningASentence(text, usable);
        usable.replaceAll(m -> m.origin().equals("gazetteer") && m.listed() != null && !m.listed().weak()
                && m.kind() != EntityKind.COUNTRY && m.kind() != EntityKind.PLACE ? withGivenNamesBefore(text, persons, m) : m);
        // "trabajó Cuai, un perro del cuerpo de canes", "the sniffer dog Rex": an animal's name, wherever the document uses it
        usable.removeIf(m -> m.kind() == EntityKind.PERSON && m.origin().equals("ner") && animals.contains(Names.key(m.text())));
        // "56 suspected Comando Vermelho members": words the document names as a group elsewhere ("the Comando Vermelho gang")
        Set<String> groups = new HashSet<>();
        usable.stream().filter(m -> m.kind() == EntityKind.ORGANIZATION && !m.origin().equals("ner")).forEach(m -> groups.add(Names.key(m.text())));
        usable.replaceAll(m -> m.kind() == EntityKind.PERSON && m.origin().equals("ner") && groups.contains(Names.key(m.text()))
                ? m.withKind(EntityKind.ORGANIZATION, null) : m);
        usable.replaceAll(m -> m.kind() == EntityKind.PERSON && m.origin().equals("ner") && BUSINESS.matcher(m.text()).find()
                ? m.withKind(EntityKind.ORGANIZATION, null) : m);
        Set<String> places = new HashSet<>();
        usable.stream().filter(m -> m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY).forEach(m -> places.add(Names.key(m.text())));
        usable.replaceAll(m -> withoutLeadingPlace(text, m, places));
        // "en Los Ríos" after "la provincia de Los Ríos": what the document names as a province is that place throughout
        usable.replaceAll(m -> m.kind() == EntityKind.ORGANIZATION && m.listed() == null && !m.origin().equals("gazetteer")
                && namedPlaces.contains(Names.key(m.text())) ? m.withKind(EntityKind.PLACE, null) : m);
        // "Un alijo en Marín ..." above "el Puerto de Marín": a one-word "person" the document names as a place elsewhere is that place
        Set<String> placeWords = new HashSet<>();
        usable.stream().filter(m -> m.kind() == EntityKind.PLACE && !m.text().isBlank())
                .forEach(m -> placeWords.add(Names.key(m.text().substring(m.text().lastIndexOf(' ') + 1))));
        usable.replaceAll(m -> m.origin().equals("ner") && m.kind() == EntityKind.PERSON && m.text().indexOf(' ') < 0
                && placeWords.contains(Names.key(m.text())) && !persons.stream().anyMatch(p -> p.length() > m.span().length()
                        && Names.key(p.of(text)).endsWith(Names.key(m.text()))) ? m.withKind(EntityKind.PLACE, null) : m);
        // a name a list firmly gives a group is that group's ("the Kinahan gang" is no demonym's gang)
        usable.removeIf(m -> m.kind() == EntityKind.ORGANIZATION && (notAnOrganization(m.text()) && !firmlyListed(m) || m.origin().equals("ner")
                && (PORTFOLIO_BEFORE.matcher(text).region(Math.max(0, m.start() - 60), m.start()).find()
                        // "capturado en la operación Supremacía": a police operation's name, no body
                        || OPERATION_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find())));
        usable.replaceAll(m -> m.kind() == EntityKind.ORGANIZATION && SETTLEMENT_AFTER.matcher(text).region(m.end(), text.length())
                .lookingAt() ? m.withKind(EntityKind.PLACE, null) : m);
        usable = givenNamesNotCountries(text, usable);
        usable = possessivePlaceNames(text, usable);
        // "la Aduana" after "la Aduana General de la República de Cuba": the body by its head word, not a place
        Set<String> heads = new HashSet<>();
        usable.stream().filter(m -> m.kind() == EntityKind.ORGANIZATION).map(m -> HEAD_OF_A_BODY.matcher(m.text()))
                .filter(Matcher::lookingAt).forEach(h -> heads.add(h.group(1)));
        if (!heads.isEmpty()) {
            usable.replaceAll(m -> m.origin().equals("ner") && m.kind() == EntityKind.PLACE && heads.contains(m.text())
                    ? m.withKind(EntityKind.ORGANIZATION, null) : m);
        }
        // a country inside a longer tagged name is part of that name: "Mexico City", "Gulf of Mexico", "U.S. Southern Command"
        List<Mention> containers = usable.stream().filter(c -> c.origin().equals("ner")
                && (c.kind() == EntityKind.PLACE || c.kind() == EntityKind.ORGANIZATION)).toList();
        SpansByStart byStart = new SpansByStart(containers);
        Set<Mention> inside = new HashSet<>();
        for (Mention m : usable) {
            if (m.kind() == EntityKind.COUNTRY) {
                Mention c = byStart.firstHolding(m);
                if (c != null) {
                    inside.add(m);
                    if (c.kind() == EntityKind.ORGANIZATION) {
                        work.nested.add(m);
                    }
                }
            }
        }
        usable.removeIf(inside::contains);
        usable.sort(Comparator.comparingInt(MentionChooser::score).reversed().thenComparing(Mention::span));
        // kept names never overlap one another, so the one starting last before a candidate ends
        // is the only one that can overlap it: a lookup, not a pass over every name kept
        TreeMap<Integer, Mention> kept = new TreeMap<>();
        for (Mention m : usable) {
            if (m.span().length() == 0) {
                continue;
            }
            Map.Entry<Integer, Mention> before = kept.lowerEntry(m.end());
            if (before == null || !before.getValue().span().overlaps(m.span())) {
                kept.put(m.start(), m);
            }
        }
        work.mentions.addAll(kept.values());
        Set<Mention> keptSet = new HashSet<>(kept.values());
        Set<Mention> nested = new HashSet<>(work.nested);
        for (Mention m : usable) {
            if (m.kind() == EntityKind.COUNTRY && !keptSet.contains(m) && !nested.contains(m)) {
                Map.Entry<Integer, Mention> holder = kept.floorEntry(m.start());
                if (holder != null && holder.getValue().kind() == EntityKind.ORGANIZATION
                        && holder.getValue().span().contains(m.span())) {
                    work.nested.add(m);
                    nested.add(m);
                }
            }
        }
    }

    /**
     * Tagged names sorted by where they start, to find those holding a span without a pass over
     * all of them: a holder starts at most the longest name's length before the span ends.
     */
    private static final class SpansByStart {
        private final List<Mention> sorted;
        private final java.util.IdentityHashMap<Mention, Integer> order = new java.util.IdentityHashMap<>();
        private final int longest;

        SpansByStart(List<Mention> mentions) {
            for (int i = 0; i < mentions.size(); i++) {
                order.put(mentions.get(i), i);
            }
            sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(Mention::start));
            longest = mentions.stream().mapToInt(m -> m.span().length()).max().orElse(0);
        }

        /** The first (in the tagger's order) longer name holding the mention's span, or null. */
        Mention firstHolding(Mention m) {
            Mention best = null;
            for (int i = Work.firstStartingFrom(sorted, m.end() - longest); i < sorted.size()
                    && sorted.get(i).start() <= m.start(); i++) {
                Mention c = sorted.get(i);
                if (c.span().contains(m.span()) && c.span().length() > m.span().length()
                        && (best == null || order.get(c) < order.get(best))) {
                    best = c;
                }
            }
            return best;
        }
    }

    /** Whether {@code holder} is a person's name of three words or more that holds {@code m} after its first word. */
    private static boolean insideAPersonsName(String text, Mention holder, Mention m) {
        return holder != null && holder.kind() == EntityKind.PERSON && holder.start() < m.start()
                && Names.keys(holder.text()).size() >= 3;
    }

    /** What a programme, an operation, a gazette or a social network is called, which is not a party. */
    private static final Pattern NOT_AN_ORGANIZATION = Pattern.compile("(?U)(?i)(?:(?:foreign|designated|specially|global|narco-?)\\s+)*"
            + "terrorist\\s+(?:organi[sz]ations?|entit(?:y|ies))|specially designated (?:global terrorists?|nationals?)"
            + "|organizaci(?:ón|ones)\\s+terroristas?(?:\\s+(?:extranjeras?|designadas?|internacional(?:es)?))*"
            + "|terroristas?\\s+global(?:es)?\\s+(?:especialmente\\s+)?designad[oa]s?|(?:operation|operación|operativo)\\s+\\S.*"
            // "la Prueba de Identificación Preliminar Homologada (PIPH)": the field test for cocaine, no body
            + "|prueba\\s+(?:de\\s+identificaci[oó]n\\s+)?preliminar\\s+homologada|piph"
            // "the Venezuela-based gang": where a group is based, an adjective
            + "|\\S+-based"
            // "the State Department's Narcotics Rewards Program": a programme of rewards, run by a body but none itself
            + "|(?:\\S+\\s+){0,3}rewards?\\s+program(?:me)?|programa\\s+de\\s+recompensas(?:\\s+\\S+){0,3}"
            + "|customs|federal register|registro federal|truth social|truth|x|twitter|telegram|facebook|instagram|youtube|tiktok|whatsapp"
            + "|ftos?|sdgts?|sdn|otes?|dtos?|executive orders?|órden(?:es)?\\s+ejecutivas?|decretos?\\s+ejecutivos?"
            // "del Secretario de Guerra, Pete Hegseth": an office, whose holder is the person named; not the department
            + "|(?:secretario|ministro|ministra|secretary|minister)\\s+(?:de|del|of)\\s+.+"
            // "an Asian cartel", "Mexican cartels": what a group is, in lower case after a nationality, not its name
            + "|(?-i:\\p{Lu}\\p{Ll}+(?:an|ese|ish|ch|i))\\s+(?-i:cartels?|gangs?|syndicates?|groups?|mafias?|networks?|traffickers)");
    /** "Under Secretary for Terrorism and Financial Intelligence": the office's portfolio, not a body. */
    private static final Pattern PORTFOLIO_BEFORE = Pattern.compile("(?U)(?i)\\bsecretar(?:y|io|ia)\\s+(?:para|for)\\s+"
            + "(?:\\p{Lu}\\p{L}*\\s+(?:and|y)\\s+)?$"
            // "el viceministro de Defensa Social y Sustancias Controladas": a portfolio's second half, no body
            + "|\\b(?:vice)?ministr[oa]\\s+de(?:l)?\\s+(?:\\p{Lu}\\p{L}*\\s+){1,3}(?:y|e)\\s+$");
    private static final Pattern ARTICLE_INSIDE = Pattern.compile("(?U) (?:a|an) (?=\\p{Lu})");

    /**
     * "designated the Sinaloa Cartel a Foreign Terrorist Organization": the tagger ran a group and
     * what it was called into one name; a name does not go on over "a"/"an".
     */
    /** "SOURCE Canada Border Services Agency", the line closing a wire release: the body, without the label. */
    private static Mention withoutReleaseSource(String text, Mention m) {
        if (!m.origin().equals("ner") || m.kind() != EntityKind.ORGANIZATION || !m.text().startsWith("SOURCE ")) {
            return m;
        }
        return part(text, m, m.start() + "SOURCE ".length(), m.end());
    }

    private static Mention beforeAnArticle(Mention m) {
        if (!m.origin().equals("ner") || m.kind() != EntityKind.ORGANIZATION) {
            return m;
        }
        Matcher a = ARTICLE_INSIDE.matcher(m.text());
        if (!a.find() || a.start() == 0) {
            return m;
        }
        return new Mention(new org.corridor.extract.text.Span(m.start(), m.start() + a.start()), m.text().substring(0, a.start()),
                m.kind(), m.origin(), m.confidence(), m.listed(), m.code());
    }

    /**
     * "la exalcaldesa de Rosarito Hilda Araceli Brown": the tagger ran the place an office is of into
     * the name after it. The first word goes when it is no given name, the next is one, and the
     * word is a place the document names elsewhere or follows "de"/"of".
     */
    private static final Pattern OFFICE_OF_BEFORE = Pattern.compile("(?U)(\\p{L}[\\p{L}-]*)\\s+(?:de|of)\\s+$");

    private static Mention withoutLeadingPlace(String text, Mention m, Set<String> places) {
        if (m.kind() != EntityKind.PERSON || !m.origin().equals("ner")) {
            return m;
        }
        int space = m.text().indexOf(' ');
        if (space < 0 || m.text().indexOf(' ', space + 1) < 0) {
            return m; // two words at least must be left
        }
        org.corridor.extract.text.Lexicon lexicon = org.corridor.extract.text.Lexicon.standard();
        String first = Names.key(m.text().substring(0, space));
        String rest = m.text().substring(space + 1);
        String second = Names.key(rest.substring(0, rest.indexOf(' ')));
        if (lexicon.givenName(first) || !lexicon.givenName(second)) {
            return m;
        }
        // "the arrest of Egbo Emmanuel Maduka": after "of" an office's, not an event's
        Matcher office = OFFICE_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        if (!places.contains(first) && !(office.find() && RoleStage.isRole(Names.fold(office.group(1))))) {
            return m;
        }
        int start = m.start() + space + 1;
        return new Mention(new org.corridor.extract.text.Span(start, m.end()), rest, m.kind(), m.origin(), m.confidence(), m.listed(),
                m.code());
    }

    /**
     * A business the tagger took for a person: a name ending in an English word for one ("Coco Beach
     * Club") or opening with a Spanish one ("Mariscos El Caimán", "Hotel Playa Rosarito").
     */
    private static final Pattern BUSINESS = Pattern.compile("(?U)(?:\\s(?:Club|Bar|Grill|Restaurant|Hotel|Motel|Resort|Casino|Bank|Company"
            + "|Corp|Inc|Ltd|LLC|Group|Holdings|Trading|Logistics|Pharma|Exchange|Foundation|Association)$"
            + "|^(?:Mariscos|Restaurante|Restaurant|Hotel|Bar|Club|Casino|Farmacia|Grupo|Comercializadora|Constructora|Inmobiliaria"
            + "|Servicios|Transportes|Casa de Cambio|Distribuidora|Importadora|Exportadora|Agropecuaria|Ganadera)\\s)");

    /** "Las Cuevas, a fishing village": a settlement, whatever its name looks like. */
    private static final Pattern SETTLEMENT_AFTER = Pattern.compile("(?U)(?i),\\s+(?:a|an|un|una)\\s+(?:\\p{L}+\\s+)?(?:village|town|city|port"
            + "|community|neighbou?rhood|municipality|island|pueblo|aldea|ciudad|comunidad|barrio|municipio|localidad|isla)\\b");

    private static boolean firmlyListed(Mention m) {
        return m.origin().equals("gazetteer") && m.listed() != null && !m.listed().weak();
    }

    static boolean notAnOrganization(String name) {
        return NOT_AN_ORGANIZATION.matcher(name.strip()).matches();
    }

    /**
     * Whether a listed name the tagger reads as a person's is one: written as lists write people,
     * or starting with a given name ("Ruben Oseguera Cervantes") and with no word that names a body.
     */
    /**
     * "de EE.UU." right after a name (the rules' text writes "EE. UU." as "EE.UU. "); the tagger
     * stops before the dotted abbreviation, while "de Estados Unidos" it takes in or leaves out itself.
     */
    private static final Pattern REGION_OF_BEFORE = Pattern.compile("(?U)(?i)\\b(?:(?:provincia|departamento|municipio|cantón|región|estado"
            + "|province|department)\\s+(?:de|del|of)|(?:comunidad|localidad|aldea|poblado|sindicato|barrio|colonia)(?:\\s+de)?)\\s+$");

    /** The first half of a hyphenated surname the tagger left out: "Costilla-" before its "Sanchez". */
    private static final Pattern COMPOUND_HEAD_BEFORE = Pattern.compile("(?U)(?<![\\p{L}-])\\p{Lu}\\p{Ll}+-$");

    /** Up to two capitalised words right before a mention, each alone on its line's run: "Nicolás " or "Juan José ". */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?U)(\\p{Lu}[\\p{Ll}’'-]+) $");

    /**
     * "Nicolás Sierra Santana", of which the tagger took "Sierra Santana": the given names the lexicon knows right before a
     * tagged person's name of two words or more are that name's first words.
     */
    private static Mention withGivenNamesBefore(String text, Mention m) {
        if (!m.origin().equals("ner") || m.kind() != EntityKind.PERSON || m.text().indexOf(' ') < 0) {
            return m;
        }
        int start = m.start();
        for (int k = 0; k < 2; k++) {
            java.util.regex.Matcher word = WORD_BEFORE.matcher(text).region(Math.max(0, start - 25), start);
            if (!word.find() || !org.corridor.extract.text.Lexicon.standard().givenName(Names.fold(word.group(1)))) {
                break;
            }
            start = word.start(1);
        }
        if (start == m.start()) {
            return m;
        }
        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(start, m.end());
        return new Mention(span, span.of(text), m.kind(), m.origin(), m.confidence(), m.listed(), m.code());
    }

    /**
     * "...: Innocent Meleka, 28, a businessman, Charity Chipeta, 35, ...": people listed with their ages; a one-word name the
     * tagger took without the capitalised word before it (a given name that is also an ordinary word) is the whole name.
     */
    private static Mention withFirstNameInAList(String text, Mention m) {
        if (!m.origin().equals("ner") || m.kind() != EntityKind.PERSON || m.text().indexOf(' ') >= 0
                || !AGE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20)).lookingAt()) {
            return m;
        }
        java.util.regex.Matcher word = LISTED_FIRST_NAME_BEFORE.matcher(text).region(Math.max(0, m.start() - 25), m.start());
        if (!word.find() || TITLES.contains(word.group(1))) {
            return m;
        }
        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(word.start(1), m.end());
        return new Mention(span, span.of(text), m.kind(), m.origin(), m.confidence(), m.listed(), m.code());
    }

    private static final Pattern VESSEL_NAMED_BEFORE = Pattern.compile("(?U)(?i)\\b(?:boat|vessel|ship|yacht|trawler|launch|dhow)"
            + ",?\\s+(?:named|called)\\s+$");
    private static final Pattern PRODUCT_AFTER = Pattern.compile("(?U)^\\s+(?:cough\\s+)?(?:syrup|tablets|pills|capsules)\\b");
    private static final Pattern ROUTE_FROM_BEFORE = Pattern.compile("(?U)\\bfrom\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?\\s+to\\s+$");
    /** A capitalised word opening an item of a list, right before the name: after a colon, a comma or "and". */
    private static final Pattern LISTED_FIRST_NAME_BEFORE = Pattern.compile("(?U)(?:[:,]|\\band)\\s(\\p{Lu}[\\p{Ll}’'-]+) $");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Don", "Doña", "Sr", "Sra");

    private static Mention wholeCompoundSurname(String text, Mention m) {
        if (!m.origin().equals("ner") || m.kind() != EntityKind.PERSON || m.start() < 2 || text.charAt(m.start() - 1) != '-') {
            return m;
        }
        java.util.regex.Matcher head = COMPOUND_HEAD_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start());
        if (!head.find()) {
            return m;
        }
        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(head.start(), m.end());
        return new Mention(span, span.of(text), m.kind(), m.origin(), m.confidence(), m.listed(), m.code());
    }

    /** "la Corte del Distrito Sur de Puerto Rico", which the tagger cuts before the district's place. */
    private static final Pattern DISTRICT_END = Pattern.compile("(?U)\\bDistrito(?:\\s+(?:Sur|Norte|Este|Oeste|Central|Medio))?$");
    private static final Pattern DISTRICT_OF = Pattern.compile("(?U) de (?:(?:Nueva|San|Santa|Puerto|Carolina del|Dakota del)\\s+)?\\p{Lu}[\\p{L}-]+(?![\\p{L}\\p{N}])");
    private static final Pattern FORCE = Pattern.compile("(?U)^(?:Comando|Fuerzas?|Armada|Marina|Ejército|Policía|Guardia)\\s");
    private static final Pattern OF_A_COUNTRY = Pattern.compile("(?U) de (?:los )?(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)(?![\\p{L}\\p{N}])");
    private static final Pattern OF_THE_US = Pattern.compile("(?U) de (?:los )?(?:EE\\.UU\\.|EEUU)(?![\\p{L}\\p{N}])");

    /**
     * "el Comando Sur de EE. UU.": the tagger's organisation goes on over "de EE. UU.", as "U.S.
     * Southern Command" opens with "U.S."; the country stays named inside it.
     */
    private static Mention ofTheUnitedStates(String text, Mention m) {
        if (!m.origin().equals("ner") || m.kind() != EntityKind.ORGANIZATION) {
            return m;
        }
        java.util.regex.Matcher of = OF_THE_US.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24));
        if (!of.lookingAt() && FORCE.matcher(m.text()).lookingAt()) {
            // "el Comando Sur de Estados Unidos", "las Fuerzas Armadas de Estados Unidos": a national force's name goes on over its
            // country, which the tagger leaves out (not a ministry's: the development corpus names "el Departamento de Estado de
            // Estados Unidos" "Departamento de Estado")
            of = OF_A_COUNTRY.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
            if (of.lookingAt() && CountryNames.code(of.group(1)) == null) {
                of = OF_THE_US.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24));
            }
        }
        if (!of.lookingAt()) {
            of = DISTRICT_OF.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
            if (!DISTRICT_END.matcher(m.text()).find() || !of.lookingAt()) {
                return m;
            }
        }
        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(m.start(), of.end());
        return new Mention(span, span.of(text), m.kind(), m.origin(), m.confidence(), m.listed(), m.code());
    }

    /**
     * "Nemesio Rubén Oseguera Cervantes" for the listed "Ruben Oseguera Cervantes": the tagger's person
     * holds the whole listed name and only given names (or capitalised words no dictionary has) before it, so the person is the listed
     * party, named in full.
     */
    /**
     * "Mauricio Cruz Arzola", "Israel Vargas": a country's name that is also a given name, written just before a name read as
     * a person's, is that person's first name, not Mauritius or Israel; the surnames alone are no person of their own.
     */
    private static List<Mention> givenNamesNotCountries(String text, List<Mention> usable) {
        Set<Mention> dropped = new HashSet<>();
        Map<Mention, Mention> widened = new java.util.HashMap<>();
        for (Mention m : usable) {
            if (m.kind() != EntityKind.COUNTRY || !m.origin().equals("country") || m.text().indexOf(' ') >= 0
                    || !org.corridor.extract.text.Lexicon.standard().givenName(Names.fold(m.text()))
                    || m.end() + 1 >= text.length() || text.charAt(m.end()) != ' ') {
                continue;
            }
            Mention whole = null;
            Mention surnames = null;
            for (Mention p : usable) {
                if (p.kind() == EntityKind.PERSON && p.start() == m.start() && p.end() > m.end() && p.origin().equals("ner")) {
                    whole = p;
                } else if (p.kind() == EntityKind.PERSON && p.start() == m.end() + 1 && surnames == null) {
                    surnames = p;
                }
            }
            if (whole != null) {
                dropped.add(m);
                if (surnames != null && surnames.end() <= whole.end()) {
                    dropped.add(surnames);
                }
            } else if (surnames != null && surnames.origin().equals("ner") && !widened.containsKey(surnames)) {
                org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(m.start(), surnames.end());
                widened.put(surnames, new Mention(span, span.of(text), EntityKind.PERSON, surnames.origin(), surnames.confidence(),
                        surnames.listed(), surnames.code()));
                dropped.add(m);
            }
        }
        if (dropped.isEmpty()) {
            return usable;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : usable) {
            if (!dropped.contains(m)) {
                out.add(widened.getOrDefault(m, m));
            }
        }
        return out;
    }

    private static Mention withGivenNamesBefore(String text, List<org.corridor.extract.text.Span> persons, Mention m) {
        for (org.corridor.extract.text.Span p : persons) {
            if (p.end() == m.end() && p.start() < m.start() && Names.personKeys(m.text()).size() >= 2) {
                String[] before = text.substring(p.start(), m.start()).strip().split("\\s+");
                org.corridor.extract.text.Lexicon lexicon = org.corridor.extract.text.Lexicon.standard();
                for (String w : before) {
                    // the given-name list is drawn from US records: "Nemesio" is in no dictionary either, and capitalised
                    String key = Names.fold(w);
                    if (!lexicon.givenName(key) && (lexicon.ordinaryWord(key) || !Character.isUpperCase(w.charAt(0)))) {
                        return m;
                    }
                }
                return new Mention(p, p.of(text), EntityKind.PERSON, m.origin(), m.confidence(), m.listed(), m.code());
            }
        }
        return m;
    }

    private static boolean taggedAsPerson(List<org.corridor.extract.text.Span> persons, Mention m) {
        for (org.corridor.extract.text.Span p : persons) {
            if (p.equals(m.span())) {
                // the tagger and the list agree on every word: a name shaped as a person's is one ("Heladio Cisneros Flores")
                return listedAsPerson(m.listed().caption()) || m.listed().caption().equals(m.listed().name()) && nameShaped(m.listed().caption());
            }
            if (p.end() == m.end() && p.start() > m.start()) {
                return listedAsPerson(m.listed().caption()) && personLike(m.text()); // and written beginning with a given name
            }
        }
        return false;
    }

    /**
     * A listed name of a party the list does not type, which the tagger missed, followed by a
     * person's role: "Vitel'homme Innocent, a gang leader on the FBI's list" (a group's name is
     * followed by what it is, "Gran Grif, the largest gang", not by a role).
     */
    /**
     * "los ciudadanos chinos Tong Peiji y He Jianxuan", "el mexicano Diego Acosta Ovalle", "Chinese nationals A and B": names a
     * nationality introduces are people's, whatever the tagger or a list that does not say what a party is (LegalEntity) took
     * them for; so is the next name of the same list. The list is changed in place.
     */
    private static void introducedAsPeople(String text, List<Mention> usable) {
        List<Mention> sorted = byStart(usable);
        java.util.Map<Mention, Mention> turned = new java.util.IdentityHashMap<>();
        int listEnd = -1;
        for (Mention m : sorted) {
            boolean turnable = m.kind() == EntityKind.ORGANIZATION && (m.origin().equals("ner") || m.origin().equals("gazetteer")
                    && m.listed() != null && "LegalEntity".equals(m.listed().schema()))
                    || m.kind() == EntityKind.PLACE && m.origin().equals("ner") || m.kind() == EntityKind.PERSON;
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            boolean introduced = NATIONALITY_BEFORE.matcher(before).find()
                    || listEnd >= 0 && listEnd <= m.start() && LIST_JOIN.matcher(text.substring(listEnd, m.start())).matches();
            if (!introduced || !turnable || m.text().indexOf(' ') < 0 || BODY_WORDS.matcher(m.text()).find()) {
                if (m.start() >= listEnd) {
                    listEnd = -1;
                }
                continue;
            }
            listEnd = Math.max(listEnd, m.end());
            if (m.kind() != EntityKind.PERSON) {
                turned.put(m, m.withKind(EntityKind.PERSON, null));
            }
        }
        usable.replaceAll(m -> turned.getOrDefault(m, m));
    }

    /**
     * "en sectores de Quito, Ibarra y Otavalo": one word the tagger took for a person, last in a list of places, is a place; so is
     * a name of two words after three places ("Juchitán, Tehuantepec, Ixtepec y Matías Romero", a town named after a man) and one
     * word between two places, a person's or a body's to the tagger ("en Jalisco (14), Nayarit (1) y el Estado de México (1)").
     */
    private static void placesListedTogether(String text, List<Mention> usable) {
        List<Mention> sorted = byStart(usable);
        java.util.Map<Mention, Mention> turned = new java.util.IdentityHashMap<>();
        for (int i = 1; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            if (!m.origin().equals("ner") || m.listed() != null || m.kind() != EntityKind.PERSON && m.kind() != EntityKind.ORGANIZATION
                    || BODY_WORDS.matcher(m.text()).find()) {
                continue;
            }
            boolean oneWord = m.text().indexOf(' ') < 0;
            Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            boolean between = oneWord && listedPlace(text, sorted.get(i - 1), m, ITEM) && next != null && next.kind() == EntityKind.PLACE
                    && m.end() <= next.start() && ITEM.matcher(text.substring(m.end(), next.start())).matches();
            int placesBefore = 0;
            if (listedPlace(text, sorted.get(i - 1), m, LAST_ITEM)) {
                placesBefore = 1;
                while (i - placesBefore - 1 >= 0 && listedPlace(text, sorted.get(i - placesBefore - 1), sorted.get(i - placesBefore), ITEM_COMMA)) {
                    placesBefore++;
                }
            }
            boolean last = m.kind() == EntityKind.PERSON && (oneWord ? placesBefore >= 2 : placesBefore >= 3 && m.text().split(" ").length == 2);
            if (between || last || m.kind() == EntityKind.PERSON && PLACE_LIST_HEAD.matcher(text.substring(Math.max(0, m.start() - 150), m.start())).find()) {
                turned.put(m, m.withKind(EntityKind.PLACE, null));
            }
        }
        placesInALongList(text, sorted, turned);
        usable.replaceAll(m -> turned.getOrDefault(m, m));
    }

    /**
     * "En Villa María del Triunfo fueron capturados ...": a name the tagger took for a person's, opening a sentence after "En", is
     * where what the sentence tells happened; so are the document's other mentions of that name ("puntos críticos de Villa María
     * del Triunfo, San Juan de Miraflores y ..."). The list is changed in place.
     */
    private static void placesOpeningASentence(String text, List<Mention> usable) {
        Set<String> opened = new HashSet<>();
        usable.stream().filter(m -> m.origin().equals("ner") && m.kind() == EntityKind.PERSON
                && SENTENCE_OPENING_EN.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()
                && PLACE_OPENER_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 2)).lookingAt())
                .forEach(m -> opened.add(m.text()));
        usable.replaceAll(m -> m.kind() == EntityKind.PERSON && m.origin().equals("ner") && opened.contains(m.text())
                ? m.withKind(EntityKind.PLACE, null) : m);
    }

    private static final Pattern SENTENCE_OPENING_EN = Pattern.compile("(?U)(?:^|[.!?]\\s{1,3}|\\n\\s*)En\\s+$");
    /** What follows a place opening a sentence: a comma, or a word in lower case ("fueron capturados"). */
    private static final Pattern PLACE_OPENER_AFTER = Pattern.compile("(?U)^(?:,|\\s\\p{Ll})");

    /**
     * "en Chimborazo, Tungurahua, Los Ríos, Azuay, Guayas y Pichincha": in a list of four or more names, mostly places, the one-
     * and two-word names the tagger or the group pattern took for bodies are places too.
     */
    private static void placesInALongList(String text, List<Mention> sorted, java.util.Map<Mention, Mention> turned) {
        for (int i = 0; i < sorted.size(); ) {
            // the items of a list, each the mentions at one span (the tagger's and a pattern's may both be there)
            List<List<Mention>> items = new ArrayList<>();
            items.add(new ArrayList<>(List.of(sorted.get(i))));
            int j = i + 1;
            for (; j < sorted.size(); j++) {
                List<Mention> item = items.get(items.size() - 1);
                Mention at = sorted.get(j);
                if (at.start() < item.get(0).end()) {
                    item.add(at);
                } else if (ITEM.matcher(text.substring(item.get(0).end(), at.start())).matches()) {
                    items.add(new ArrayList<>(List.of(at)));
                } else {
                    break;
                }
            }
            long places = items.stream().filter(item -> item.stream().anyMatch(x -> x.kind() == EntityKind.PLACE
                    || x.kind() == EntityKind.COUNTRY)).count();
            if (items.size() >= 4 && places * 2 >= items.size()) {
                for (List<Mention> item : items) {
                    // "Los Ríos" reads like a gang's name to the group pattern; the tagger's place at the same words settles it
                    boolean taggedPlace = item.stream().anyMatch(x -> x.kind() == EntityKind.PLACE && x.origin().equals("ner"));
                    item.stream().filter(x -> x.kind() == EntityKind.ORGANIZATION && x.listed() == null && !x.origin().equals("gazetteer")
                            && x.text().split(" ").length <= 2 && (taggedPlace || !BODY_WORDS.matcher(x.text()).find()))
                            .forEach(x -> turned.put(x, x.withKind(EntityKind.PLACE, null)));
                }
            }
            i = j;
        }
    }

    /** Whether {@code place} is a place and only the separator {@code join} (after a count in brackets, maybe) comes before {@code m}. */
    private static boolean listedPlace(String text, Mention place, Mention m, Pattern join) {
        return place.kind() == EntityKind.PLACE && place.end() <= m.start() && join.matcher(text.substring(place.end(), m.start())).matches();
    }

    private static List<Mention> byStart(List<Mention> usable) {
        List<Mention> sorted = new ArrayList<>(usable);
        sorted.sort(java.util.Comparator.comparingInt(Mention::start));
        return sorted;
    }

    /** "barrios como El Zapatero, Mandela, El Porvenir y Olaya Herrera": every item of a list of neighbourhoods is one. */
    private static final String CAPITALISED_ITEM = "(?:(?:El|La|Los|Las)\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}'’-]+){0,3}";
    private static final Pattern PLACE_LIST_HEAD = Pattern.compile("(?U)\\b(?i:barrios|colonias|sectores|veredas|comunas|localidades"
            + "|urbanizaciones|corregimientos|neighbou?rhoods)\\s+(?i:como\\s+|such\\s+as\\s+)?(?:" + CAPITALISED_ITEM + "\\s*,\\s*)*"
            + "(?:" + CAPITALISED_ITEM + "(?:\\s*,)?\\s+(?:y|e|and)\\s+)?$");
    private static final String COUNTED = "(?:\\s*\\(\\d{1,4}\\))?";
    private static final Pattern LAST_ITEM = Pattern.compile("(?U)" + COUNTED + "\\s+(?:y|e|and)\\s+(?:(?:de|el|la)\\s+)?");
    private static final Pattern ITEM_COMMA = Pattern.compile("(?U)" + COUNTED + ",\\s*(?:(?:de|el|la)\\s+)?");
    private static final Pattern ITEM = Pattern.compile("(?U)" + COUNTED + "(?:,\\s*|\\s+(?:y|e|and)\\s+)(?:(?:de|el|la)\\s+)?");

    private static final Pattern NATIONALITY_BEFORE = Pattern.compile("(?U)(?i)(?:\\b(?:ciudadan[oa]s?|nacionales|nacional|citizens?"
            + "|nationals?)\\s+(?:\\p{L}{4,}\\s+)?|(?-i:\\b(?:el|la|los|las)\\s+\\p{Ll}{3,}(?:anos?|anas?|inos?|inas?|eños?|eñas?"
            + "|enses?|eses|esas?|és|ecos?|ecas?)\\s+))$");
    private static final Pattern LIST_JOIN = Pattern.compile("(?U)\\s*(?:,\\s*(?:(?:y|and)\\s+)?|\\s+(?:y|and)\\s+)");

    private static boolean givenARole(String text, Mention m) {
        String[] words = m.text().split("\\s+");
        if (words.length < 2 || words.length > 4 || !Names.capitalised(m.text()) || Names.FUNCTION_WORDS.contains(Names.fold(words[0]))
                || BODY_WORDS.matcher(m.text()).find() || BODY_WORDS.matcher(m.listed().caption()).find()) {
            return false; // "Los Chapitos", "La Línea": groups open with an article, people do not
        }
        org.corridor.extract.text.Span phrase = RoleStage.apposition(text, m.end(), Math.min(text.length(), m.end() + 200));
        if (phrase == null) {
            return false;
        }
        List<org.corridor.extract.text.Span> tokens = Names.tokens(text, phrase.start(), phrase.end());
        for (int k = 0; k < Math.min(3, tokens.size()); k++) {
            String word = Names.fold(tokens.get(k).of(text));
            if (NOT_HEAD.contains(word)) {
                return false; // "whose leader", "cuyo jefe", "led by": the group's leader, not what the name is
            }
            if (RoleStage.isRole(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOT_HEAD = Set.of("whose", "cuyo", "cuya", "cuyos", "cuyas", "its", "their", "su", "sus", "led",
            "dirigido", "dirigida", "liderado", "liderada", "encabezado", "encabezada", "headed", "run");

    /** Whether a list that does not type its parties writes this one's name as a person's (see {@link #personLike}, turned names). */
    static boolean listedAsPerson(String caption) {
        return personLike(caption) || Gazetteer.givenFirstInTitleCase(caption, org.corridor.extract.text.Lexicon.standard()) != null;
    }

    static boolean personLike(String caption) {
        if (personForm(caption)) {
            return true;
        }
        if (caption == null || BODY_WORDS.matcher(caption).find()) {
            return false;
        }
        String[] words = caption.strip().split("\\s+");
        return words.length >= 2 && words.length <= 5 && org.corridor.extract.text.Lexicon.standard().givenName(Names.fold(words[0]));
    }

    /** Three to five capitalised words, none naming a body: "Heladio Cisneros Flores", not "Carteles Unidos de Michoacán". */
    static boolean nameShaped(String caption) {
        String[] words = caption.strip().split("\\s+");
        if (words.length < 3 || words.length > 5 || BODY_WORDS.matcher(caption).find() || GROUP_WORDS.matcher(caption).find()) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern GROUP_WORDS = Pattern.compile("(?U)(?i)\\b(?:unidos|united|nacional|national|nueva|new|generaci[oó]n|generation"
            + "|comando|command|fuerzas?|forces?|movimiento|movement|brigadas?|brigades?|carteles|cartels|sociedad|empresa|servicios"
            + "|comercial|industrial|hotel|club|restaurante|gang|banda|pandilla|mara|army|navy|ministerio|ministry|secretar[ií]a)\\b");

    private static final Pattern BODY_WORDS = Pattern.compile("(?U)(?i)\\b(?:cartel|cártel|group|grupo|company|compañía|corporation|corp|inc"
            + "|ltd|llc|s\\.?a\\.?|c\\.?v\\.?|bank|banco|holdings?|trading|international|organi[sz]ation|organización|front|frente"
            + "|army|ejército|clan|familia|los|las|del|de la)\\b");

    /**
     * Whether a listed name is written as lists write people: "SURNAME, Given" or OFAC's mixed
     * "Given SURNAME" (a capitalised word beside a word in capitals). "Tren de Aragua" is not,
     * whatever the tagger makes of it.
     */
    static boolean personForm(String name) {
        if (name == null || Gazetteer.withoutLegalForm(name) != null) {
            return false; // "SUMILAB, S.A. DE C.V.": a company and its legal form, not "SURNAME, Given"
        }
        int comma = name.indexOf(',');
        if (comma > 0 && comma < name.length() - 1 && !name.substring(comma + 1).isBlank()) {
            return true;
        }
        boolean capitals = false;
        boolean capitalised = false;
        for (String w : name.split("\\s+")) {
            if (w.length() >= 2 && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                    && w.chars().anyMatch(Character::isLetter)) {
                capitals = true;
            } else if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().anyMatch(Character::isLowerCase)) {
                capitalised = true;
            }
        }
        return capitals && capitalised;
    }

    /**
     * Whether the headline capitalises its words ("Haitian Gang Leader Indicted Over Sanctions Breach"), so that capitals there
     * do not mark names, unlike one in sentence case ("La Policía de Ecuador detiene a 18 personas").
     */
    private static boolean titleCase(org.corridor.extract.text.Span headline, String text) {
        if (headline == null) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String word : headline.of(text).split("[\\s\"'“”‘’«»]+")) {
            if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitalised * 10 >= words * 6;
    }

    private static final Pattern INSTITUTION = Pattern.compile("(?U)^(?:Policía|Police|Fiscalía|Ejército|Army|Armada|Navy|Marina|Ministerio"
            + "|Ministry|Departamento|Department|Guardia|Guard|Procuraduría|Secretaría|Fuerza|Fuerzas)\\s");

    /**
     * "La Policía de Ecuador detiene a 18 personas": in a headline in sentence case, an institution named there only, whose head
     * word no organisation of the body shares ("Armada Nacional" in the headline, "la Armada de Colombia" in the body, is one body).
     */
    private static boolean institutionNamedOnce(Mention m, org.corridor.extract.text.Span headline, List<Mention> candidates) {
        if (m.kind() != EntityKind.ORGANIZATION || !INSTITUTION.matcher(m.text()).lookingAt()) {
            return false;
        }
        String head = m.text().substring(0, m.text().indexOf(' '));
        for (Mention c : candidates) {
            if (c.kind() == EntityKind.ORGANIZATION && !headline.contains(c.span()) && c.text().startsWith(head)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the body writes a headline's one word only inside longer names of organisations ("the Lebanese Army") or in lower
     * case ("the army"), never as a name alone.
     */
    private static boolean onlyInLongerNames(String text, org.corridor.extract.text.Span headline, Mention m, List<Mention> candidates) {
        Matcher word = Pattern.compile("(?U)\\b" + Pattern.quote(m.text()) + "\\b").matcher(text);
        boolean inAName = false;
        while (word.find()) {
            int at = word.start();
            if (headline.contains(new org.corridor.extract.text.Span(at, word.end()))) {
                continue;
            }
            boolean longer = candidates.stream().anyMatch(c -> c.kind() == EntityKind.ORGANIZATION && c.start() <= at && c.end() >= word.end()
                    && c.end() - c.start() > m.text().length());
            if (!longer) {
                return false;
            }
            inAName = true;
        }
        return inAName;
    }

    /** "Cae la banda 'Los Falsetes', que ...": a group noun, then the name in quotes; a name even in a headline alone. */
    private static final Pattern GROUP_NOUN_QUOTE = Pattern.compile("(?U)(?i)\\b(?:banda|cartel|cártel|clan|pandilla|gang)\\s+['‘\"“«]$");

    private static boolean namedAsAGroup(String text, Mention m) {
        return m.kind() == EntityKind.ORGANIZATION && GROUP_NOUN_QUOTE.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find();
    }

    /** Whether the words are written in the text outside the headline too (case aside). */
    private static boolean inBody(String text, org.corridor.extract.text.Span headline, String words) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        String before = text.substring(0, headline.start()).toLowerCase(java.util.Locale.ROOT);
        String after = text.substring(headline.end()).toLowerCase(java.util.Locale.ROOT);
        return before.contains(lower) || after.contains(lower);
    }

    /** A Spanish verb in the third person plural, future or past ("Suspenderán", "Atacaron"), which headlines capitalise. */
    private static final Pattern VERB_FORM = Pattern.compile("(?U)\\p{Lu}\\p{Ll}+(?:arán|erán|irán|aron|ieron|aban|ían)");
    /** An office named without its holder: "Secretario de Guerra", "Secretary of War". */
    /** A country's word for its police officers, which the tagger reads as a name. */
    private static final Pattern POLICE_WORD = Pattern.compile("(?U)Garda[íi]?|Carabinieri|Gendarmes");
    private static final Pattern OFFICE_ALONE = Pattern.compile("(?U)(?:Secretario|Secretaria|Secretary|Ministro|Ministra|Minister|Fiscal"
            + "|Procurador|Director|Directora|Subsecretario|Under Secretary)\\s+(?:de|del|of|of the)\\s+\\p{Lu}\\p{L}*");
    private static final Pattern PLACE_NOUN_BEFORE = Pattern.compile("(?iU)\\b(?:(?:estado|provincia|departamento|municipio|ciudad|puerto|cantón"
            + "|distrito|parroquia|comuna|corregimiento|localidad)"
            // "la localidad boliviana de Villazón", "la ciudad fronteriza de La Quiaca": an adjective after the Spanish noun
            + "(?:\\s+(?-i:\\p{Ll}+(?:a|o|e|as|os|es)))?"
            // "frente a las costas de Guerrero": a state's coast, not a man named Guerrero
            + "|costas?|litoral|sierra|coast|shores?|canton"
            + "|state|province|department|city|port|town|county|district)\\s+(?:de|of)\\s+$");
    /** Where a load or a traveller was going: "su destino final era Córdoba", "con destino a Amberes", "bound for Rotterdam". */
    private static final Pattern DESTINATION_BEFORE = Pattern.compile("(?iU)\\b(?:destino(?:\\s+final)?\\s+(?:era|es|sería|fue)|con\\s+destino\\s+a"
            + "|rumbo\\s+a|bound\\s+for|destined\\s+for|(?:headed|heading)\\s+(?:for|to))\\s+$");
    /**
     * An animal named, after its name or before it: "a detector dog named Alfie", "el perro Cuai", "the sniffer dog Rex", "Cuai,
     * un perro del cuerpo de canes".
     */
    private static final Pattern ANIMAL_NAMED = Pattern.compile("(?U)\\b(?i:(?:dogs?|perr[oa]s?|(?<=\\b(?:el|su)\\s)can|canine|K-?9)"
            + "(?:\\s+(?:antidrogas|antinarcóticos|detector))?(?:\\s+(?:named|called|llamad[oa]|de\\s+nombre))?)\\s+[\"“]?(\\p{Lu}\\p{Ll}+)(?!\\s+\\p{Lu})"
            // a name of one word (not "John Smith, a dog handler"), then what it is
            + "|(?<!\\p{Lu}\\p{L}{0,20}\\s)\\b(\\p{Lu}\\p{Ll}+)[\"”]?,\\s+(?i:un|una|el|la|a|an|the|its|su)\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?i:perro|perra|can|dog|canine)\\b(?!\\s+(?i:handler|trainer|owner|breeder|walker|guía|adiestrador))");

    private static final Pattern WHERE_BEFORE = Pattern.compile("(?U)(?:\\b(?:in|at|near|from)\\s+|\\p{Lu}\\p{L}+,\\s+)$");
    private static final Pattern POSSESSIVE_WORD_AFTER = Pattern.compile("(?U)^['’]s\\s(\\p{Lu}\\p{Ll}+)\\b");

    /**
     * "in Teknaf, Cox's Bazar": a word the tagger took for a name of its own, which the document only ever writes before "'s"
     * and the one word it takes for a place, is the first half of that place's name ("Cox's Bazar", "King's Lynn"), not a
     * person or a body ("Trump's Florida" is not one: the report names Trump alone too).
     */
    private static List<Mention> possessivePlaceNames(String text, List<Mention> usable) {
        if (text.indexOf("'s ") < 0 && text.indexOf("’s ") < 0) {
            return usable;
        }
        List<Mention> out = new ArrayList<>(usable);
        for (Mention m : usable) {
            Matcher named = POSSESSIVE_NAME.matcher(m.text());
            if (m.origin().equals("ner") && (m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANIZATION) && named.matches()
                    && WHERE_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()
                    && onlyBefore(text, named.group(1), m.text().substring(named.end(1)))) {
                int at = out.indexOf(m);
                if (at >= 0) {
                    out.set(at, m.withKind(EntityKind.PLACE, null)); // the tagger took "Cox's Bazar" whole, for a body
                }
                continue;
            }
            Matcher after = POSSESSIVE_WORD_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
            if (!m.origin().equals("ner") || m.kind() != EntityKind.PERSON && m.kind() != EntityKind.ORGANIZATION || m.text().indexOf(' ') >= 0
                    || !after.lookingAt()) {
                continue;
            }
            int end = after.end(1);
            // where a place is named: "in Cox's Bazar", "Teknaf, Cox's Bazar", or the tagger took the second word for one
            boolean place = WHERE_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()
                    || usable.stream().anyMatch(o -> o.kind() == EntityKind.PLACE && o.start() == after.start(1) && o.end() == end);
            if (place && onlyBefore(text, m.text(), text.substring(m.end(), end))) {
                org.corridor.extract.text.Span whole = new org.corridor.extract.text.Span(m.start(), end);
                out.removeIf(o -> o.span().overlaps(whole));
                out.add(new Mention(whole, text.substring(m.start(), end), EntityKind.PLACE, m.origin(), m.confidence(), null, null));
            }
        }
        return out.size() == usable.size() && out.containsAll(usable) ? usable : byStart(out);
    }

    /** "Aduana General de la República", "Policía Nacional", "Customs Service": an institution's head word, then what kind. */
    private static final Pattern HEAD_OF_A_BODY = Pattern.compile("(?U)^(Aduana|Policía|Fiscalía|Prefectura|Armada|Procuraduría|Customs"
            + "|Police)\\s+(?:General|Nacional|Federal|Central)\\b");

    private static final Pattern POSSESSIVE_NAME = Pattern.compile("(?U)(\\p{Lu}\\p{Ll}+)['’]s\\s\\p{Lu}\\p{Ll}+");

    /** Whether the text writes {@code word} only ever followed by {@code rest} ("'s Bazar"). */
    private static boolean onlyBefore(String text, String word, String rest) {
        Matcher everywhere = Pattern.compile("(?U)\\b" + Pattern.quote(word) + "\\b").matcher(text);
        while (everywhere.find()) {
            if (!text.startsWith(rest, everywhere.end())) {
                return false;
            }
        }
        return true;
    }

    /** Words every animal's naming holds; "can" only as Spanish writes it, so English "can" does not run the pattern. */
    private static final String[] ANIMAL_CUES = {"perr", "dog", "canine", "k9", "k-9", "el can ", "su can ", "un can ", "una can"};

    /** The one-word names the text gives animals. */
    private static Set<String> animalNames(String text) {
        Set<String> names = new HashSet<>();
        if (!org.corridor.extract.text.Cues.any(org.corridor.extract.text.Cues.lower(text), ANIMAL_CUES)) {
            return names;
        }
        Matcher m = ANIMAL_NAMED.matcher(text);
        while (m.find()) {
            names.add(Names.key(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return names;
    }

    // "el aeropuerto Jorge Chávez": an airport, a port or a terminal named after someone is a place
    private static final Pattern LANDING_BEFORE = Pattern.compile("(?iU)\\b(?:embarcadero|muelle|playa|cala|ensenada|pier|wharf|aeropuerto"
            + "|airport|terminal portuario|puerto)\\s+(?:de\\s+|internacional\\s+)?$");
    private static final Pattern WATER_HEAD = Pattern.compile("(?U)(?:Golfo|Gulf|Bahía|Bay|Mar|Océano|Ocean|Río|Estrecho|Strait)\\s+(?:de|del|of)\\s");
    private static final Pattern IN_BEFORE = Pattern.compile("(?U)\\b(?:en|in)\\s+$");
    private static final Pattern NEAR_AFTER = Pattern.compile("(?iU)^,\\s+(?:cerca de|near|al (?:norte|sur|este|oeste|noreste|noroeste"
            + "|sureste|suroeste) de|(?:north|south|east|west|northeast|northwest|southeast|southwest) of|en el (?:estado|municipio) de"
            + "|in the state of)\\b");

    /** A name after "en"/"in" that a place follows, set off by a comma: "en Jesús María, cerca de Culiacán", "in Jesus Maria, Sinaloa". */
    /** "in " or "en " and at most one capitalised word ("President", "San") before a name. */
    private static final Pattern IN_AND_TITLE_BEFORE = Pattern.compile("(?U)\\b(?:in|en)\\s+(\\p{Lu}\\p{Ll}+\\s+)?$");

    /**
     * "their house in President Quirino, Sultan Kudarat.": two names the tagger took for persons, the first after "in", the
     * second after a comma and ending the clause, are a town and its province; the starts of both.
     */
    private static Set<Integer> townAndProvince(String text, List<Mention> candidates) {
        Set<Integer> starts = new HashSet<>();
        java.util.Map<Integer, Mention> named = new java.util.HashMap<>();
        for (Mention c : candidates) {
            if (c.origin().equals("ner") && (c.kind() == EntityKind.PERSON || c.kind() == EntityKind.PLACE)) {
                named.putIfAbsent(c.start(), c);
            }
        }
        for (Mention town : candidates) {
            Mention province = named.get(town.end() + 2);
            if (town.origin().equals("ner") && town.kind() == EntityKind.PERSON && province != null
                    && text.startsWith(", ", town.end()) && province.end() < text.length() && ",.;".indexOf(text.charAt(province.end())) >= 0
                    && IN_AND_TITLE_BEFORE.matcher(text.substring(Math.max(0, town.start() - 20), town.start())).find()) {
                starts.add(town.start());
                starts.add(province.start()); // a place already, or a person's name that is the province's
            }
        }
        return starts;
    }

    private static boolean placeBesidePlace(String text, Mention m, Set<Integer> placeStarts) {
        if (!IN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        if (NEAR_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        int comma = m.end();
        if (comma < text.length() && text.charAt(comma) == ',') {
            int next = comma + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            return placeStarts.contains(next);
        }
        return false;
    }

    private static final Pattern CAPITAL_OF_AFTER = Pattern.compile("(?U)(?i)^,\\s+(?:la\\s+)?(?:capital|ciudad|municipio)\\s+(?:de|del)\\b"
            + "|^\\s+\\((?:Quind[ií]o|Colombia)\\)");
    private static final Pattern DISTRICT_BEFORE = Pattern.compile("(?U)(?i)\\b(?:distritos?\\s+de|districts?\\s+of|state\\s+of"
            + "|estado\\s+de)\\s+(?:la\\s+|the\\s+)?$");
    private static final Pattern OPERATION_BEFORE = Pattern.compile("(?U)(?i)\\b(?:operación|operation|operativo)(?:,?\\s+(?:llamad[oa]"
            + "|denominad[oa]|bautizad[oa]|called|dubbed|named|code-?named))?\\s+$");
    private static final Pattern PLACE_AND_BEFORE = Pattern.compile("(?U)(?i)\\b(?:y|and)\\s+(?:el|la|los|las|the)\\s+$");

    /** Whether a place named by the tagger or a list starts within 40 characters before the mention (its coordinated neighbour). */
    private static boolean placeEndsBefore(Mention m, Set<Integer> placeStarts, String text) {
        for (int at = Math.max(0, m.start() - 40); at < m.start(); at++) {
            if (placeStarts.contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CONTINENT = Pattern.compile("(?U)(?i)europa|europe|[aá]frica|asia|ocean[ií]a|latinoam[eé]rica|sudam[eé]rica"
            + "|suram[eé]rica|centroam[eé]rica|norteam[eé]rica|south america|central america|north america|latin america");
    private static final Pattern GOVERNMENT_OF = Pattern.compile("(?U)(?i)(?:gobierno|government)\\s+(?:de|of)\\s+(?:la\\s+|el\\s+|the\\s+)?"
            + "\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?");
    private static final Pattern LIST_WORD = Pattern.compile("(?U)(?i)^(?:lista|list)\\b.*|.*\\b(?:list|lista)$");
    private static final Pattern LIST_AFTER = Pattern.compile("(?U)^\\s+(?:[Ll]ist)\\b");
    private static final Pattern LIST_BEFORE = Pattern.compile("(?U)(?i)\\blista\\s+$");

    /** A list's name or a name that names a list: "Lista de ...", "... List", "Clinton List", "Lista Clinton". */
    private static boolean namesAList(String text, Mention m) {
        if (m.kind() != EntityKind.PERSON && m.kind() != EntityKind.ORGANIZATION) {
            return false;
        }
        return LIST_WORD.matcher(m.text()).matches() || m.text().indexOf(' ') < 0
                && (LIST_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8)).lookingAt()
                || LIST_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find());
    }

    private static final Pattern FAMILY_BEFORE = Pattern.compile("(?iU)\\b(?:(?:los|las)\\s+(?:hermanos|hermanas|primos)|(?:la|the)\\s+"
            + "famil(?:ia|y))\\s+$");
    private static final Pattern FAMILY_AFTER = Pattern.compile("(?iU)^\\s+(?:brothers|sisters|family|clan)\\b");

    private static boolean family(String text, Mention m) {
        return FAMILY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()
                || FAMILY_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
    }

    /** A faction and the cartel it belongs to, run into one name: "Los Mayos del Cártel de Sinaloa". */
    private static final Pattern FACTION_OF_CARTEL = Pattern.compile("(?U)^(?:Los|Las|La|El)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?"
            + "( del )(?=C[áa]rtel\\s)");

    /** A conjunction, then an article opening a second capitalised name: where two bodies tagged as one meet. */
    private static final Pattern TWO_GROUPS = Pattern.compile("(?U) (?:y|and) ((?:La|Las|Los|El|the) \\p{Lu})");

    /**
     * "Treasury Department's Office of Foreign Assets Control" is two names, and so are "Los Mayos del
     * Cártel de Sinaloa" and "Los Halcones Negros y Los Zorros".
     */
    private static List<Mention> splitPossessives(String text, List<Mention> candidates) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : candidates) {
            Matcher faction = m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION ? FACTION_OF_CARTEL.matcher(m.text()) : null;
            if (faction != null && faction.lookingAt()) {
                int cut = faction.start(1);
                int right = faction.end(1);
                out.add(new Mention(new org.corridor.extract.text.Span(m.start(), m.start() + cut), m.text().substring(0, cut), m.kind(),
                        m.origin(), m.confidence(), null, null));
                out.add(new Mention(new org.corridor.extract.text.Span(m.start() + right, m.end()), m.text().substring(right), m.kind(),
                        m.origin(), m.confidence(), null, null));
                continue;
            }
            Matcher two = m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION ? TWO_GROUPS.matcher(m.text()) : null;
            if (two != null && two.find()) {
                // "Los Halcones Negros y Los Zorros", "the Justice Department and the FBI" tagged as one: two bodies
                out.add(new Mention(new org.corridor.extract.text.Span(m.start(), m.start() + two.start()), m.text().substring(0, two.start()),
                        m.kind(), m.origin(), m.confidence(), null, null));
                int right = m.start() + two.start(1);
                out.add(new Mention(new org.corridor.extract.text.Span(right, m.end()), text.substring(right, m.end()), m.kind(),
                        m.origin(), m.confidence(), null, null));
                continue;
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION && agencyUnit(text, m, out)) {
                continue;
            }
            Matcher cutter = m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION ? SHIP_IN_NAME.matcher(m.text()) : null;
            if (cutter != null && cutter.matches()) {
                // "the Coast Guard Cutter Stone": the service, and a ship that is no entity
                int cut = cutter.end(1);
                out.add(new Mention(new org.corridor.extract.text.Span(m.start(), m.start() + cut), m.text().substring(0, cut), m.kind(),
                        m.origin(), m.confidence(), null, null));
                continue;
            }
            int at = m.origin().equals("ner") ? Math.max(m.text().indexOf("'s "), m.text().indexOf("’s ")) : -1;
            if (at > 0 && Names.capitalised(m.text().substring(at + 3)) && m.text().substring(at + 3).contains(" ")
                    && !m.text().substring(0, at).endsWith("Attorney") && !m.text().substring(0, at).endsWith("Attorney General")) {
                out.add(new Mention(new org.corridor.extract.text.Span(m.start(), m.start() + at), m.text().substring(0, at), m.kind(),
                        m.origin(), m.confidence(), null, null));
                int right = m.start() + at + 3;
                out.add(new Mention(new org.corridor.extract.text.Span(right, m.end()), text.substring(right, m.end()), m.kind(),
                        m.origin(), m.confidence(), null, null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** "officers of ": people a body's short form may follow. */
    private static final Pattern STAFF_OF_BEFORE = Pattern.compile("(?U)(?i)\\b(?:prosecutors?|officers?|agents?|investigators?|director"
            + "|chief|head|spokes(?:man|woman|person))\\s+(?:of|from|at)\\s+(?:the\\s+)?$");
    /** ", Romania's office for ...", ", the country's anti-drug agency": what a body's short form may be set beside. */
    private static final Pattern BODY_APPOSED_AFTER = Pattern.compile("(?U)^,\\s+(?:the|\\p{Lu}\\p{L}+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?i:office|agency|directorate|department|bureau|service|unit|police|authority|commission)\\b");

    /**
     * A word in capitals the tagger read as a place that staff belong to and a body's description stands beside: a body's
     * short form ("prosecutors of DIICOT, Romania's office for investigating organized crime"); a country's letters stay the
     * country's, its own mention chosen first.
     */
    private static boolean bodysLetters(String text, Mention m) {
        if (m.text().length() < 3 || m.text().length() > 8 || !m.text().chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        return STAFF_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                && BODY_APPOSED_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 80)).lookingAt();
    }

    /**
     * "National Security Division of the Justice Department": a unit of a body, both named; and "the Sea Ports Customs
     * Directorate of Customs Affairs", "the Anti-Narcotics Directorate of the General Directorate of Criminal Investigation and
     * Forensic Science", as Gulf ministries name theirs.
     */
    private static final Pattern UNIT_OF = Pattern.compile("(?U)^(.*?\\b(?:Division|Section|Branch|Unit|Directorate|Bureau|Command|Brigade|Squad))"
            + "\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:Department|Ministry|Agency|Police|Army|Navy|Air Force|Affairs)"
            + "|General\\s+Directorate\\s+(?:of|for)\\s+\\p{Lu}.*)$");
    /** "Washington Field Office of Homeland Security Investigations": the office is the agency. */
    private static final Pattern FIELD_OFFICE_OF = Pattern.compile("(?U)^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}Field Office\\s+of\\s+(?:the\\s+)?(\\p{Lu}.+)$");
    private static final Pattern FIELD_OFFICE = Pattern.compile("(?U)^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}Field Office$");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?U)\\p{L}['’]s\\s+(?:the\\s+)?$");
    /** "the US Attorney's Office for the District of Columbia", which the tagger cuts after the possessive. */
    private static final Pattern ATTORNEYS_BEFORE = Pattern.compile("(?U)(?:(?:U\\.S\\.|US|United States)\\s+)?Attorney(?:\\s+General)?['’]s\\s+$");

    /** The head words of bodies named for a field after "for": "Agency for ...", "Administration for ...". */
    private static final String FOR_FIELD_HEADS = "(?:Agency|Office|Administration|Commission|Bureau|Institute|Centre|Center|Council"
            + "|Directorate)";
    private static final Pattern BODY_HEAD_END = Pattern.compile("(?U)\\b" + FOR_FIELD_HEADS + "$");
    private static final Pattern FOR_PORTFOLIO = Pattern.compile("(?U)\\s+for\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+"
            + "(?:\\s+(?:(?:and|of|on)\\s+)?\\p{Lu}[\\p{L}-]+){0,5}");

    /** "Administration for Customs": a body's head word, "for" and its field, ending the tagged name. */
    private static final Pattern FOR_A_FIELD = Pattern.compile("(?U)\\b" + FOR_FIELD_HEADS + "\\s+for\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)*"
            + "\\p{Lu}[\\p{L}-]+$");
    /** " and Revenues", " and Border Security": one more capitalised field after "and", of one or two words. */
    private static final Pattern ONE_MORE_FIELD = Pattern.compile("(?U)^\\s+and\\s+\\p{Lu}[\\p{L}-]+(?:[ \\t]\\p{Lu}[\\p{L}-]+)?(?![\\p{L}'’-])");

    /** Units of agencies: a field office is its agency, a division of a department is two bodies; whether it was one. */
    private static boolean agencyUnit(String text, Mention m, List<Mention> out) {
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        if (m.text().startsWith("Office ")) {
            Matcher attorneys = ATTORNEYS_BEFORE.matcher(before);
            if (attorneys.find()) {
                out.add(part(text, m, m.start() - (before.length() - attorneys.start()), m.end()));
                return true;
            }
        }
        Matcher more = ONE_MORE_FIELD.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
        if (FOR_A_FIELD.matcher(m.text()).find() && more.lookingAt()) {
            // "the Administration for Customs and Revenues", which the tagger cuts at "and"
            out.add(part(text, m, m.start(), more.end()));
            return true;
        }
        Matcher portfolio = FOR_PORTFOLIO.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 80));
        if (BODY_HEAD_END.matcher(m.text()).find() && portfolio.lookingAt()) {
            // "European Union Agency for Law Enforcement Cooperation", which the tagger cuts at "for"
            out.add(part(text, m, m.start(), portfolio.end()));
            return true;
        }
        if (!m.text().contains(" of ") && !m.text().endsWith("Field Office")) {
            return false;
        }
        if (FIELD_OFFICE.matcher(m.text()).matches() && POSSESSIVE_BEFORE.matcher(before).find()) {
            return true; // "the FBI's Miami Field Office": the FBI, named already
        }
        Matcher field = FIELD_OFFICE_OF.matcher(m.text());
        if (field.matches()) {
            out.add(part(text, m, m.start() + field.start(1), m.end()));
            return true;
        }
        Matcher unit = UNIT_OF.matcher(m.text());
        if (unit.matches()) {
            out.add(part(text, m, m.start(), m.start() + unit.end(1)));
            out.add(part(text, m, m.start() + unit.start(2), m.end()));
            return true;
        }
        return false;
    }

    /** The words of the text from {@code start} to {@code end}, as a mention of the same kind and origin as {@code m}, listed nowhere. */
    private static Mention part(String text, Mention m, int start, int end) {
        return new Mention(new org.corridor.extract.text.Span(start, end), text.substring(start, end), m.kind(), m.origin(), m.confidence(),
                null, null);
    }

    /** "the Kinahan gang" for a listed "KINAHAN ORGANIZED CRIME GROUP": a listed name, then a group noun in lower case. */
    private static final Pattern LOWER_GROUP_NOUN_END = Pattern.compile("(?U)\\s+(?:gang|cartel|crime group|organi[sz]ed crime group"
            + "|network|organi[sz]ation|crime gang)$");

    private static final Pattern DAY_DE_BEFORE = Pattern.compile("(?U)\\d{1,2}\\s+de\\s+$");
    private static final Pattern YEAR_AFTER = Pattern.compile("(?U)^\\s+(?:de(?:l)?\\s+)?\\d{4}\\b");

    /** "Yao Huatao, 32; Wu Yonghao, 31": an age right after a name makes it a person's, whatever a list or the tagger said. */
    private static final Pattern AGE_AFTER = Pattern.compile("(?U)^,\\s*\\d{1,2}(?:\\s*[,;.)]|\\s+(?:years? old|años)\\b|\\s*$)");
    /** ", Ltd.", " S.A. de C.V.": a company's legal form, which a list's name may have been found without. */
    private static final Pattern LEGAL_FORM_AFTER = Pattern.compile("(?U)^\\.?,?\\s*(?:Co\\.,?\\s*)?(?:Ltd|Inc|LLC|L\\.L\\.C|Corp|GmbH|Limited|Ltda"
            + "|S\\.A\\.(?:\\s+de\\s+C\\.V\\.)?|S\\.A\\.S|S\\.L|S\\.R\\.L)\\b\\.?");
    /** "el penal del Altiplano", "the prison of Puente Grande": a prison, a place. */
    private static final Pattern PRISON_BEFORE = Pattern.compile("(?U)(?i)\\b(?:penal|cárcel|prisión|reclusorio|penitenciaría|prison|jail"
            + "|penitentiary)\\s+(?:(?:de|del|of)\\s+)?(?:(?:la|el|the)\\s+)?$");
    /** "Desde el Centro de Rehabilitación Social La Roca, alias 'Negro Tulio' dirigía ...": a prison by its own name, a place. */
    private static final Pattern PRISON_NAME = Pattern.compile("(?U)(?i)(?:centro\\s+de\\s+rehabilitación\\s+social|centro\\s+penitenciario"
            + "|centro\\s+de\\s+privación\\s+de\\s+(?:la\\s+)?libertad|centro\\s+federal\\s+de\\s+readaptación\\s+social"
            + "|federal\\s+correctional\\s+(?:institution|complex)|federal\\s+detention\\s+center)\\b");
    /** "Murtala Muhammed International Airport", which the tagger reads as a body: an airport or a base by its own name, a place. */
    private static final Pattern SITE_NAME = Pattern.compile("(?U)\\b(?:Airport|Airfield|Air\\s+Base)$");

    /**
     * The site's name as the page's first line gives it when that line is a navigation bar the rules blank ("AllAfrica" in
     * "AllAfrica | Angola | Crime"), or null.
     */
    private static String siteOfThePage(Work work) {
        String page = work.document.text();
        int start = 0;
        while (start < page.length() && Character.isWhitespace(page.charAt(start))) {
            start++;
        }
        int end = page.indexOf('\n', start);
        end = end < 0 ? page.length() : end;
        int bar = page.indexOf(" | ", start);
        if (bar < 0 || bar >= end || !work.text().substring(start, end).isBlank()) {
            return null;
        }
        return page.substring(start, bar).strip();
    }

    static boolean siteName(String name) {
        return SITE_NAME.matcher(name).find();
    }

    /** A unit's name, then an opening quote and maybe a rank: the name in the quotes is the one the unit bears. */
    private static final Pattern UNIT_NAMED_AFTER = Pattern.compile("(?U)\\b(?:Batallón|Brigada|Regimiento|Escuadrón|Batallion|Battalion"
            + "|Brigade|Regiment|Squadron)\\b[^.;\"“”«»\\n]{0,60}[\"“«]\\s*(?:(?:Comandante|General|Coronel|Capitán|Teniente|Commander"
            + "|Colonel|Captain)\\s+)?$");

    /** "-CAJAF" right after a body's name: a capitalised word joined to it by a hyphen is the name's. */
    private static final Pattern JOINED_AFTER = Pattern.compile("(?U)^(?:-\\p{Lu}[\\p{L}\\d]*)+(?![\\p{L}\\d-])");

    /** "the Mexico-based Sinaloa Cartel": where a group is based, no part of its name. */
    private static final Pattern BASED_PREFIX = Pattern.compile("(?U)^\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?-based\\s+(?=\\p{Lu})");

    private static Mention withLegalForm(String text, Mention m) {
        if (m.kind() != EntityKind.ORGANIZATION || !m.origin().equals("gazetteer")) {
            return m;
        }
        Matcher form = LEGAL_FORM_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24));
        if (!form.lookingAt()) {
            return m;
        }
        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(m.start(), form.end());
        return new Mention(span, span.of(text), m.kind(), m.origin(), m.confidence(), m.listed(), m.code());
    }

    /**
     * "ANF Headquarters", "Sri Lanka Navy Headquarters": a body's own seat named after it is the body (not "Police Headquarters",
     * one word that names no body alone).
     */
    private static final Pattern OWN_SEAT = Pattern.compile("(?U)^(\\p{Lu}{2,6}|\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}[\\p{L}-]+)+)\\s+(?:Headquarters|HQ)$");

    private static Mention withoutItsSeat(Mention m) {
        Matcher seat = m.kind() == EntityKind.ORGANIZATION ? OWN_SEAT.matcher(m.text()) : null;
        if (seat == null || !seat.matches()) {
            return m;
        }
        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(m.start(), m.start() + seat.end(1));
        return new Mention(span, seat.group(1), m.kind(), m.origin(), m.confidence(), m.listed(), m.code());
    }

    private static Mention withoutBasedIn(String text, Mention m) {
        Matcher based = m.kind() == EntityKind.ORGANIZATION ? BASED_PREFIX.matcher(m.text()) : null;
        if (based == null || !based.lookingAt()) {
            return m;
        }
        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(m.start() + based.end(), m.end());
        return new Mention(span, span.of(text), m.kind(), m.origin(), m.confidence(), m.listed(), m.code());
    }

    private static final Pattern SITE_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:(?:international\\s+)?airport|air\\s*base|airfield"
            + "|(?:air force|military|naval|army)\\s+base|(?:police\\s+)?headquarters|barracks|prison|penitentiary)\\b");
    /** Not "FBI headquarters": a body's own seat is the body, but a police unit's base is a place. */
    private static final Pattern UNITS_SITE_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:police\\s+headquarters|air\\s*base|barracks)\\b");
    /** A name a waterway's noun follows in apposition: "Government Cut, el canal ...", "X, the channel ...". */
    private static final Pattern WATERWAY_AFTER = Pattern.compile("(?U)(?i)^,\\s+(?:el|la|the|a|an|un|una)\\s+(?:canal|río|bahía|estrecho"
            + "|ensenada|estuario|channel|river|bay|strait|inlet|estuary|waterway)\\b");
    private static final Pattern REGION_OF_A_BODY_AFTER = Pattern.compile("(?U)^\\s(?:North|South|East|West|Northeast|Northwest|Southeast"
            + "|Southwest)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{Lu}|of\\b))");
    private static final Pattern COURT_HEAD = Pattern.compile("(?U)(?:Juzgado|Tribunal|Fiscalía|Sala|Court)\\b");
    /** A unit's or an office's head word ending a body's name, which a regional number may follow. */
    private static final Pattern UNIT_HEAD_END = Pattern.compile("(?U)\\b(?:Agency|Office|Unit|Region|Command|Division|Battalion|Brigade"
            + "|Regiment|Squadron|District|Zone|Team)$");
    /** "-12", " 3": the number, alone, right after. */
    private static final Pattern UNIT_NUMBER_AFTER = Pattern.compile("^(?:-|\\s)\\d{1,2}(?![\\d\\p{L}]|[.,]\\d)");
    /** Where the number right after a tagged unit's name ends ("Police Regional Office 3"), or -1 when none follows. */
    static int unitNumberEnd(String text, Mention m) {
        if (!m.origin().equals("ner") || m.kind() != EntityKind.ORGANIZATION || !UNIT_HEAD_END.matcher(m.text()).find()) {
            return -1;
        }
        Matcher number = UNIT_NUMBER_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 6));
        return number.lookingAt() ? number.end() : -1;
    }

    private static final Pattern COURT_NUMBER_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:número|numero|núm\\.|n\\.?\\s?º|no\\.|number)\\s*\\d{1,3}(?!\\d|[.,]\\d)");
    /** "º 25 Base Sur" after "N.": a unit's number and the capitalised words of its name after it. */
    private static final Pattern NUMBERED_AFTER = Pattern.compile("(?U)^[º°]\\s*\\d{1,3}(?:\\s+\\p{Lu}\\p{L}+){0,3}");
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?U)(?i)(?<!\\p{L})(?:un|una|a|an)\\s+$");
    /**
     * "una Unidad de Reacción Rápida (URR) de la Estación de Guardacostas de Santa Marta": the spans of units of a kind, named
     * after an indefinite article and before the body they belong to, and of their short forms in brackets; and where those
     * bodies' names start.
     */
    private record UnitsOfBodies(Set<org.corridor.extract.text.Span> units, Set<Integer> bodyStarts) {
    }

    private static UnitsOfBodies unitsOfBodies(String text, List<Mention> candidates, boolean spanish) {
        Set<org.corridor.extract.text.Span> units = new HashSet<>();
        Set<Integer> organizationStarts = new HashSet<>();
        candidates.stream().filter(c -> c.kind() == EntityKind.ORGANIZATION).forEach(c -> organizationStarts.add(c.start()));
        Set<Integer> bodyStarts = new HashSet<>();
        for (Mention c : candidates) {
            if (!c.origin().equals("ner") || c.kind() != EntityKind.ORGANIZATION
                    || !(spanish ? SPANISH_INDEFINITE_BEFORE : INDEFINITE_BEFORE).matcher(text).region(Math.max(0, c.start() - 6), c.start()).find()) {
                continue;
            }
            Matcher after = OF_A_BODY_AFTER.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 24));
            if (after.lookingAt() && organizationStarts.contains(after.end())) {
                units.add(c.span());
                bodyStarts.add(after.end());
                if (after.group(1) != null) {
                    units.add(new org.corridor.extract.text.Span(after.start(1), after.end(1)));
                }
            }
        }
        return new UnitsOfBodies(units, bodyStarts);
    }

    /** A body's mention with the seat after it ("... de Buenaventura") that the tagger may leave out. */
    private static Mention bodyWithItsSeat(String text, Mention m) {
        Matcher seat = SEAT_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
        return seat.lookingAt() ? part(text, m, m.start(), seat.end()) : m;
    }

    private static final Pattern SEAT_AFTER = Pattern.compile("(?U)^\\s+de\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}(?!\\p{L})");
    /** After a unit's name, its short form maybe, then the body it belongs to: " (URR) de la Estación ...", " of the Coast Guard". */
    private static final Pattern OF_A_BODY_AFTER = Pattern.compile("(?U)^\\s*(?:\\((\\p{Lu}[\\p{L}-]{1,8})\\)\\s*)?(?:de\\s+la|del|of\\s+the)"
            + "\\s+(?=\\p{Lu}\\p{L}+\\s+\\p{L})");
    /** Spanish "a" is a preposition ("declaró terroristas a Los Zorros"), not an article. */
    private static final Pattern SPANISH_INDEFINITE_BEFORE = Pattern.compile("(?U)(?i)(?<!\\p{L})(?:un|una)\\s+$");
    /**
     * A verb or a relative right after a name, so the name is the whole phrase: "Una Unidad de Reacción Rápida fue enviada", "...
     * encontró", "... y un equipo canino" (not English "a Coast Guard and a Navy ship", where the body is named before a noun).
     */
    private static final Pattern NO_HEAD_AFTER = Pattern.compile("(?U)(?i)\\s+(?:fue|es|era|ha|había|llegó|was|is|has|had|arrived|que"
            + "|which|that|y\\s+una?|(?-i:\\p{Ll})+(?:ó|aron|ieron))\\b");
    private static final Pattern ACTING_AS_BEFORE = Pattern.compile("(?U)(?i)\\b(?:en funciones de|acting as|in the role of)\\s+$");
    private static final String STREET_WORD = "Street|Avenue|Road|Boulevard|Drive|Lane";
    private static final Pattern STREET_NAME = Pattern.compile("(?U)^\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+(?:" + STREET_WORD + "|Trace)$");
    private static final Pattern STREET_AFTER = Pattern.compile("(?U)^\\s+(?:" + STREET_WORD + "|Ave\\.|St\\.|Blvd\\.)(?!\\p{L})");
    private static final Pattern AGED_BEFORE = Pattern.compile("(?U)(?i)\\b\\d{1,3}-year-old\\s+$");
    /**
     * A name the tagger took for a person that its words or its context say is a place: "San Pedro" (a town named for a saint);
     * "a 34-year-old from Fasi" (where he is from); "the northern province of Hai Duong", "Hoa Binh police seize ...", "Erongo's
     * deputy police commissioner" (an area, by its kind or by what only an area has).
     */
    private static boolean placeTakenForAPerson(String text, Mention m) {
        return SAINTS_PLACE.matcher(m.text()).matches()
                || AGED_FROM_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()
                || AREA_OF_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()
                || AREAS_OFFICE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 50)).lookingAt();
    }

    private static final Pattern WHAT_PEOPLE_CALL_BEFORE = Pattern.compile("(?U)(?i)\\b(?:which|that|what)\\s+(?:people|locals|residents"
            + "|users|dealers|they)\\s+(?:\\p{L}+\\s+)?call\\s+$");
    /** The posts held over an area: "the Governor of Red Sea State", "el gobernador de Ben Arous". */
    private static final String POSTS_OVER_AN_AREA = "governor|wali|mayor|gobernador|gobernadora|alcalde|alcaldesa";
    /** "Wali of Red Sea State", "Governor of Khartoum State": a post over an area, which the tagger took whole for a body. */
    private static final Pattern AREAS_POST = Pattern.compile("(?U)^(?i:" + POSTS_OVER_AN_AREA + ")\\s+(?:of|de|del)\\s+(\\p{Lu}.*)$");
    private static final Pattern IN_THE_BEFORE = Pattern.compile("(?U)\\b(?:in|In)\\s+(?:the\\s+)?$");
    private static final Pattern AREA_WORD_LAST = Pattern.compile("(?U)\\s(?:State|Province|Region|District|County|Governorate|Estado|Provincia"
            + "|Región|Departamento)$");

    /** "a 39-year-old man from", "a 34-year-old from", "de 34 años, de": where the person aged so is from comes next. */
    private static final Pattern AGED_FROM_BEFORE = Pattern.compile("(?U)(?i)\\b(?:\\d{1,3}-year-old\\s+(?:\\p{L}+\\s+)?from"
            + "|\\d{1,3}\\s+años,?\\s+(?:originari[oa]\\s+)?de)\\s+$");
    private static final Pattern AREA_OF_BEFORE = Pattern.compile("(?U)(?i)\\b(?:province|state|district|region|county|prefecture"
            + "|municipality|town|village|city)\\s+of\\s+$"
            // "El gobernador de Ben Arous, Ezzeddine Chelbi": the area a governor or a mayor holds
            + "|\\b(?:" + POSTS_OVER_AN_AREA + ")\\s+(?:of|de|del)\\s+$");
    /** What only an area has: its police, or a post over it ("Erongo's deputy police commissioner", "Hoa Binh police seize"). */
    private static final Pattern AREAS_OFFICE_AFTER = Pattern.compile("(?U)(?i)^(?:['’]s)?\\s+(?:(?:deputy|assistant|acting|regional"
            + "|provincial|district)\\s+)*(?:police\\b|governor\\b|mayor\\b)");
    /** A public body's name by its head word: "Aduana General de la República", "Ministry of Public Security". */
    private static final Pattern PUBLIC_BODY_NAME = Pattern.compile("(?U)(?:Aduana|Policía|Fiscalía|Dirección|Ministerio|Secretaría"
            + "|Superintendencia|Agencia|Oficina|Procuraduría|Servicio|Guardia|Customs|Ministry|Department|Agency|Bureau)"
            + "(?:\\s+(?:de|del|de la|de los|of|of the|\\p{Lu}\\p{L}+))*\\s+\\p{Lu}\\p{L}+");
    private static final Pattern SAINTS_PLACE = Pattern.compile("(?U)(?:San|Santa|Santo|São)\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?");
    private static final Pattern MAKE_BEFORE = Pattern.compile("(?U)(?i)\\b(?:a|an)\\s+$");
    private static final Pattern HEAD_OF_BEFORE = Pattern.compile("(?U)(?i)\\b(?:director|directora|subdirector|subdirectora|jefe|jefa"
            + "|head|chief)\\s+(?:de|of)\\s+$");
    /** ", a large Norwegian wholesaler", ", una empresa exportadora": a company, described right after its name. */
    private static final Pattern A_COMPANY_AFTER = Pattern.compile("(?U)(?i)^,\\s+(?:a|an|una?)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:wholesaler|retailer|company|firm|exporter|importer|distributor|manufacturer|shipping\\s+line|empresa|compañía|firma"
            + "|exportadora|importadora|distribuidora)\\b");
    private static final Pattern A_SEA_BEFORE = Pattern.compile("(?U)(?i)\\bmar\\s+$");
    private static final Pattern ENGINES_BEFORE = Pattern.compile("(?U)(?i)\\b(?:single|twin|two|four)[- ]engined?\\s+$");
    private static final Pattern CRAFT_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:aircraft|plane|jet|helicopter|light\\s+aircraft)\\b");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?U)^\\s+(?:dollars?|cents?)\\b");

    /** " de la Guardia Civil de Cádiz" (Spanish names run on so; English gold keeps "X of the Y" two), "-South": what a unit's name goes on with after the tagger stopped. */
    private static final Pattern OF_BODY = Pattern.compile("(?U)^(?:\\s+(?:de\\s+la|del|de\\s+los)\\s+)$");
    private static final Pattern HYPHEN_SUFFIX = Pattern.compile("(?U)^-(?:South|North|East|West|Sur|Norte|Este|Oeste)\\b");
    private static final Pattern OF_PLACE = Pattern.compile("(?U)^\\s+de\\s+$");

    /**
     * "el Servicio Marítimo de la Guardia Civil", "la Central Operativa Compleja de la Guardia Civil de Cádiz", "Joint
     * Inter-Agency Task Force-South": a unit named with the body it belongs to (and that body's seat) is one name.
     */
    private static List<Mention> unitsOfBodies(String text, List<Mention> usable) {
        List<Mention> sorted = new ArrayList<>(usable);
        sorted.sort(Comparator.comparing(Mention::span));
        Map<Mention, Mention> widened = new java.util.HashMap<>();
        Set<Mention> dropped = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Mention unit = sorted.get(i);
            if (!unit.origin().equals("ner") || unit.kind() != EntityKind.ORGANIZATION || unit.listed() != null || dropped.contains(unit)) {
                continue;
            }
            int end = unit.end();
            Matcher suffix = HYPHEN_SUFFIX.matcher(text).region(end, Math.min(text.length(), end + 8));
            if (suffix.lookingAt()) {
                end += suffix.end() - suffix.regionStart();
            }
            Mention body = null;
            int bodyAt = -1;
            for (int j = i + 1; j < sorted.size() && sorted.get(j).start() <= end + 12; j++) {
                Mention b = sorted.get(j);
                // not "Los Mayos del Cártel de Sinaloa": only a public body has units named so
                if (b.start() >= end && b.kind() == EntityKind.ORGANIZATION && b.listed() == null && DesignationStage.isAuthority(b.text())
                        && OF_BODY.matcher(text.substring(end, b.start())).matches()) {
                    body = b;
                    bodyAt = j;
                    break;
                }
            }
            if (body != null) {
                end = body.end();
                dropped.add(body);
                // only the mentions starting right after the body: a look ahead of a few places, not a pass over the document
                for (int j = bodyAt + 1; j < sorted.size() && sorted.get(j).start() <= end + 5; j++) {
                    Mention p = sorted.get(j);
                    if ((p.kind() == EntityKind.PLACE || p.kind() == EntityKind.COUNTRY) && p.start() > end && p.start() <= end + 5
                            && OF_PLACE.matcher(text.substring(end, p.start())).matches()) {
                        end = p.end(); // "de Cádiz": the body's seat, as the unit's name has it
                        dropped.add(p);
                        break;
                    }
                }
            }
            if (end != unit.end()) {
                org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(unit.start(), end);
                widened.put(unit, new Mention(span, span.of(text), unit.kind(), unit.origin(), unit.confidence(), unit.listed(), unit.code()));
            }
        }
        if (widened.isEmpty()) {
            return usable;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : usable) {
            if (!dropped.contains(m) || widened.containsKey(m)) {
                out.add(widened.getOrDefault(m, m));
            }
        }
        return out;
    }

    private static final Pattern BANK_OR_COAST = Pattern.compile("(?U)(?:East|West|North|South)\\s+(?:Bank|Coast)(?:\\s+\\p{Lu}\\p{Ll}+)?");

    /** "ACP Waqa", "SSP Khan": police ranks as South Asian and Pacific papers abbreviate them. */
    private static final String POLICE_RANK_ABBREVIATIONS = "ACP|DCP|SSP|DSP|ASP|IGP|DIG";
    /** "Col Philani Nkwalase", "Lt-Gen Godfrey Lebeya": ranks as British and South African papers write them, without dots. */
    static final String UNDOTTED_RANKS = "(?:Lt|Maj|Brig)-(?:Gen|Col|Cdr)|Lt|Col|Gen|Maj|Capt|Brig|Sgt|Cpl|Cdr|Adm|Supt|Insp"
            + "|" + POLICE_RANK_ABBREVIATIONS;
    /** "Lance Cpl.", "Sgt.", "Gen.", "Rep.": an abbreviated rank or title the tagger took into a person's name. */
    private static final Pattern RANK = Pattern.compile("(?U)^(?:(?:Lance|Staff|Master|First|Command|Sgt\\.|Cpl\\.|Pvt\\.|Pfc\\.|Spc\\.|Lt\\."
            + "|Capt\\.|Maj\\.|Col\\.|Gen\\.|Adm\\.|Cmdr\\.|Sen\\.|Rep\\.|Gov\\.|Dr\\.|Mr\\.|Mrs\\.|Ms\\."
            // "Inspector Fa'amoe Tui Fa'amoe": a police rank written in full
            + "|Inspector|Superintendent|Sergeant|Constable|Detective|Corporal"
            + "|" + UNDOTTED_RANKS + ")\\s+)+(?=\\p{Lu})");

    /**
     * The rank comes off a full name, or off a surname alone when the report names that person in full ("ACP Waqa"), which is
     * that person even where the tagger took the rank and the surname for a body ("ACP Naqelevuki").
     */
    private static Mention withoutRank(String text, Mention m, Set<String> surnames) {
        if (m.kind() != EntityKind.PERSON && m.kind() != EntityKind.ORGANIZATION || !m.origin().equals("ner")) {
            return m;
        }
        Matcher rank = RANK.matcher(m.text());
        if (!rank.lookingAt() || rank.end() >= m.text().length()) {
            return m;
        }
        List<String> rest = Names.keys(m.text().substring(rank.end()));
        boolean namedInFull = rest.size() == 1 && surnames.contains(rest.get(0));
        if (!namedInFull && (rest.size() < 2 || m.kind() != EntityKind.PERSON)) {
            return m;
        }
        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(m.start() + rank.end(), m.end());
        return new Mention(span, span.of(text), EntityKind.PERSON, m.origin(), m.confidence(), m.listed(), m.code());
    }

    /** "ACP", "SSP" tagged alone as a body right before a person's name: the person's rank. */
    private static final Pattern POLICE_RANK = Pattern.compile(POLICE_RANK_ABBREVIATIONS);

    private static boolean rankBeforeAPerson(String text, Mention m, List<Mention> usable) {
        return m.kind() == EntityKind.ORGANIZATION && m.origin().equals("ner") && POLICE_RANK.matcher(m.text()).matches()
                && usable.stream().anyMatch(p -> p.kind() == EntityKind.PERSON && p.start() == m.end() + 1 && text.charAt(m.end()) == ' ');
    }

    /**
     * "Customs Group Manager Maritime Paul Campbell", tagged as one organisation: a title with its office word, then a given name
     * and a surname, is the person the title belongs to (the title is read by the role stage, as any title before a name).
     */
    private static Mention personAfterTitle(String text, Mention m) {
        if (m.kind() != EntityKind.ORGANIZATION || !m.origin().equals("ner") || m.listed() != null) {
            return m;
        }
        List<org.corridor.extract.text.Span> words = Names.tokens(text, m.start(), m.end());
        if (words.size() < 4) {
            return m;
        }
        int role = -1;
        for (int k = 0; k < words.size() - 2; k++) {
            if (RoleStage.isRole(Names.fold(words.get(k).of(text)))) {
                role = k;
            }
        }
        if (role < 1) {
            return m;
        }
        org.corridor.extract.text.Lexicon lexicon = org.corridor.extract.text.Lexicon.standard();
        for (int k = role + 1; k < words.size() - 1; k++) {
            String word = words.get(k).of(text);
            // the name starts at the first given name after the office word, with one or two capitalised words after it
            if (lexicon.givenName(Names.fold(word)) && words.size() - k <= 3 && words.subList(k, words.size()).stream()
                    .allMatch(w -> Names.capitalised(w.of(text)))) {
                org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(words.get(k).start(), m.end());
                return new Mention(span, span.of(text), EntityKind.PERSON, m.origin(), m.confidence(), null, null);
            }
        }
        return m;
    }

    /** A capital standing for its government ("Washington said") and a dateline ("LIMA —") are places, not organisations. */
    private static Mention metonymOrDateline(String text, Mention m) {
        if (!m.origin().equals("ner") || m.kind() == EntityKind.PLACE) {
            return m;
        }
        if (m.kind() == EntityKind.ORGANIZATION && CAPITALS.contains(Names.key(m.text()))) {
            return m.withKind(EntityKind.PLACE, null);
        }
        int lineStart = text.lastIndexOf('\n', m.start()) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String rest = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd);
        if (text.substring(lineStart, m.start()).isBlank() && Names.allCaps(m.text())
                && (DATELINE.matcher(rest).find() || DATELINE_STOP.matcher(rest).lookingAt())) {
            return m.withKind(EntityKind.PLACE, null);
        }
        return m;
    }

    private static int score(Mention m) {
        int bonus = switch (m.origin()) {
            case "gazetteer" -> 30;
            case "acronym" -> 25;
            case "pattern" -> 20;
            case "country", "place" -> 15;
            default -> 0;
        };
        // a name a list firmly links (the gazetteer's, or one a nickname corroborated) before the same words only proposed
        int firm = m.listed() != null && !m.listed().weak() ? 15 : 0;
        return bonus + firm + 2 * m.span().length();
    }
}
