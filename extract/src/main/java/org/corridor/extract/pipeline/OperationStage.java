package org.corridor.extract.pipeline;

import java.time.LocalDate;
import java.time.YearMonth;
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
import org.corridor.extract.facts.RunningTotal;
import org.corridor.extract.rules.Dates;
import org.corridor.extract.rules.Figures;
import org.corridor.extract.rules.RunningTotals;
import org.corridor.extract.rules.SeaRegions;
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
    /** Drugs by their kind in English, as a clause on them or where they came from may follow. */
    private static final String ENGLISH_DRUGS = "(?:cocaine|heroin|methamphetamine|meth|drugs|narcotics|cannabis|marijuana|fentanyl)";
    /** The drugs, then a clause on what was done to them: "methamphetamine that was ", "cocaine which ". */
    private static final String DRUGS_THAT = "\\b" + ENGLISH_DRUGS + "\\s(?:that|which)\\s(?:(?:was|were|had\\sbeen|has\\sbeen)\\s)?";
    /** Who takes drugs in such a clause: "the cocaine that police discovered". */
    private static final String TAKERS = "(?:police|officers|customs|agents|authorities)";
    /** A drug or a load as the subject of a Spanish verb of finding: "la droga se detectó". */
    private static final String SPANISH_LOAD = "(?:droga|drogas|coca[ií]na|marihuana|hero[ií]na|cargamento|alijo)";
    /** A drug by its name in English, as a find's verb may have it right after ("found mandrax paste", "found crystal meth"). */
    private static final String DRUG_NAMED = "(?:mandrax|methaqualone|methamphetamine|cocaine|heroin|cannabis|marijuana|fentanyl|hashish"
            + "|shabu|syabu|crystal\\s+meth|narcotic\\s+drugs|narcotics|stimulants|stimulant\\s+drugs)";
    /** "detained it at sea": held at sea, a boat. */
    private static final String IT_AT_SEA = "\\s+it\\s+(?:at\\s+sea|on\\s+the\\s+high\\s+seas|in\\s+international\\s+waters)\\b";
    private static final String NOT_IT_AT_SEA = "(?!" + IT_AT_SEA + ")";
    /** "seven kilograms": a weight told in words. */
    private static final String WEIGHT_IN_WORDS = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
            + "|fifty|a\\s+hundred)";
    /** " large amounts of " before a drug's name, or just the space. */
    private static final String AMOUNTS_OF = "\\s+(?:(?:large|small)\\s+(?:amounts|quantities)\\s+of\\s+)?";

    /** "P460,000 worth of shabu", "$2 million worth of cocaine": drugs told by their worth, right after. */
    private static final String WORTH_OF_DRUGS = "\\s+(?:about\\s+|some\\s+|nearly\\s+|more\\s+than\\s+)?(?:P|₱|PHP|US\\$|\\$|€|£)\\s?[\\d.,]+"
            + "(?:\\s+(?:million|billion))?\\s+worth\\s+of\\s+(?:suspected\\s+|illegal\\s+)?(?:shabu|syabu|cocaine|heroin|marijuana|cannabis"
            + "|methamphetamine|meth|fentanyl|drugs|narcotics)\\b";
    /** "more than 12 million", "about 2 tonnes": a hedge before a count (a constant, so the static patterns above may use it). */
    private static final String ABOUT = "(?:(?:about|some|more\\s+than|nearly|roughly|over|almost|around|approximately|at\\s+least)\\s+)?";
    /** What the campaign's strikes hit, in English and Spanish. */
    private static final String VESSEL = "(?:boats?|vessels?|semi-?submersibles?|submersibles?|submarines?|narco-?subs?|speedboats?"
            + "|lanchas?|narcolanchas?|embarcaci(?:ón|ones)|semisumergibles?|(?:narco)?submarinos?|botes?|buques?|barcos?|naves?|cargueros?"
            + "|freighters?|trawlers?|dhows?|skiffs?|yachts?)";

    static {
        TRIGGERS.put("strike", Pattern.compile("(?U)(?i)\\b((?:(?:air|missile|drone|military|lethal|kinetic)\\s)?strikes?|struck|bombed|"
                + "bombing|bombarde(?:o|os|ó|aron|ada)|ataques? (?:letal(?:es)?|militar(?:es)?|cinético)|atac(?:ó|aron)|"
                + "destroyed (?:a|an|the) (?:vessel|boat|semi-submersible)|destruy(?:ó|eron)(?=\\s+(?:una|otra|la|dos|tres|\\d+)\\s+(?:\\S+\\s+){0,2}?"
                + VESSEL + "\\b)|hit (?:a|an|the|another|two|three|four|five|six|\\d+) "
                + "(?:\\S+\\s+){0,2}?" + VESSEL + "|(?:attacked|targeted|blew up|sank)(?=\\s+(?:a|an|the|another|its|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)"
                + "\\s+(?:\\S+\\s+){0,2}?" + VESSEL + "\\b)" + "|(?<=\\b(?:al|tras|después de|luego de)\\s)atacar(?=\\s+(?:\\S+\\s+){0,3}?" + VESSEL + "\\b)"
                + "|(?:boat|vessel) attacks?|attack(?:ed|s)?(?=\\s+(?:on|against)\\s+"
                + "(?:\\S+\\s+){0,4}?" + VESSEL + ")|(?:nuevo|otro) ataque|ataques?(?=,?\\s+(?:\\S+\\s+){0,8}?(?:contra|a)\\s+(?:\\S+\\s+){0,3}?"
                + VESSEL + ")|atacad[oa]s?|(?<=\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ee]l|[Ee]ste|[Ee]se)\\s)(?:attack|ataque)"
                // "the January attack on Venezuela": an attack named by its month
                + "|(?<=\\b[Tt]he\\s(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\\s)attack"
                + "|(?<=\\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ll]os|[Ee]stos|[Ee]sos)\\s)(?:attacks|ataques)(?=\\s+(?:se produjeron|ocurrieron"
                + "|tuvieron lugar|fueron|took place|occurred|happened|were|del\\s+\\d+|of\\s+\\p{Lu}\\p{L}+\\s+\\d+)\\b))\\b"));
        // "a joint operation", "a security operation in Tapalpa": lower case, so never "Operation Southern Spear"
        TRIGGERS.put("raid", Pattern.compile("(?U)(?i)\\b(raid(?:s|ed)?|operativos?|allanamientos?|allan(?:ó|aron)|cateos?|cate(?:ó|aron)|redadas?|"
                // "un escuadrón de la Marina irrumpió en el escondite": forces storming a place
                + "(?<=\\b(?i:marina|ejército|policía|policías|agentes|militares|escuadrón|marinos|soldados|efectivos|fuerzas|uniformados"
                + "|police|officers|troops|soldiers|forces|agents|marines|commandos)\\b[^.;]{0,80})(?:irrump(?:ió|ieron)(?=\\s+en\\s)|stormed)|"
                + "(?<=\\b(?:executed|served|carried out)\\s)(?:(?:numerous|several|multiple|\\d+|[a-z]+)\\s)?search(?:[- ]and[- ]seizure)? warrants?|"
                // "as they executed a related warrant at a property in the town of Kalbarri"
                + "(?<=\\b(?:executed|served)\\s(?:a|an|the)\\s(?:related\\s|second\\s|further\\s)?)warrant(?=\\s+at\\b)|"
                // "police searched more than 35 locations", "registraron 12 viviendas": places searched, counted
                + "(?:searched|registr(?:ó|aron))(?=\\s+(?:(?:more than|over|some|about|nearly|almost|at least|más de|unos|unas|al menos)\\s+)?"
                + "(?:(?:\\d+|[a-z]+)\\s+)?(?:\\p{L}+\\s+)?(?:locations|places|properties|homes|houses|premises|addresses|residences|sites|buildings"
                + "|warehouses|apartments|viviendas|inmuebles|domicilios|casas|propiedades|locales|bodegas)\\b)|"
                // "registraron su casa en Vilanova de Arousa", "searched his home", "searched a house", "searched the house she lived in": one home searched
                // "searched Okafor's house": a home by its owner's name
                + "(?:searched|registr(?:ó|aron))(?=\\s+(?:his|her|their|the|a|(?:a|the)\\s+\\p{L}+['’]s|(?-i:\\p{Lu})[\\p{L}-]+['’]s|su|sus|la|el)\\s+"
                + "(?:home|house|residence|apartment|flat|casa|vivienda|domicilio|piso|inmueble|finca)\\b)|"
                // "went to his residence at Lot 13 Adventure Village and searched it room by room": the home just named
                + "(?<=\\b(?:home|house|residence|apartment|flat|premises)\\b[^.;]{0,60}\\s)searched(?=\\s+it\\b)|"
                + "(?-i:(?:joint|security|police|army|navy|federal) operation)|"
                // "cumplen ... 60 (órdenes) de registro y aprehensión": search warrants served
                + "(?<=\\bcumpl(?:en|ieron|ió|e|ían|iendo|ido)\\s[^.;]{0,100}?\\bde\\s)(?:registro|allanamiento|cateo)s?|"
                // "intervino en Sanlúcar una vivienda rural": a house entered and searched
                + "interv(?:ino|inieron|enida)(?=\\s+(?:en\\s+\\p{Lu}\\S*\\s+)?(?:una|la|el|un)\\s+(?:vivienda|casa|inmueble|finca|nave|guardería)\\b)|"
                // "los agentes entraron a un domicilio en el jirón Pichincha y detuvieron a cuatro": a home entered by force
                + "(?<=\\b(?:agentes|policías|efectivos|uniformados|militares|soldados|officers|agents|police|troops)\\b[^.;,]{0,30}\\s)"
                + "(?:entr(?:ó|aron)|ingres(?:ó|aron)|entered)(?=\\s+(?:a|al|en|into)?\\s*(?:un|una|el|la|a|an|the)\\s+(?:domicilio|vivienda|casa"
                + "|inmueble|home|house|property|residence)\\b)|"
                // "los agentes hicieron 40 registros": searches counted in one operation
                + "(?<=\\b(?:hicieron|realizaron|practicaron|efectuaron)\\s(?:\\d+|[a-z]+)\\s)registros|"
                // "officers ... carried out 12 searches": searches counted in one operation
                + "(?<=\\b(?:carried\\sout|conducted|performed|made)\\s(?:(?:more\\sthan|over|some|about|nearly)\\s)?(?:\\d+|two|three|four|five|six"
                + "|seven|eight|nine|ten|dozens\\sof|several|numerous|multiple)\\s)searches)\\b"));
        // not a unit's name: "a helicopter interdiction squadron", "Helicopter Interdiction Tactical Squadron"
        // not "a senior member of the airport's staff was interdicted": in Ghana and Nigeria, suspended from work
        TRIGGERS.put("interdiction", Pattern.compile("(?U)(?i)\\b((?<!\\b(?:staff|staffers?|employees?|officials?|workers?|teachers?)"
                + "\\b[^.;]{0,40}\\s(?:was|were|has\\sbeen|have\\sbeen|had\\sbeen)\\s)interdict(?:ed|ion(?!\\s+(?:tactical\\s+)?(?:squadron|team|unit|group|force|cutter))|ions|s)?"
                // (not "boarded a plane in Hanoi": travellers getting on, not a crew boarding a boat)
                + "|(?<!" + DRUGS_THAT + ")intercept(?:ed|ion|s)?|boarded(?!\\s+(?:a|an|the|their|his|her)\\s+(?:\\p{L}+\\s+)?(?:plane|flight"
                + "|aircraft|airliner|jet|bus|train|coach)\\b)|"
                // "Police detained it at sea last week": what was held at sea is a boat, never a person
                + "detained(?=" + IT_AT_SEA + ")|"
                // "stopped a semi-submersible loaded with ...": one boat stopped; "sent two small boats to board it": boarded
                + "stopped(?=\\s+(?:a|an|the|one)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:boat|vessel|semi-?submersible|submersible|speedboat|go-fast"
                + "|narco-?sub|fishing\\s+boat|trawler|dhow)\\b)|"
                // "a fishing trawler that it stopped off the western coast", "a second fishing boat carrying heroin was stopped"
                + "(?<=\\b" + VESSEL + "\\s(?:that|which)\\s\\p{L}{1,12}\\s|\\b" + VESSEL + "\\b[^.;]{0,60}\\s(?:was|were|had\\sbeen|has\\sbeen)\\s)stopped|"
                + "(?<=\\b(?:sent|launched|dispatched|deployed)\\s[^.;]{0,60}\\sto\\s)board|"
                // "Guardsmen took a semi-submersible vessel carrying more than 16,000 pounds of cocaine": a boat taken at sea
                + "took(?=\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:vessel|semi-?submersible|submersible|speedboat|go-fast|narco-?sub)\\b)|"
                // "took the trawler into custody": the boat held, its crew not yet told
                + "took(?=\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + VESSEL + "\\s+into\\s+custody\\b)|"
                // "un yate intervenido frente a las costas de Piura": a vessel stopped and searched
                + "(?<=\\b(?:yate|lancha|embarcación|barco|buque|nave|velero|semisumergible|pesquero)\\s)intervenid[oa]|"
                + "interdicci(?:ón|ones)|intercepci(?:ón|ones)|intercept(?:ó|aron|ada|ado|adas|ados|ación|ara|aran)(?!\\s+y\\s+(?:detenid|arrestad|capturad))|"
                // "los agentes lograron interceptar la embarcación": done, told with what made it possible
                + "(?<=\\b(?:logr(?:ó|aron)|consigui(?:ó|eron)|pudo|pudieron)\\s)interceptar|abord(?:ó|aron)|"
                // "permitió a las autoridades de ese país interceptar y hundir un submarino": what the blow made possible, done
                + "(?<=\\bpermiti(?:ó|eron)\\s(?:a\\s[^.;]{1,40}?\\s)?)interceptar|"
                // "detectaron una lancha rápida", "detectar y detener cerca de Puerto Jiménez una lancha rápida": a boat stopped
                + "(?:detect(?:ó|aron|ar)|detener|detuv(?:o|ieron))(?=(?:\\s+\\S+){0,6}?\\s+(?:una|la|un|el|otra)\\s+(?:lancha|narcolancha"
                + "|embarcación|semisumergible|buque|barco|bote|nave)\\b)|"
                // "una patrulla encontró otra lancha rápida a 444 kilómetros al norte de Panamá": a boat come upon at sea (not one
                // found abandoned or run aground, a seizure)
                + "(?:encontr|localiz)(?:ó|aron)(?=\\s+(?:una|otra|la)\\s+(?:lancha|narcolancha|embarcación|semisumergible)\\b"
                + "(?!\\s+(?:\\p{L}+\\s+)?(?:abandonad|varad|encallad|hundid|semihundid)))"
                + ")\\b"));
        TRIGGERS.put("seizure", Pattern.compile("(?U)(?i)\\b((?<=\\b[Ee]l\\s)hallazgo|"
                // "has stopped an attempt to traffic drugs hidden in a shipment of potatoes": the drugs taken
                + "(?:stopped|foiled|thwarted|prevented|uncovered)(?=\\s+(?:an?|the|another)\\s+(?:\\S+\\s+)?attempts?\\s+to\\s+(?:smuggle|traffic|bring\\s+in"
                + "|import|move|transport)\\s+(?:\\S+\\s+){0,6}?" + ENGLISH_DRUGS + "\\b)|"
                // "10 kilograms of methamphetamine that was intercepted at the port", "methamphetamine that police took at the
                // airport": the drugs taken, a seizure (not a boat stopped at sea)
                + "(?<=" + DRUGS_THAT + ")intercepted|(?<=" + DRUGS_THAT + TAKERS + "\\s)(?:took|discovered|found)|"
                // "the largest drug bust in Namibia's history": a find of drugs (not a "buy-bust operation", a sting)
                + "(?<=\\b(?:drug|drugs|cocaine|heroin|cannabis|narcotics)\\s)bust\\b|"
                // "donde el jueves los investigadores hallaron una cantidad diez veces mayor": more of the drugs told, found
                + "(?:hall|encontr)(?:ó|aron)(?=\\s+una\\s+cantidad\\b)|"
                // "la droga se detectó en el aeropuerto internacional de La Habana": the drugs, found
                + "(?<=\\b" + SPANISH_LOAD + "\\s(?:se\\s)?)detect(?:ó|aron)|(?<=\\b" + SPANISH_LOAD + "\\s(?:fue|fueron)\\s)(?:detectad|hallad|encontrad)[oa]s?|"
                // "el Grupo ... detectó 1,173 kilogramos de cocaína": drugs detected, weighed, are drugs seized
                + "detect(?:ó|aron|ed)(?=\\s+(?:(?:más de|unos|unas|about|more than|over)\\s+)?\\d[\\d.,]*\\s*(?:kilos|kilogramos|kg|toneladas"
                + "|tonnes|tons|pounds|libras)\\b)|"
                // "agents recovered more than five pounds of fentanyl", "los guardacostas recuperaron 1.268 kilogramos": drugs weighed
                // "Two self-loading pistols and a rifle were also recovered at the address": arms taken
                + "(?<=\\b(?:pistols?|rifles?|guns?|firearms|handguns?|shotguns?|weapons|ammunition)\\s(?:were|was)\\s(?:also\\s)?)recovered|"
                // "six kilogrammes of heroin were recovered": the drugs, taken
                // "48 pellets of suspected cocaine had been recovered from him"
                + "(?<=\\b(?:heroin|cocaine|drugs|methamphetamine|cannabis|marijuana|ganja|narcotics|pellets|capsules)\\s(?:were|was|(?:had|have|has)\\sbeen)"
                + "\\s(?:also\\s)?)recovered|"
                + "(?:recovered|recuper(?:ó|aron))(?=\\s+(?:(?:más de|unos|unas|about|more than|over|nearly|almost|casi)\\s+)?(?:\\d[\\d.,]*"
                + "|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\\s*(?:kilos|kilogramos|kg"
                // "recovered 10 packages of suspected methamphetamine": drugs counted in packages
                + "|kilograms|kilogrammes|toneladas|tonnes|tons|pounds|libras|(?:packages|packets|bricks|bales)\\s+of)\\b)|"
                // "una operación permitió hallar e incautar 1.327 bloques": what an operation made possible, done
                + "(?<=\\b(?:permiti(?:ó|eron)|logr(?:ó|aron)|consigui(?:ó|eron))\\s(?:\\p{L}{1,12}\\s(?:e|y)\\s)?)(?:incautar|decomisar)|"
                // "dio un nuevo golpe al narcotráfico al incautar un cargamento": done, in the seizing
                + "(?<=\\b(?:[Aa]l|tras|después\\sde|luego\\sde)\\s)(?:incautar|decomisar)(?=\\s+(?:un|una|el|la|los|las|más|\\d))|"
                // "le fueron extinguidos 19 bienes": assets forfeited under Colombia's extinción de dominio
                + "extinci[oó]n\\s+de(?:l)?\\s+(?:derecho\\s+de\\s+)?dominio|extingui(?:eron|ó|dos|das)(?=\\s+(?:\\S+\\s+){0,3}?bienes\\b)|(?<!\\bsearch[- ]and[- ])seiz(?:ed|ure|ures|es|ing)|(?<=\\bhelp(?:ed|s)?\\s(?:to\\s)?)seize|confiscat(?:ed|ion)|confisc(?:ó|aron|ad[oa]s?|aci(?:ón|ones))|impounded|"
                + "decomis(?:o|os|ó|aron|ado|ada|ados|adas)|incaut(?:ó|aron|ación|aciones|ado|ada|ados|adas)|"
                // Dominican usage, "la DNCD ocupó 2,049 paquetes", "la cocaína ocupada": with the drug, never "ocupó el cargo"
                + "ocup(?:ó|aron|a|an)(?=\\s+(?:\\S+\\s+){0,2}?(?:[\\d.,]+\\s+)?(?:paquetes|kilos|kilogramos|toneladas|pacas|fardos|droga|drogas"
                + "|coca[ií]na|marihuana)\\b)|(?<=\\b(?:droga|coca[ií]na|marihuana|paquetes|cargamento)\\s)ocupad[oa]s?|"
                + "(?<=\\b(?:were|was)\\s(?:also\\s)?)found|"
                // "searched four consignments and found 600kg of cocaine": found with the quantity right after
                + "(?:found|discovered|finding)(?=\\s+(?:about\\s+|some\\s+|more than\\s+|nearly\\s+|roughly\\s+|over\\s+)?(?:[\\d.,]+\\s*|" + WEIGHT_IN_WORDS
                + "\\s+)(?:metric\\s+)?(?:kg|kilos|kilograms|tonnes|tons|pounds|lbs|grams)\\b)|"
                // "a Coast Guard crew took roughly 10,000 pounds of cocaine ... from a fishing boat": took, the drug weighed after it
                + "(?:took|(?<=\\b(?:has|have|had|and)\\s)taken)(?=\\s+(?:about\\s+|some\\s+|more than\\s+|nearly\\s+|roughly\\s+|over\\s+)?(?:[\\d.,]+\\s*(?:metric\\s+)?(?:kg|kilos|kilograms"
                + "|tonnes|tons|pounds|lbs)\\s+of\\s+(?:cocaine|heroin|marijuana|cannabis|drugs|methamphetamine|fentanyl)\\b"
                // "had taken about five million captagon pills": pills counted
                + "|(?:[\\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:million\\s+|thousand\\s+)?(?:\\p{L}+\\s+)?(?:pills|tablets)\\b))|"
                // "have stopped a record load of cocaine": a load stopped, not a vehicle; a seizure
                + "stopped(?=\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:load|shipment|consignment|cargo|haul)s?\\s+of\\b"
                // "said it had stopped 2.3 million Captagon pills at a border crossing": the drugs counted, so a seizure
                + "|\\s+" + ABOUT + "[\\d.,]+\\s+(?:million\\s+|thousand\\s+)?(?:\\S+\\s+)?(?:pills|tablets|capsules|kg|kilos|kilograms"
                + "|tonnes|tons|pounds)\\b)|"
                // "drugs worth 200,000 lei have been taken in Drochia": the drugs, taken at a place
                + "(?<=\\b(?:drugs|narcotics)\\s(?:worth\\s[^.;]{1,30}?\\s)?(?:have|has|had)\\sbeen\\s)taken(?=\\s+(?:in|at)\\s+(?-i:\\p{Lu}))|"
                // "the drugs were taken in the early hours of Saturday from a boat": a load taken off a vessel
                + "(?<=\\b(?:drugs|cocaine|heroin|narcotics|packages|bales|load|cargo|consignment)\\s(?:were|was)\\s)taken(?=[^.;]{0,50}?"
                + "\\b(?:off|from)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + VESSEL + "\\b)|"
                // "found the narcotics hidden in a four-wheel-drive vehicle in the locality of Bousmaghoun": the drugs the report told
                // of, found at a settlement it names (not "first found the drugs and told his superiors", the find retold)
                + "found(?=\\s+the\\s+(?:drugs|narcotics|cocaine|heroin|hashish|cannabis|marijuana|methamphetamine|captagon|pills"
                + "|tablets)\\b[^.;]{0,80}?\\b(?:locality|village|town|hamlet|township)\\s+of\\s)|"
                // "found 1,851 brick-shaped packages of cocaine": the drugs counted in packages
                + "found(?=\\s+(?:about\\s+|some\\s+|more than\\s+|nearly\\s+)?[\\d.,]+\\s+(?:\\S+\\s+)?(?:packages|bricks|bales|packets|bundles)"
                + "\\s+of\\s+(?:cocaine|heroin|marijuana|cannabis|drugs|methamphetamine|fentanyl)\\b)|"
                // "Searching the suitcases, the officers allegedly found dozens of packages": packages found in a search, not cash
                + "found(?=\\s+(?:dozens|hundreds|scores|numerous|several|\\d[\\d.,]*)\\s+(?:of\\s+)?(?:\\p{L}+\\s+)?(?:packages|parcels|bricks"
                + "|blocks|bundles|packets)\\b(?!\\s+of\\s+(?:\\p{L}+\\s+)?(?:cash|money|currency|dollars|banknotes|notes)\\b))|"
                // "found 565,000 Captagon pills hidden in a truck", "recovered 2.1 lakh yaba tablets": pills counted
                + "(?:found|discovered|recovered)(?=\\s+(?:about\\s+|some\\s+|more than\\s+|nearly\\s+|over\\s+)?[\\d.,]+\\s+(?:(?:lakh|crore"
                + "|million|thousand)\\s+)?(?:[\\p{L}-]+\\s+)?(?:tablets|pills|capsules)\\b)|"
                // "They found P460,000 worth of shabu there": drugs found, told by their worth
                + "found(?=" + WORTH_OF_DRUGS + ")|"
                // "found the bales in a hidden compartment": the drugs found where they were hidden
                // "officers found mandrax paste and tablets": the drug named right after the verb
                + "(?:found|discovered)(?=" + AMOUNTS_OF + DRUG_NAMED + "\\b)|"
                // "officers discovered the drug in the restroom"
                // "the customs branch found the stimulants on them"
                + "(?:found|discovered)(?=\\s+(?:the\\s+)?(?:bales|packages|bricks|drugs?|cocaine|stimulants|heroin|methamphetamine)\\s+"
                + "(?:hidden|concealed|stashed|in|inside|under|on)\\b)|"
                // "Officers drilled into them and found the heroin.": the find, told last (not "intercepted the boat ... and found
                // the drugs", the stop that found them)
                + "(?<!\\b(?:intercepted|stopped|boarded)\\b[^.;]{0,60})(?:found|discovered)(?=\\s+the\\s+(?:drug|" + ENGLISH_DRUGS + ")\\s*[.;])|"
                // "the discovery of about 100 kilos of cocaine in two containers"
                + "(?<=\\b(?:the|a)\\s)discovery(?=\\s+of\\s+[^.;]{0,40}?\\b(?:cocaine|heroin|cannabis|drugs|methamphetamine|fentanyl"
                + "|kilos|kilograms|tonnes|tons)\\b)|"
                // "hallaron un contenedor con 936 paquetes de presunta droga": found with the drug named, never "hallaron muerto"
                // "los agentes habían encontrado más de 40 paquetes de clorhidrato de cocaína": the same, told in a compound tense
                + "(?:(?:hall|encontr)(?:ó|aron)|descubri(?:ó|eron)|(?<=\\b(?:ha|han|había|habían)\\s)(?:hallad|encontrad)o)(?=(?:[^.;]|\\.\\d){0,60}?\\b(?:paquetes|kilos|kilogramos|toneladas|pacas|fardos|droga|drogas"
                + "|coca[ií]na|marihuana|hach[ií]s)\\b)|"
                + "interv(?:ino|inieron|enid[oa]s?)(?=[^.;]{0,60}?\\b(?:fardos|kilos|kg|toneladas|droga|hach[ií]s|coca[ií]na|marihuana|armas"
                + "|veh[ií]culos|embarcaci[oó]n)\\b)|"
                + "asegur(?:ó|aron|ado|ada|ados|adas|amiento)(?!\\s+(?:que|en\\s+(?:un|una|su)\\s+(?:comunicado|declaraci[oó]n|entrevista|rueda\\s+de\\s+prensa"
                + "|conferencia|mensaje|publicaci[oó]n|video)|a\\s+(?:la\\s+prensa|los\\s+periodistas|los\\s+medios))\\b)"
                // "La Policía aseguró en las últimas horas que ...": said, a few words before what; not "aseguraron una tonelada de
                // droga que ..."
                + "(?!(?:\\s+(?!\\d|(?:kilos?|kilogramos?|toneladas?|droga|drogas|coca[ií]na|marihuana|armas?|paquetes|dosis|fardos|bultos"
                + "|veh[ií]culos?|dinero|lanchas?|embarcaci[oó]n|insumos|galones|cargamentos?)\\b)[\\p{L},]+){1,5}\\s+que\\b))\\b"));
        TRIGGERS.put("arrest", Pattern.compile("(?U)(?i)\\b(arrest(?:ed|s|ing)?|detained" + NOT_IT_AT_SEA + "|(?:re)?captured|apprehended|taken into custody|"
                // "took the 24-year-old suspect into custody"
                + "took(?=\\s+(?:[\\p{L}\\d-]+\\s+){1,4}?into\\s+custody\\b)(?!\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + VESSEL + "\\s+into\\b)|"
                + "(?:was|were|been|being) caught(?: again)?|"
                // "police on Wednesday caught a Thai woman in the act of trafficking": people caught, counted or described
                + "caught(?=\\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                + "(?:man|woman|men|women|nationals?|suspects?|traffickers?|smugglers?|couriers?|passengers?|travell?ers?)\\b)|"
                // "They are being held while the investigation continues": people told before, in custody
                + "(?<=\\b(?:they|he|she|both|both\\smen|the\\stwo|the\\smen|the\\ssuspects)\\s(?:are|is|were|was)\\sbeing\\s)held"
                + "(?!\\s+(?:responsible|accountable|liable|hostage|up|back)\\b)|"
                // "A 37-year-old businessman is in police custody over the find", not "the drugs are in police custody"
                // "one of three people in police custody and charged over ...": people counted, held
                + "(?<=\\b(?:is|are)\\s|\\bone\\sof\\s(?:the\\s)?(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s(?:people|men|women|suspects|persons)\\s)"
                + "(?<!\\b(?:drugs?|narcotics|cocaine|heroin|methamphetamine|meth|haul|consignment|cargo|vessel|boat"
                + "|evidence|cash|money|items|substances?)\\s(?:is|are)\\s)in\\s+(?:police\\s+)?custody|"
                + "recaptur(?:ó|aron|ad[oa]s?)|"
                // not "detuvieron el camión que lo llevaba": a vehicle stopped, no one arrested
                + "detenid[oa]s?|(?:detuvo|detuvieron)(?!\\s+(?:al?\\s+)?(?:el|la|un|una|los|las)\\s+(?:camión|camiones|vehículo|vehículos"
                + "|camioneta|camionetas|auto|automóvil|carro|coche|bus|autobús|tráiler|furgoneta|furgón|contenedor|moto|motocicleta)\\b)|detenci(?:ón|ones)|captur(?:ó|aron|ad[oa]s?)|captura|arrest(?:ó|aron|ad[oa]s?)|"
                // "el arresto de dos hombres", not "arresto domiciliario", a sentence served at home
                + "(?<=\\b(?:el|un|los|del|al)\\s)arrestos?(?!\\s+domiciliario)|"
                + "aprehen(?:dió|dieron|did[oa]s?)|(?<!\\b(?:registro|búsqueda|busca|allanamiento)\\s(?:y|e)\\s)aprehensión"
                + "|(?:fueron|fue)\\s+puest[oa]s?\\s+a\\s+disposición|"
                // "cumplen 10 órdenes de prisión preventiva": arrest warrants served
                + "(?<=\\bcumpl(?:en|ieron|ió|e|ían|iendo|ido)\\s[^.;]{0,60}?\\bde\\s)(?:prisión|detención|arresto))\\b"));
        TRIGGERS.put("extradition", Pattern.compile("(?U)(?i)\\b(extradit(?:ed|ion|e|es|ing)|extradi(?:tad[oa]s?|tó|taron|ción|ciones|tar)|"
                + "(?:sent|sends|send|transferred|transfers|handed over|hands over|expelled|envió|envía|enviaron|entregó|entregaron|envío|traslado|"
                + "trasladó|trasladaron|expulsó|fueron enviad[oa]s|fueron entregad[oa]s|fueron trasladad[oa]s)\\b"
                // "el envío de droga sintética a Estados Unidos", "sent Navy ships to": goods and forces, not people
                + "(?!\\s+(?:(?:de|of|del)\\s+)?(?:(?:la|las|el|los|the)\\s+)?(?:\\p{L}+\\s+)?(?:droga|drogas|cocaína|fentanilo|metanfetamina"
                + "|drugs|cocaine|fentanyl|narcotics|narcóticos|armas|weapons|dinero|money|cargamentos?|shipments?|troops|tropas|buques"
                + "|barcos|ships|warships|aviones|aircraft|jets)\\b)[^.;]{0,120}?"
                // "entregó este martes a las autoridades de Estados Unidos a 26 presuntos narcotraficantes"
                + "\\b(?:to|a) (?:the )?(?:(?:las autoridades|la justicia) de )?(?:United States|U\\.S\\.|US\\b|USA\\b|Estados Unidos|EE\\.UU\\.)|"
                // "Los paquetes fueron enviados al Instituto ...": things sent, not people
                + "(?<!(?:paquetes|pacas|muestras|bultos|sacos|evidencias|indicios|droga|drogas|armas|celulares)\\s)fueron enviad[oa]s"
                + "|fueron trasladad[oa]s a|(?:enviad|trasladad|entregad)[oa]s? a (?:Estados Unidos|EE\\.UU\\.)"
                + "|se (?:enviaron|entregaron|extraditaron|trasladaron)\\s+(?:a\\s+)?\\d+"
                // "The three men were flown from Colombia to Miami on April 15": people taken from one country to another
                + "|(?<=\\b(?:men|man|he|she|they|defendants|defendant|suspects|suspect|fugitives|fugitive|prisoners|detainees|brothers"
                + "|women|woman)\\s(?:were|was|had\\sbeen|have\\sbeen)\\s)flown(?=\\s+from\\s+(?-i:\\p{Lu})[^.;]{0,40}?\\s+to\\s+(?-i:\\p{Lu})))"
                + "(?![\\p{L}\\p{N}])"));
        // "ofrece hasta cinco millones de dólares por información que lleve a su captura": a reward without the word
        // not "the Narcotics Rewards Program", "Rewards for Justice": the programme's name, not an offer
        TRIGGERS.put("reward", Pattern.compile("(?U)(?i)\\b(rewards?(?!\\s+(?:program|programme|for justice)\\b)|recompensas?|(?:offer(?:s|ed|ing)?|ofrec(?:e|en|ió|ieron|iendo|ía)"
                // "will pay up to $5 million for information": the offer, however it is worded
                + "|(?:will\\s+)?pay|pagará|pagaría)(?=[^.;]{0,80}?"
                + "\\b(?:for|por)\\s+(?:la\\s+)?(?:information|información)\\b))\\b"));
    }

    /** Words every match of each trigger contains (see {@link Cues}). */
    static final Map<String, String[]> TRIGGER_CUES = Map.of(
            "strike", new String[] {"strik", "struck", "bomb", "ataque", "atac", "destroyed", "destruy", "attack", "hit ", "targeted", "blew up",
                "sank"},
            "raid", new String[] {"raid", "operativo", "allan", "cateo", "cateó", "catearon", "redada", " operation", "search warrant", "search and seizure", "search-and-seizure", "searched", "searches", "warrant at", "registr",
                "irrump", "stormed", "interv", "entraron", "entró", "entered", "ingresaron", "ingresó"},
            "interdiction", new String[] {"interdict", "detained", "intercept", "intercepci", "boarded", "interdicci", "abord", "intervenid", "detect", "detener",
                "detuv", "stopped", "board", "encontr", "localiz", "took"},
            "seizure", new String[] {"foiled", "thwarted", "prevented", "uncovered", "extin", "hallazgo", "descubri", "bust", "intercept", "taken", "stopped", "detect", "recover", "recuper", "hall", "encontr", "discover", "seiz", "confisc", "impounded", "decomis", "incaut", "asegur", "found", "finding", "interv", "ocup", "took"},
            "arrest", new String[] {"arrest", "detained", "held", "took", "captur", "apprehended", "custody", "caught", "detenid", "detuv", "detenci",
                "aprehen", "puest", "prisi"},
            "extradition", new String[] {"extradi", "sent", "send", "transfer", "handed over", "hands over", "expel", "envi",
                "envía", "envío", "entreg", "traslad", "expuls", "flown"},
            "reward", new String[] {"reward", "recompensa", "offer", "ofrec", "pay", "pagar"});
    static final Cues.TailPattern HYPOTHETICAL = new Cues.TailPattern(Pattern.compile("(?U)(?i)(?:\\b(threaten(?:ed|s)? to|could|would|might|(?-i:may)|plans? to|to be|para ser|serían|sería|"
            + "planned to|vowed to|seek(?:s|ing)? to|"
            // "Raids are under way to arrest the group's ringleaders": the arrest sought, not made
            + "(?:under\\s?way|in\\s+progress|efforts?|bids?|(?:man)?hunt|trying|tried|sought) to|will|shall|to seek|request(?:ed|s)?|requesting|asked for|podría|podrían|"
            + "amenazó con|amenaza con|planea|busca|solicitará|solicitaría|solicitó|solicita|pedirá|pidió|pide|buscará|"
            + "va a|van a|acept(?:ó|ado|a|aron) ser|agreed to be|consented to be|accepted being|serán|será|van a ser|va a ser"
            // "la fiscalía ... ordenó su captura en México y en el extranjero": a capture ordered, not made
            + "|ordenó|ordenaron|ordered"
            + ")\\s+(?:\\S+\\s+){0,2}"
            + "|\\b(?:lead(?:s|ing)? to|conduzca a|conduzcan a|lleve a|for|por|para)\\s+(?:the\\s+|la\\s+|el\\s+|his\\s+|her\\s+|su\\s+)?"
            + "|\\b(?:con fines de|con miras a|with a view to|pending|en espera de|a la espera de|solicitud de|pedido de|petición de"
            + "|request for|orden de|(?:pedid|solicitad|requerid)[oa]s?\\s+en|intento(?:\\s+fallido)?\\s+de|(?:failed\\s+)?attempt\\s+to)"
            + "\\s+(?:(?:su|la|el|his|her|the)\\s+)?"
            + "|\\b(?:están|está|estaban|estaba|permanecen|permanece|siguen|sigue|remain|remains)\\s+(?:ya\\s+)?)$"), 4);
    /**
     * "no se ha informado de personas detenidas", "no arrests were made", "sin detenidos", "have yet to make any arrests": the
     * operation did not happen. The words between may not turn the clause ("y", "but") or make the trigger what is not told
     * ("no details about the arrest", "no dijo cuándo fue detenido").
     */
    static final Cues.TailPattern NEGATED = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:no|sin|ningún|ninguna|ninguno|without|nobody|nadie"
            + "|yet to make any|yet to make)(?:\\s+(?!(?:only|solo|sólo|say|said|dijo|dijeron|when|cuando|cuándo|where|donde|dónde|but|pero"
            + "|sino|y|e|and|or|o|until|hasta|after|tras|después|before|antes|since|desde|que|that|who|which|how|cómo|como|why|details?"
            + "|detalles|information|información|comment|comentarios|explain|explicó|precisó|about|sobre|acerca|longer|más|doubt|duda"
            + "|other|otro|otra|otros|otras)\\b)[^\\s,;:.()]+){0,5}\\s+$"), 7);
    private static final Pattern IN_PORT_AFTER = Pattern.compile("(?U)(?i)^[^.;]{0,60}?\\b(?:at\\s+(?:a|the)\\s+(?:port|pier|quay|wharf|dock|berth)"
            + "|in\\s+port|(?:docked|berthed|moored)\\s+(?:at|in))\\b");

    /** Whether a boarding is of a ship in port ("boarded and searched the vessel at a port in Gangneung"), not one stopped at sea. */
    private static boolean boardedInPort(String text, Span trigger, Span sentence) {
        return Cues.lower(trigger.of(text)).startsWith("board") && IN_PORT_AFTER.matcher(text).region(trigger.end(), sentence.end()).lookingAt()
                && !SEA_WORDS.matcher(sentence.of(text)).find();
    }

    /** "an investigation has been opened to identify and arrest those behind it": the arrest aimed at, not made. */
    private static final Cues.TailPattern AIM = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\bto\\s+(?:\\p{Ll}+\\s+(?:and|or)\\s+)?$"), 3);
    // (not "board", "search", "intercept": "sent two small boats to board it" tells a boarding that was made)
    private static final Pattern BARE_VERB = Pattern.compile("(?U)(?i)arrest|seize|capture|detain|apprehend|extradite|catch");
    /** "did not say whether anyone had been detained", "no dijo si alguien fue detenido": a question, not an operation. */
    private static final Cues.TailPattern ASKED = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:whether|if|si)\\s+(?:anyone|anybody"
            + "|any\\s+(?:one|people|suspects?)|alguien|alguno)\\s+(?:had\\s+been|has\\s+been|have\\s+been|was|were|habían\\s+sido"
            + "|había\\s+sido|ha\\s+sido|fue|fueron)\\s+$"
            // "ni sobre si hubo personas detenidas", "whether there were any arrests"
            + "|\\b(?:whether|if|si)\\s+(?:hubo|había|habría|there\\s+(?:were|was|had\\s+been|have\\s+been))\\s+(?:(?:any|alguna?s?|personas?"
            + "|people|suspects?|sospechos[oa]s)\\s+){0,2}$"), 5);
    private static final Pattern PLURAL_NOUN = Pattern.compile("(?U)(?i)(?:air|missile|drone|military|lethal|kinetic)?\\s?(?:strikes|raids|"
            + "seizures|arrests|extraditions|rewards|ataques|operativos|allanamientos|cateos|redadas|detenciones|extradiciones|"
            + "incautaciones|decomisos|interdicciones|interdictions|capturas)");
    private static final Cues.TailPattern SINCE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(since|desde|from|until|hasta|before|antes de)\\s+(?:early\\s+|late\\s+|el\\s+|la\\s+)?$"), 3);
    /** "the first strike since the January 3 operation": after the trigger, the start of a span, not the operation's date. */
    private static final Cues.TailPattern SINCE_THE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:since|desde)\\s+the\\s+$"), 2);
    /** "el detenido", "los detenidos", "a detainee": the people arrested, named by what happened to them. */
    private static final Pattern DETAINEE = Pattern.compile("(?U)(?i)detenid[oa]s?|capturad[oa]s?|aprehendid[oa]s?|arrestad[oa]s?|detainees?");
    private static final Pattern PARTICIPLE_FORM = Pattern.compile("(?U)(?i)\\p{L}+(?:ad|id)[oa]s?");
    /** "los líderes capturados": the people arrested, named by their part and by what happened to them (not "los dos detenidos"). */
    private static final Cues.TailPattern ARTICLE_AND_NOUN = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:el|la|los|las)\\s+"
            + "(?:líder|líderes|lider|lideres|jefe|jefes|cabecilla|cabecillas|integrante|integrantes|miembro|miembros|operador|operadores"
            + "|sospechoso|sospechosos)\\s+$"), 2);
    /** "detuvieron a los integrantes de la célula": the people a report already told of (in Spanish; English "the members" opens tellings). */
    private static final Pattern THE_PEOPLE_AFTER = Pattern.compile("(?U)(?i)^\\s+a\\s+(?:los|las)\\s+(?:\\p{L}+\\s+)?(?:integrantes|miembros"
            + "|sospechosos|presuntos|responsables)\\b");
    /** "Esta incautación se suma a otra de la semana pasada", "the seizure adds to another last week": what follows is the other one's. */
    private static final Pattern ADDS_TO_ANOTHER = Pattern.compile("(?U)(?i)\\s*\\b(?:se\\s+suma|se\\s+une|adds|comes|follows|came|followed)"
            + "\\s+(?:(?:a|to|after)\\s+)?(?:otr[oa]s?|another|an?\\s+earlier|an?\\s+previous)\\b");
    private static final Cues.TailPattern ARTICLE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:el|la|los|las|un|una|unos|unas"
            + "|del|al|the|a)\\s+$"), 1);
    /** "felicitaron a Ecuador por la captura", "praised Mexico for the arrest": thanks for what happened, not what is sought. */
    private static final Pattern PRAISED_FOR = Pattern.compile("(?U)(?i)\\b(?:felicit|agradec|celebr|elogi|congratulat|thank|prais|"
            + "commend|hail)\\p{L}*\\b[^.;]{0,80}\\b(?:por|for)\\s+(?:the\\s+|la\\s+|el\\s+|su\\s+|his\\s+|her\\s+)?$");
    private static final Pattern PRESENCE = Pattern.compile("(?U)(?i)\\b(?:con presencia en|presencia en|with a presence in|operates in"
            + "|operating in|(?:opera|operaba|operan|operaban|actúa|actuaba|actúan|actuaban)\\s+(?:(?:sobre todo|principalmente"
            + "|fundamentalmente|mainly|mostly)\\s+)?en"
            // "la red que dominaba el Atlántico con narcolanchas": the sea the network ruled, not where it was taken down
            + "|que\\s+(?:dominaba|dominaban|domina|dominan|controlaba|controlaban|controla|controlan)(?:\\s+(?:el|la|los|las))?"
            + "|that\\s+(?:dominated|dominates|controlled|controls|ruled|rules)(?:\\s+the)?)\\s");
    private static final Pattern OFFLOAD = Pattern.compile("(?U)(?i)\\b(?:unload(?:ed|s)?|offload(?:ed|s)?|descarg(?:ó|aron|ada|ado)"
            + "|desembarc(?:ó|aron))\\b");
    /** The first of two places a load passed through: "Italy and " in "by way of Italy and Malta". */
    private static final String TRANSIT_FIRST = "\\s+(?-i:\\p{Lu})[\\p{L}.]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*)?\\s*(?:,|\\s(?:and|y))";
    /** "casi 4 toneladas de cocaína, que se entregaron en St. Petersburg": where the drugs were handed over, not where taken. */
    private static final Cues.TailPattern HANDED_OVER_AT = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:(?:se\\s+)?entreg(?:aron|ó|ad[oa]s?)"
            + "|handed\\s+over|delivered)\\s+(?:en|in|at|to)\\s+(?:(?-i:\\p{Lu})[\\p{L}.]*\\s+){0,3}(?:(?-i:\\p{Lu})[\\p{L}.]*,\\s+)?$"), 9);
    private static final Pattern PORT = Pattern.compile("(?U)(?i)(?:port|puerto)\\s");
    private static final Cues.TailPattern AT_BEFORE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\bat\\s+$"), 1);
    private static final Cues.TailPattern ORIGIN_BEFORE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:procedentes?\\s+de|"
            // "a ship that had sailed from Colombia by way of Italy and Malta", "from Ecuador via Panama": where it passed on its way
            // "moved from Latin America across Ukraine towards Western Europe": the country crossed on the way
            + "by\\s+way\\s+of(?:" + TRANSIT_FIRST + ")?|from\\s+(?-i:\\p{Lu})[\\p{L}.]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*){0,2}\\s+(?:v[ií]a|across|through(?:\\s+the)?)"
            + "(?:" + TRANSIT_FIRST + ")?|"
            + "provenientes?\\s+de|ven[ií]an?\\s+de(?:l)?|llegaba\\s+de(?:l)?|con origen en|originating in|coming from|shipped from|imported from|sent from|come from|came from|arrived from|sailed from"
            // "a consignment that was being moved from Latin America": where the load set out
            + "|(?:moved|carried|transported|trafficked|smuggled)\\s+from"
            // "from where much of it passes through Iraq on its way to the Gulf": the way drugs usually go, no operation's place
            + "|(?:passes|pass|flows|flow|transits)\\s+through"
            // "on a train from Beijing to Ulan Bator running through Erenhot": the way the train runs
            + "|(?:running|runs|passing)\\s+through"
            // "who live in Dien Bien district": where the people live, not where they were taken
            + "|(?:live|lives|lived|living|reside|resides|resided|residing|resident)\\s+in(?:(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*){1,3}"
            + "\\s+(?:district|province|county|region|state|distrito|provincia)\\s+(?:of|de))?"
            // "trafficking 54 kilograms of cocaine from Brazil": where the drugs came from
            + "|" + ENGLISH_DRUGS + "\\s+from|the\\s+drug\\s+from"
            // "a man who flew in from the Netherlands": where the traveller set out
            + "|flew\\s+in\\s+from|flown\\s+in\\s+from"
            // "a flight from Breda, near Rotterdam": the region of where it set out
            + "|(?:flight|flew\\s+in|arrived|came|coming|procedentes?|provenientes?)\\s+(?:from|de)\\s+(?-i:\\p{Lu})[\\p{L}.]*"
            + "(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*){0,2},\\s+(?:near|cerca\\s+de|in|en)"
            // "uno de los líderes capturados sería Víctor F, originario de Sinaloa": where a person comes from
            + "|originari[oa]s?\\s+de(?:l)?|oriund[oa]s?\\s+de(?:l)?|natural\\s+de(?:l)?|natives?\\s+of"
            // "entre los detenidos hay personas de Sonora y Michoacán": people named by where they are from
            // "arrested the five men on board, one Thai national and four from Myanmar": where people are from
            + "|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+from|(?:nationals?|citizens?|ciudadanos?|nacionales?)\\s+(?:of|de)"
            // "its driver, a 40-year-old man from Glasgow, and his passenger, a 31-year-old German from Bavaria": where each is from
            + "|(?:man|woman|boy|girl|person|residents?|natives?)\\s+from|\\d{1,3}-year-old\\s+(?:(?-i:\\p{Lu})\\p{Ll}+\\s+)?from"
            + "|(?:personas|hombres|mujeres|jóvenes|people|men|women)\\s+(?:de|from)(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*)?"
            + "\\s*(?:,|\\s(?:y|e|and)))?"
            // "a ship that had sailed to England from Panama": where it set out, after where it went
            + "|(?:sailed|shipped|travell?ed|come|came|arrived|bound)\\s+(?:to|for)\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}.]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*){0,2}"
            + "\\s+from"
            // "cocaine hidden on ship from Panama": the vessel or load named by where it came from
            + "|(?:ship|ships|vessel|vessels|boat|container|containers|flight|plane|shipment|cargo|load|consignment"
            // "caught on a train from Beijing to Ulan Bator": where the train set out, not where he was caught
            + "|train|bus|coach|ferry)\\s+from"
            // "a Nigerian businessman of Matero Township in Lusaka": where a person lives and works, not where he was taken
            + "|(?:businessman|businesswoman|farmer|trader|residents?)\\s+of(?:(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*){1,3}\\s+in)?)"
            + "\\s+(?:la\\s+|el\\s+|the\\s+)?$"), 8);
    /** "un puesto de control de la carretera que va a Copacabana", "on the road to X": on the way there, placed by it. */
    private static final Cues.TailPattern ROAD_TO = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:carretera|autopista|ruta|camino|vía|road"
            + "|highway)\\s+(?:(?:que\\s+(?:va|conduce|lleva)|hacia)\\s+)?(?:a|to)\\s+$"), 5);
    /** "en la frontera con Ecuador", "bordering Mexico": the neighbour a place borders, not where the operation was. */
    private static final Cues.TailPattern BORDER_WITH = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:frontera|fronteriz[oa]|limítrofe"
            + "|border|bordering)\\s+(?:con|with)?\\s*$"), 2);
    /** "a container that had come from Ecuador to the southern port of Algeciras": the port it reached, where it was found. */
    private static final Pattern ARRIVED_AT = Pattern.compile("(?U)(?i)\\b(?:come|came|arrived|sailed|shipped)\\s+from\\s+[^.;,]{1,40}?"
            + "\\s+(?:to|into|at)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?(?:port|harbou?r)\\s+of\\s+$");
    /** Whether the first party named right after a seizing verb is a person ("seized Maduro and Flores"). */
    private static boolean personSeized(Work work, Span trigger, Span sentence) {
        for (Mention m : work.mentionsIn(new Span(trigger.end(), Math.min(sentence.end(), trigger.end() + 40)))) {
            String between = work.text().substring(trigger.end(), m.start());
            return m.kind() == EntityKind.PERSON && (between.isBlank() || TITLE_BETWEEN.matcher(between).matches());
        }
        return false;
    }

    /** "Victor Obinma Okeke, 47, was intercepted at ...": the person named just before "was intercepted" is who was stopped. */
    private static boolean personIntercepted(Work work, Span trigger, Span sentence) {
        String text = work.text();
        for (Mention m : work.mentionsIn(new Span(sentence.start(), trigger.start()))) {
            if (m.kind() == EntityKind.PERSON && AGE_OR_NOTHING.matcher(text).region(m.end(), trigger.start()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The drugs an intercepted person came to collect, weighed: "to collect his consignment of ... 2.2 kilograms of hash paste". */
    private static final Pattern COLLECTED_DRUGS = Pattern.compile("(?U)(?i)\\b(?:collect|pick\\s+up)\\b[^.;]{0,80}?\\b\\d[\\d.,]*\\s*"
            + "(?:kilo(?:gram)?s?|kilogrammes?|kg|grams?|litres?|liters?|pounds?)\\b");
    /** What may stand between a person's name and "was intercepted": nothing, or the age in commas. */
    private static final Pattern AGE_OR_NOTHING = Pattern.compile("(?:,\\s*\\d{1,2}\\s*,)?\\s+(?:was|were)\\s+");

    /** "seized President Nicolás Maduro": a title between the verb and the person. */
    private static final Pattern TITLE_BETWEEN = Pattern.compile("(?U)(?i)^\\s+(?:(?:the\\s+)?(?:former|ex-?|venezuelan|president|presidente"
            + "|el|al|general|gen\\.|leader|líder|dictator|dictador)\\s+)+$");

    private static final Pattern REQUESTED_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:pide|piden|solicita|solicitan|pidió|solicitó|reclama"
            + "|requested|sought|seeks|is seeking|was sought)\\b");
    /** Types a sentence may tell two of (another strike, an earlier arrest). */
    private static final java.util.Set<String> SECOND_IN_SENTENCE = java.util.Set.of("strike", "arrest", "seizure");
    /** Operations that are usually parts of one event, so an undated one takes the date and place of the one before. */
    private static final java.util.Set<String> SAME_EVENT = java.util.Set.of("arrest", "seizure", "raid", "interdiction", "strike");
    private static final Pattern SINCE_OWN = Pattern.compile("(?U)(?i)(since|desde|from|until|hasta)\\b");
    /** A date before the trigger but in an earlier clause: "arrested in February 2022 and extradited ...". */
    private static final Pattern COORDINATION = Pattern.compile("(?U)(?i)(?:\\s(?:and|y|e|then|luego)\\s|[,;]\\s)");
    /** "another strike", "otro ataque", "a second strike": an operation other than those reported before it. */
    private static final Cues.TailPattern ANOTHER = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:another|a second|a third|a new|otro|otra|un nuevo|una nueva"
            + "|nuevo|nueva|segundo|segunda|tercer|tercera)\\s+(?:\\p{L}+\\s+){0,2}$"), 4);
    /** A small count, in figures or in English or Spanish words. */
    private static final String COUNT_WORD = "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|una|uno|dos|tres|cuatro|cinco|seis"
            + "|siete|ocho|nueve|diez)";
    private static final Pattern THIS_YEAR = Pattern.compile("(?U)(?i)(?:this|so\\s+far\\s+this)\\s+year|este\\s+año|en\\s+lo\\s+que\\s+va\\s+del\\s+año");
    /** "the eighth strike", "the first such strike", "la sexta operación": one of a series, the one the report is about. */
    private static final Cues.TailPattern ORDINAL = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:the|its|la|el|su)\\s+(?:first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|\\d+(?:st|nd|rd|th|º|ª|\\.)|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|séptim[oa]"
            + "|octav[oa]|noven[oa]|décim[oa])\\s+(?:such\\s+|US\\s+|U\\.S\\.\\s+|American\\s+|lethal\\s+|deadly\\s+)?$"), 3);
    /** "campaign of interdiction", "operaciones de interdicción": the kind of operation a campaign or policy is made of. */
    private static final Cues.TailPattern KIND_OF = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:campaña|campaign|política|policy"
            + "|programa|program|programme|estrategia|strategy|operaciones|operations|labores|tareas|efforts|esfuerzos)\\s+(?:de|of)\\s+$"), 2);
    private static final Pattern REWARD_STOOD = Pattern.compile("(?U)(?i)^\\s+(?:for|on|por)\\s+(?:him|her|them|his head|her head|él|ella"
            + "|ellos|su cabeza)\\s+(?:stood|was|had been|had risen|ascendía|era|estaba|había subido)\\b");
    private static final Cues.TailPattern EXTRADITION_NOT_DONE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:pidió|pide|piden|pidieron"
            + "|solicitó|solicita|solicitan|solicitud|solicitudes|petición|peticiones|pedido|requests?|requested|seeks?|sought|asked for"
            + "|tratado|treaty|fines de|espera|esperan|pending|awaiting|awaits?"
            // "Colombia's first aim is to extradite ...", "faces extradition orders", "to see that the extradition happens"
            + "|aim|priority|prioridad|objetivo|goal|faces|face|facing|enfrenta|see that)\\s+(?:\\S+\\s+){0,4}$"), 6);
    private static final Pattern LANDED_AT = Pattern.compile("(?U)(?i)\\b(?:llegaron|llegado|llegó|arrived|landed|desembarcaron)\\s+"
            + "(?:a|en|at|in)\\s+");
    /** Where the premises a raid went to were found: "ubicaron un inmueble en el sector X", "located a house in X". */
    private static final Pattern LOCATED_AT = Pattern.compile("(?U)(?i)\\b(?:ubicaron|localizaron|identificaron|located|identified)\\s+"
            + "(?:un|una|el|la|a|an|the)\\s+(?:inmueble|vivienda|casa|domicilio|bodega|predio|finca|galpón|house|home|property|warehouse"
            + "|building)\\s+(?:(?:ubicad[oa]|situad[oa]|located)\\s+)?(?:en|in|at)\\s+(?:(?:el|la|the)\\s+(?:sector|barrio|parroquia"
            + "|ciudadela|recinto|comunidad|colonia|vereda|neighbou?rhood|town|city)\\s+(?:(?:de|of)\\s+)?)?");
    /** "en una rueda de prensa para presentar el operativo y mostrar la droga incautada": the operation shown, told elsewhere. */
    private static final Pattern PRESENTED = Pattern.compile("(?U)(?i)\\b(?:rueda de prensa|conferencia de prensa|press conference"
            + "|news conference)\\s+(?:para|to)\\s+(?:presentar|mostrar|exponer|explicar|present|show|explain)\\b[^.;]{0,60}$"
            // "dio los detalles del operativo este jueves desde la sede de la Dirandro": the operation told, described to the press
            + "|\\b(?:detalles|pormenores|details)\\s+(?:del|de la|de los|of the)\\s+$");
    private static final Pattern DURING_BEFORE = Pattern.compile("(?U)(?i)\\b(?:durante|during)\\s+(?:los\\s+|the\\s+)?$");
    /** Where a sentence puts what it tells at sea, not ashore ("the Coast Guard" is no sea). */
    private static final Pattern SEA_SCENE = Pattern.compile("(?U)(?i)\\b(?:territorial\\s+waters|international\\s+waters|at\\s+sea"
            + "|off\\s+the\\s+coast|en\\s+alta\\s*mar|aguas\\s+(?:territoriales|internacionales))\\b");
    private static final Pattern A_CONTINENT = Pattern.compile("(?U)(?i)(?:the\\s+)?(?:europe|europa|africa|áfrica|asia|oceania|oceanía"
            + "|(?:latin|south|central|north)\\s+america|(?:latino|sud|centro|norte)américa|the\\s+americas|americas|the\\s+balkans|balkans"
            + "|(?:the\\s+)?middle\\s+east)");
    /** Guards of a land border, whose joint operations stop crossings rather than search premises. */
    private static final Pattern BORDER_SCENE = Pattern.compile("(?U)(?i)\\b(?:border\\s+(?:guards?|troops|river)|frontier\\s+guards?"
            + "|guardafronteras|guardias?\\s+fronteriz[oa]s?)\\b");
    private static final Pattern AT_SEA_WORDS = Pattern.compile("(?U)(?i)\\b(?:costas?|altamar|alta mar|en el mar|aguas|at sea|coast|waters"
            + "|navegaban|navegaba|sailing)\\b");
    private static final Pattern FIRST_OF_THEM = Pattern.compile("(?U)(?i)\\b(?:fueron|fue|were|was)\\s+(?:los|las|el|la|the)\\s+"
            + "(?:primer[oa]s?|first)\\b");
    private static final Pattern EXTRADITION_THING_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:requests?|orders?|hearings?|proceedings?"
            + "|process|case|treaty|warrants?|petition|trial)\\b");
    private static final Pattern COUNT_AT_LINE_START = Pattern.compile("(?U)(?i)^\\s*" + COUNT_WORD + "\\s+$");

    /** A line of at most three words, no full stop, whose trigger follows a count: "Nueve extraditados", "Seven arrested". */
    private static boolean countedHeading(String text, Span trigger) {
        int lineStart = text.lastIndexOf('\n', trigger.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', trigger.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        return line.split("\\s+").length <= 3 && line.indexOf('.') < 0
                && COUNT_AT_LINE_START.matcher(text.substring(lineStart, trigger.start())).matches();
    }

    /** "a nueve hondureños", "14 Colombians": people counted, which over a year is a tally. */
    private static final Pattern PEOPLE_COUNTED = Pattern.compile("(?U)(?i)\\b(?:\\d{1,3}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once"
            + "|doce|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|decenas de)\\s+(?:\\p{L}+\\s+)?(?:hondureños"
            + "|colombianos|mexicanos|ecuatorianos|guatemaltecos|venezolanos|salvadoreños|personas|ciudadanos|nacionales|presos|reos"
            + "|people|persons|nationals|citizens|prisoners|suspects|fugitives|fugitivos)\\b");
    /**
     * "llega un mes después de la captura de Nicolás Maduro": an operation the report's news comes that long after, dated that
     * long before the page (after the sentences are read, so that the operations after it do not take its date).
     */
    private static void datedByLapse(Work work, LocalDate published) {
        if (published == null) {
            return;
        }
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.dateSpan() != null) {
                continue;
            }
            Matcher since = LONG_AFTER_IT.matcher(text).region(Math.max(op.sentence().start(), op.trigger().start() - 40), op.trigger().start());
            Double n = !since.find() ? null : since.group(1).equalsIgnoreCase("a") ? Double.valueOf(1) : Figures.number(since.group(1));
            if (n == null) {
                continue;
            }
            String unit = Cues.lower(since.group(2));
            boolean months = unit.startsWith("mes") || unit.startsWith("month");
            boolean weeks = unit.startsWith("seman") || unit.startsWith("week");
            LocalDate when = months ? published.minusMonths(n.longValue()).withDayOfMonth(1) : published.minusDays(n.longValue() * (weeks ? 7 : 1));
            work.operations.set(i, op.withDate(when, months ? "month" : "day", new Span(since.start(), since.end())));
        }
    }

    private static final Pattern LONG_AFTER_IT = Pattern.compile("(?U)(?i)\\b(" + COUNT_WORD + "|un|a)\\s+(mes|meses|semana|semanas|días"
            + "|month|months|week|weeks|days)\\s+(?:después|after)\\s+(?:de\\s+)?"
            + "(?:la|el|los|las|the)\\s+$");
    private static final Pattern OPENING_IN = Pattern.compile("(?U)(?i)^\\W*(?:en|in|at)\\s");

    /** Whether the sentence opens by placing what it tells: "En el aeropuerto Jorge Chávez, ...", "In Rotterdam, ...". */
    private static boolean opensOnItsPlace(String text, Span sentence, OperationFact op) {
        if (op.placeSpan() == null || op.placeSpan().start() < sentence.start() || op.placeSpan().start() - sentence.start() > 40) {
            return false;
        }
        int comma = text.indexOf(',', op.placeSpan().end());
        return comma >= 0 && comma - op.placeSpan().end() <= 2 && OPENING_IN.matcher(text).region(sentence.start(), sentence.end()).lookingAt();
    }

    private static final Cues.TailPattern ANNOUNCED_OBJECT = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:announc(?:ed|ing|es)"
            + "|disclos(?:ed|ing)|reported|anunci(?:ó|aron|ando)|informó de|dio a conocer)\\s+(?:the|los|las|el|la)\\s+(?:\\S+\\s+)?$"), 4);
    private static final Pattern SEPARATE_NEAR = Pattern.compile("(?U)(?i)\\b(?:separate|separad[oa]|distint[oa]|relacionad[oa]|related)\\b");
    /** "cada tonelada incautada es menos poder para el crimen", "every ton seized": any such operation, not one. */
    private static final Cues.TailPattern EACH_OF_KIND = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:cada|every|each)\\s+(?:\\p{L}+\\s+)?$"), 2);
    private static final Pattern SEPARATE_AFTER = Pattern.compile("(?U)(?i)\\s+(?:separad[oa]s?|aparte|distint[oa])\\b");
    private static final Cues.TailPattern SEPARATE_BEFORE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:a|an)\\s+separate\\s+$"), 2);
    private static final Pattern GENERIC_OPERATION = Pattern.compile("(?U)(?i)operativos?|operations?|operaci(?:ón|ones)|procedimientos?");
    /** "fueron capturados otros tres integrantes", "arrested two other suspects": other people, so another arrest. */
    private static final Pattern OTHERS_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:a\\s+)?(?:otros|otras|(?:\\p{L}+\\s+)?others?\\b|"
            + "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:more|other))");
    /** "junto con \"El Lexus\" fueron detenidas otras ocho personas": the others were taken in the same operation. */
    private static final Pattern ALONG_WITH = Pattern.compile("(?U)(?i)\\b(?:junto\\s+(?:con|a)|along\\s+with|together\\s+with|alongside)\\b");
    private static final Pattern ANOTHER_FIRST = Pattern.compile("(?U)(?i)(?:otro|otra|nuevo|nueva)\\s");
    /** "The latest, in the Pacific over the weekend, left six people dead", after a running total: the newest of the counted strikes. */
    private static final Pattern LATEST = Pattern.compile("(?U)(?i)^\\W*(the latest|the most recent|the newest|el último|el más reciente"
            + "|la última|la más reciente)\\b");
    /** A locative right before a place, with no words between ("in", "off the coast of"), as against "en un nuevo ataque de". */
    private static final Cues.TailPattern STRICT_LOCATIVE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:in|off|near|at|inside|en|frente a|cerca de|off the coast of"
            + "|coast of|costas de|costa de|aguas de|waters of|waters off|aguas frente a)\\s+(?:the\\s+|el\\s+|la\\s+)?$"), 5);
    private static final Pattern RELATIVE = Pattern.compile("(?U)(?i)\\s*(?:which|who|whom|that|que|quien|quienes|cuyo|cuya|el cual|la cual"
            + "|los cuales|las cuales)\\b");
    private static final Pattern APPOSITIVE = Pattern.compile("(?U)(?i),\\s+(?:a|an|the|which|who|whom|whose|que|quien|quienes|cuyo"
            + "|cuya|el cual|la cual|un|una)\\s");
    /** "la embarcación ... estaba en aguas internacionales cuando fue atacada": the boat already reported, so its strike. */
    private static final Pattern PASSIVE_OF_THE_BOAT = Pattern.compile("(?U)(?i)\\b(?:the|this|that|la|esta|esa|dicha|el|este|ese|dicho)"
            + "\\s+(?:embarcación|lancha|narcolancha|barco|buque|bote|boat|vessel|ship)\\b[^.;]{0,120}\\b(?:fue|was)\\s+$");
    // "the three strikes on four boats", "los dos ataques": a count between the article and the noun names them again too
    private static final Cues.TailPattern ANAPHOR = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:the|this|that|these|those|el|la|los|las|este|esta|estos|estas|ese|esa|dicho"
            + "|dicha|su|his|her)\\s+(?:(?:two|three|four|five|dos|tres|cuatro|cinco)\\s+)?$"), 2);
    /** The drugs a report names by their kind, in English and Spanish. */
    private static final String DRUG_NOUN = "(?:coca[ií]na|marihuana|droga|drogas|hach[ií]s|hero[ií]na|cocaine|marijuana|heroin|hashish"
            + "|drugs|cannabis)";
    /**
     * "la droga incautada", "la droga fue hallada en ...": the drugs already told, named by what was done to them (not "the drugs
     * were taken ... from a boat", which in English often tells the find first, its day and place after the lead's).
     */
    private static final Pattern THE_DRUG_BEFORE = Pattern.compile("(?U)(?i)\\b(?:la|el|las|los|the)\\s+" + DRUG_NOUN
            + "\\s+(?:(?:fue|fueron)\\s+)?$");
    /** "detenido en el primer operativo": a ranked operation named inside a phrase, not told as the sentence's subject. */
    private static final Pattern IN_THE_RANKED = Pattern.compile("(?U)(?i)\\b(?:en|del|de|in|of|from|during|durante)\\s+(?:el|la|the)\\s+\\S+\\s+$");
    /** "En otro procedimiento en Minga Guasú, la Senad aprehendió ...", "In a second operation, ...": another of the kind. */
    /**
     * "... que incluyó tres acciones separadas. En la primera se revisó ... En la tercera, las autoridades confiscaron": each of
     * the actions counted before, by its rank alone (not "en la primera fase").
     */
    private static final String RANKED_PART = "(?:en\\s+(?:la|el)\\s+(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|últim[oa])"
            + "(?=\\s*,|\\s+se\\b)|in\\s+the\\s+(?:first|second|third|fourth|fifth|last)(?:\\s+(?:case|operation|seizure|raid))?(?=\\s*,))";
    private static final Pattern RANKED_PART_OPENER = Pattern.compile("(?U)(?i)^\\W*" + RANKED_PART);
    /** "In a similar case, police raided a nightclub in Karaganda", "En un caso similar, ...": another, earlier operation. */
    private static final String A_SIMILAR_CASE = "(?:in\\s+(?:a|an)\\s+(?:similar|earlier|previous)\\s+case\\b"
            + "|en\\s+un\\s+caso\\s+(?:similar|parecido|anterior)\\b)";
    private static final Pattern A_SIMILAR_CASE_OPENER = Pattern.compile("(?U)(?i)^\\W*" + A_SIMILAR_CASE);
    private static final Pattern IN_ANOTHER_OPERATION = Pattern.compile("(?U)(?i)^\\W*(?:(?:en|in)\\s+(?:otro|otra|another|a\\s+second|una\\s+segunda"
            + "|un\\s+segundo)\\s+(?:procedimiento|operativo|operación|operation|raid|acción|action)\\b"
            // "Separately, the crew of the Cutter Diligence seized ...", "Por separado, ...": another operation
            + "|separately\\b|in\\s+a\\s+separate\\s+(?:case|operation|incident)\\b|por\\s+separado\\b|en\\s+un\\s+caso\\s+aparte\\b"
            + "|" + A_SIMILAR_CASE
            // "In the same period, on 17 June, two Togolese traffickers were arrested": another operation of those days
            + "|(?:in|during)\\s+the\\s+same\\s+(?:period|week)\\b|en\\s+el\\s+mismo\\s+per[ií]odo\\b"
            + "|en\\s+(?:un|una)\\s+(?:operativo|operación|procedimiento|caso)\\s+(?:separad[oa]|aparte|distint[oa])\\b"
            // "En España, por otra parte, la Guardia Civil incautó ...": the report turns to another matter, maybe in another country
            + "|(?:(?:en|in)\\s+(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?,\\s+)?por\\s+otra\\s+parte\\b"
            + "|" + RANKED_PART + ")");
    /** "the two men were detained at ...", "ambos fueron detenidos en ...": the people of the arrest already told, told again. */
    private static final Cues.TailPattern THE_SAME_PEOPLE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:the\\s+two(?:\\s+men)?|both"
            + "(?:\\s+men)?|the\\s+pair|ambos|los\\s+dos(?:\\s+hombres)?)\\s+(?:were|had\\s+been|have\\s+been|fueron|habían\\s+sido)\\s+$"), 5);
    /** "was the third-largest seizure of that drug in Arizona", "fue el mayor decomiso": a seizure already told, ranked. */
    private static final Cues.TailPattern RANKED = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:the|el|la)\\s+(?:(?:second|third"
            + "|fourth|fifth)[- ])?(?:largest|biggest|largest single|mayor|más grande|segund[oa] mayor|tercer[oa] mayor)\\s+$"), 3);
    /** A trigger told as done: "arrested", "capturó", "detuvieron", "aprehendieron", "detuvo" (not "arrests", "captura", "operativo"). */
    private static final Pattern VERB_FORM = Pattern.compile("(?U)(?i).*(?:ed|ó|aron|ieron|uvo|ad[oa]s?|id[oa]s?|taken into custody|in (?:police )?custody|a disposición)$");
    // ("frente a Miami Beach", "junto a", "cerca a": where, not whither)
    private static final Cues.TailPattern DESTINATION = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:to|for|toward|towards|bound for|headed for|destined for"
            + "|(?<!\\b(?:frente|junto|cerca)\\s)a|hacia|rumbo a|con destino a|destino|a las autoridades de|a la justicia de"
            // "356 paquetes de heroína que probablemente habían entrado en Georgia": the country the drugs entered, not the find's place
            + "|entrad[oa]s?\\s+en|entr(?:ó|aron)\\s+en|ingresad[oa]s?\\s+en)\\s+(?:the\\s+)?$"), 4);
    /**
     * "una carga que iba al puerto de Rotterdam", "cuyo destino final era el puerto de Algeciras": the port a load was going to;
     * "que iba a venderse en España": where it was to be sold.
     */
    private static final Cues.TailPattern DESTINATION_PORT = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:iba|iban|se\\s+dirigía"
            + "|se\\s+dirigían|rumbo|destino(?:\\s+final)?(?:\\s+(?:era|es))?|con\\s+destino|bound|headed|destined)\\s+(?:al\\s+|a\\s+|el\\s+"
            + "|hacia\\s+el\\s+|for\\s+(?:the\\s+)?|to\\s+(?:the\\s+)?)?(?:puerto|aeropuerto|port|airport)\\s+(?:de|del|of)\\s+(?:the\\s+)?$"
            // "pills that were meant to leave the country through the port of Beirut": the way out planned, not where they were found
            + "|\\b(?:leave|exit|to\\s+be\\s+exported|for\\s+export|salir|exportarse)\\s+(?:\\S+\\s+){0,2}?(?:through|via|por)\\s+(?:the\\s+|el\\s+)?"
            + "(?:puerto|aeropuerto|port|airport)\\s+(?:de|del|of)\\s+(?:the\\s+)?$"
            // "fruta que iba a venderse en España", "cocaine to be sold in Europe": where the load was to be sold
            + "|\\b(?:venderse|comercializarse|distribuirse|to\\s+be\\s+sold|to\\s+be\\s+distributed)\\s+(?:en|in)\\s+(?:the\\s+)?$"), 8);
    /** "to cut the flow of the synthetic opioid fentanyl into the United States": where drugs go, not where anything was done. */
    private static final Cues.TailPattern FLOW_INTO = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:flow|flows|smuggling|smuggled"
            // "an attempt to bring £1.4 million worth of cocaine into the UK": where it was going
            + "|smuggle|bring|bringing|brought|import|importing|imported"
            + "|trafficking|trafficked|shipped|shipping|moving|moved|entering|headed|going)\\s+(?:\\S+\\s+){0,5}?into\\s+(?:the\\s+)?$"
            // "an investigation into drugs reaching the Western Cape": where the drugs went
            + "|\\b(?:drugs|narcotics|cocaine|heroin|mandrax|methamphetamine|supply|supplies|shipments)\\s+(?:reaching|flowing\\s+(?:in)?to"
            + "|destined\\s+for|bound\\s+for)\\s+(?:the\\s+)?$"), 9);
    /** "hacia Centroamérica y Estados Unidos", "bound for Spain and Italy": the second of places a load was bound for. */
    private static final Cues.TailPattern DESTINATION_LIST = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:toward|towards|bound for"
            + "|headed for|destined for|hacia|rumbo a|con destino a"
            // "a syndicate supplying drugs to Central Luzon and Metro Manila": the second of places the drugs went to
            + "|(?:supplying|supplies|supplied|supply)\\s+(?:\\S+\\s+){0,3}?to"
            // "a package ... for export to Malabo, Equatorial Guinea": the country of where it was being sent
            + "|(?:for\\s+export|exported|shipped|dispatched|sent)\\s+to)\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}.]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*){0,2}"
            + "\\s*(?:,|\\s(?:y|e|and))\\s+(?:the\\s+)?$"), 8);
    private static final Cues.TailPattern LOCATIVE = new Cues.TailPattern(Pattern.compile("(?U)(?i)(?:\\b(?:in|off|near|at|outside|inside|across|en|frente a|cerca de|cerca del|inmediaciones de|inmediaciones del|cercanas? al?|cercanos? al?|próxim[oa]s? al?|adyacentes? al?|"
            + "off the coast of|waters of|aguas de|costas de|coast of|costa de|en el|en la|in the|into|sobre"
            // "al sur de la isla San José", "south of Key West": a place placed by its bearing from another
            + "|al (?:sur|norte|este|oeste|sureste|suroeste|noreste|noroeste) del?|(?:south|north|east|west)(?:east|west)? of"
            + "|a su paso por|al pasar por|(?:as|while) (?:it|they) (?:passed|drove|travell?ed) through"
            // "772 kilos de cocaína que iban a entrar por Barbate": the way in, where the drugs were caught
            + "|(?:entrar|ingresar|introducir(?:la|las|lo|los)?) por"
            // "en un contenedor del puerto de Posorja": a port or an airport, named
            + "|(?:puerto|aeropuerto|muelle|port|airport)\\s+(?:de|del|of)"
            // "durante allanamientos a inmuebles de Quito, Guayaquil ...": the homes searched, and where
            + "|(?:inmuebles|viviendas|domicilios|casas|propiedades|homes|houses|properties|premises)\\s+(?:de|en|in))"
            + "\\s+(?:the\\s+|el\\s+|la\\s+|los\\s+|las\\s+)?(?:\\p{Ll}+\\s+){0,4}"
            // "in a rural part of the Uraba region", "en una zona rural de": an area of the place
            + "|\\b(?:in|en)\\s+(?:a|an|un|una)\\s+(?:\\p{Ll}+\\s+)?(?:part|area|zone|region|district|parte|zona|área|región|sector)"
            + "\\s+(?:\\p{Ll}+\\s+)?(?:of|de|del)\\s+(?:the\\s+|la\\s+|el\\s+)?)$"), 9);
    /** "a más de 250 millas náuticas al sur suroeste de Manzanillo", "about 400 kilometers off Acapulco": the place measured from. */
    private static final Cues.TailPattern DISTANCE_FROM = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b\\d[\\d.,]*\\s+(?:nautical\\s+)?"
            + "(?:miles|millas|kil[oó]metros|kilometers|kilometres|km)\\s+(?:n[aá]uticas\\s+)?(?:\\p{Ll}+\\s+){0,4}"
            + "(?:de|del|of|from|off)\\s+(?:the\\s+|las?\\s+|los\\s+)?$"), 9);
    private static final Cues.TailPattern SPEECH_BEFORE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(said|says|announced|told|reported|confirmed|stated|"
            + "anunciado|informado|confirmado|dicho|"
            + "dijo|afirmó|anunció|informó|declaró|aseguró|confirmó|señaló|indicó|explicó)\\s+(?:\\S+\\s+){0,2}$"), 3);
    /** "footage of the strike at a classified briefing on Capitol Hill": where it was told, not where it happened. */
    private static final Cues.TailPattern BRIEFING_AT = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:briefing|hearing|press conference"
            + "|news conference|rueda de prensa|conferencia de prensa|audiencia|told\\s+(?:reporters|journalists))\\s+(?:held\\s+|celebrada\\s+)?"
            + "(?:on|in|at|en)\\s+(?:the\\s+|el\\s+|la\\s+)?$"), 6);

    /** "the Baltic port of Gdynia", "the Pacific port of Buenaventura": the sea or region before the place the sentence names. */
    private static final Pattern PLACE_OF_AFTER = Pattern.compile("(?U)^\\s+(?:port|city|town|harbour|harbor|island)\\s+of\\s+(?-i:\\p{Lu})");
    /** "a source close to the police said on Thursday in Cotonou", "dijo el jueves en Lima": where it was told. */
    private static final Cues.TailPattern SAID_IN = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:said|told|announced|confirmed"
            + "|stated|dijo|informó|anunció|declaró|confirmó)\\s+(?:(?:on|this|last|el|este)\\s+\\p{L}+\\s+)?(?:in|en)\\s+(?:the\\s+)?$"), 5);
    /** "told a press conference on Thursday", "en rueda de prensa el lunes": the day of a briefing, not of what it told. */
    private static final Cues.TailPattern BRIEFING_BEFORE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:press conference|news "
            + "conference|briefing|told reporters|rueda de prensa|conferencia de prensa)\\s+(?:\\S+\\s+){0,2}$"), 4);
    private static final Pattern SPEECH_AFTER = Pattern.compile("(?U)(?i)^\\W{0,3}(said|says|announced|told|confirmed|dijo|afirmó|"
            + "anunció|informó|declaró|aseguró|confirmó|señaló)\\b");
    private static final Cues.TailPattern SAID_BEFORE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(said|says|told|according to|dijo|según|afirmó|declaró"
            + "|reported by|first reported by|reports? from|citad[oa] por|informó|por la agencia|de la agencia|la agencia|the agency)"
            + "\\s+(?:\\p{L}+\\s+){0,3}$"), 6);
    private static final Pattern ACTOR_IN = Pattern.compile("(?U)(?i)\\b(?:police|polic[ií]a|authorities|autoridades|forces|fuerzas"
            + "|officials|agents|agentes|prosecutors|fiscal[ií]a|troops|tropas|investigators|investigadores)\\s+(?:in|en)\\s+(?:the\\s+|la\\s+|el\\s+)?$");

    /** "officers in Peru": the country officers serve, named before what they did (places other than countries stay). */
    private static final Pattern OFFICERS_IN = Pattern.compile("(?U)(?i)\\b(?:officers|oficiales|funcionarios)\\s+(?:in|en)\\s+$");
    /** "el gobierno de Estados Unidos designó", "the authorities of Peru": a country named as an actor's, not as a place. */
    private static final Pattern ACTOR_OF = Pattern.compile("(?U)(?i)\\b(?:gobierno|government|autoridades|authorities|presidente|president"
            + "|embajada|embassy|ministerio|ministry|justicia|fiscalía|congreso|congress)\\s+(?:de|del|of)\\s+(?:la\\s+|el\\s+|the\\s+)?$");
    /** "en la que fuerzas de Estados Unidos capturaron": whose forces, however the words before read, never where. */
    private static final Pattern FORCES_OF = Pattern.compile("(?U)(?i)\\b(?:fuerzas|tropas|militares|agentes|forces|troops)\\s+(?:de|del|of)"
            + "\\s+(?:la\\s+|el\\s+|the\\s+)?$");
    /**
     * "alianzas con ... redes de Honduras y Jamaica", "ties to networks in Mexico": where the suspects' partners are; "una orden del
     * Distrito Este de Texas", "a warrant from a court in Miami": who asked for the arrest. Neither is where it happened.
     */
    private static final Pattern TIES_OR_ORDERS = Pattern.compile("(?U)(?i)\\b(?:redes|red|alianzas?|vínculos|nexos|conexiones|networks?"
            + "|ties|links|connections|orden|órdenes|order|orders|warrants?|solicitud|pedido|requests?)\\s+(?:de|del|en|con|in|to|with|of"
            + "|from|issued by|emitida por)\\s+(?:(?:la|el|los|las|un|una|the|a|an)\\s+)?(?:\\p{L}+\\s+){0,5}?(?:(?:y|and)\\s+)?$");
    /** "organizaciones ... con base en las costas de Venezuela", "a cartel based in Sinaloa": where a party is based, not where it was hit. */
    private static final Pattern BASED_IN = Pattern.compile("(?U)(?i)\\b(?:con (?:base|sede) en|basad[oa]s? en|asentad[oa]s? en|based in"
            + "|headquartered in|que opera(?:n|ban)? desde|operating from|that operates? from)\\s+(?:(?:la|las|el|los|the)\\s+)?"
            + "(?:\\p{L}+\\s+(?:de|del|of)\\s+(?:(?:la|el|the)\\s+)?)?$");
    /** "un mes después de que Costa Rica aprobara una reforma": a country acting, the subject of a verb, not a place. */
    private static final Cues.TailPattern APPROVED_BEFORE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:aprob(?:ó|aron|ar|ara)"
            + "|autoriz(?:ó|aron|ar)|avaló|avalaron|ordenó|permite|permiten|permitiría|approved|authori[sz]ed|ordered|allows?|allowing)"
            + "\\s+(?:\\S+\\s+){0,2}$"), 4);
    /** "acusado ante una corte de Texas", "charged in a court in Miami": where a court sits, not where the operation was. */
    private static final Pattern COURT_OF = Pattern.compile("(?U)(?i)\\b(?:(?:corte|tribunal|juzgado|court|courthouse)\\s+(?:federal\\s+)?"
            + "(?:de|del|in|of|at)"
            // "arrested ... for trafficking hash oil, contrary to the laws of Zambia": the country whose law it broke
            + "|(?:laws?|legislation|leyes|ley)\\s+(?:of|de))\\s+(?:(?:la|el|the)\\s+)?$");
    private static final Pattern VERB_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:aprob(?:ó|ara|aron)|anunci(?:ó|ara)|decidi(?:ó|era)|firm(?:ó|ara)"
            + "|approved|announced|decided|signed|said|dijo)\\b");
    private static final Pattern ACTOR_AFTER = Pattern.compile("(?U)(?i)^(?!\\s*,)\\W{0,3}(?:'s\\s+)?(?:forces|military|troops|navy|army|"
            + "authorities|officials|police|government|coast guard|fuerzas|militares|autoridades|gobierno|policía|marina|ejército|"
            + "armada|administration|officers|agents|prosecutors|fiscalía|strikes?|attacks?|airstrikes?"
            // "..., Egypt's Interior Ministry said in a statement": the country whose ministry speaks
            + "|(?:interior|defen[cs]e|justice|home\\s+affairs)\\s+ministry|ministry\\s+of)\\b");

    private static final Cues.TailPattern ATTACK_ON = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:attacks?|strikes?|assault|ataques?"
            + "|bombardeos?)\\s+(?:on|against|contra|sobre)\\s+$"), 2);

    /** A military command is an actor, not a place ("in the Southern Command area"). */
    private static final Pattern COMMAND = Pattern.compile("(?U)(?i)\\b(?:command|comando|southcom)\\b");

    @Override
    public String name() {
        return "operations";
    }

    /** How far before one of its cue words a trigger can start ("taken into custody": eleven characters). */
    private static final int TRIGGER_REACH = 12;

    /** The first match of the trigger of {@code type} in the sentence, tried only up to {@link #TRIGGER_REACH} before its cue words. */
    static MatchResult trigger(String type, String sentence, String lower) {
        List<MatchResult> found = Cues.findAt(TRIGGERS.get(type), sentence, nearCues(type, lower, 0));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Where a trigger of the type may start at or after {@code from}: within reach before one of its cue words. */
    private static BitSet nearCues(String type, String lower, int from) {
        BitSet near = new BitSet(lower.length());
        for (String cue : TRIGGER_CUES.get(type)) {
            for (int at = lower.indexOf(cue, Math.max(0, from - 1)); at >= 0; at = lower.indexOf(cue, at + 1)) {
                near.set(Math.max(from, at - TRIGGER_REACH), at + 1);
            }
        }
        return near;
    }

    /**
     * The first trigger of a type in a sentence that is no tally: "Ecuador, que en el primer trimestre
     * del año incautó 52 toneladas de droga, decomisó otras tres toneladas" is the second verb's seizure.
     */
    private static MatchResult trigger(String type, String text, Span sentence, String lower) {
        MatchResult first = trigger(type, sentence.of(text), lower);
        if (first != null && type.equals("arrest") && CUMULATIVE.matcher(text.substring(Math.max(sentence.start(),
                sentence.start() + first.start(1) - 80), sentence.start() + first.start(1))).find()) {
            return null; // "ya son unas 50 las personas detenidas", "bringing the number arrested to 50": a running count
        }
        if (first != null && type.equals("arrest") && DETAINEE.matcher(first.group(1)).matches()
                && ARTICLE.findIn(sentence.of(text).substring(0, first.start(1)))) {
            // "dos de los detenidos ... fueron arrestados en Deltebre": the verb tells the arrest the noun only names people by
            BitSet after = new BitSet(sentence.length());
            after.set(first.end(), sentence.length());
            for (MatchResult m : Cues.findAt(TRIGGERS.get(type), sentence.of(text), after)) {
                if (!DETAINEE.matcher(m.group(1)).matches() || !ARTICLE.findIn(sentence.of(text).substring(0, m.start(1)))) {
                    return m;
                }
            }
        }
        if (first != null && KIND_OPENING.matcher(first.group(1)).matches() && sentence.of(text).substring(0, first.start(1)).isBlank()) {
            // "Seizures of this kind are growing more common: last November the navy seized three tonnes": the kind, then one
            BitSet later = new BitSet(sentence.length());
            later.set(first.end(), sentence.length());
            List<MatchResult> told = Cues.findAt(TRIGGERS.get(type), sentence.of(text), later);
            MatchResult one = told.isEmpty() ? first : told.get(0);
            // ("Seizures peaked in 2023, when 620 kilograms were confiscated": the kind's count, no one of them)
            return TALLIED.contains(type) && tally(text, sentence, new Span(sentence.start() + one.start(1), sentence.start() + one.end(1)))
                    ? null : one;
        }
        if (first == null || !TALLIED.contains(type)
                || !tally(text, sentence, new Span(sentence.start() + first.start(1), sentence.start() + first.end(1)))) {
            return first;
        }
        BitSet after = new BitSet(sentence.length());
        after.set(first.end(), sentence.length());
        for (MatchResult m : Cues.findAt(TRIGGERS.get(type), sentence.of(text), after)) {
            if (!tally(text, sentence, new Span(sentence.start() + m.start(1), sentence.start() + m.end(1)))) {
                return m;
            }
        }
        return null;
    }

    /** The types a sentence may count over a period or a series instead of telling one ("incautó 52 toneladas en el trimestre"). */
    private static final java.util.Set<String> TALLIED = java.util.Set.of("seizure", "interdiction", "arrest");

    /** A kind of operation in the plural, opening a sentence about such operations in general. */
    private static final Pattern KIND_OPENING = Pattern.compile("(?U)(?i)seizures|arrests|raids|interdictions|incautaciones|detenciones"
            + "|decomisos|capturas|allanamientos|interdicciones");

    /** A later strike trigger in the sentence that names another strike ("otro ataque", "another strike"), or null. */
    private static MatchResult anotherTrigger(String type, String s, String lower, MatchResult first, List<Dates.DateMention> dates,
            int offset) {
        // tried only where the type's cue words are within reach, as the first was (every match holds one)
        for (MatchResult m : Cues.findAt(TRIGGERS.get(type), s, nearCues(type, lower, first.end()))) {
            if (m.start(1) <= first.end(1)) {
                continue;
            }
            boolean another = type.equals("strike") && (ANOTHER.findIn(s.substring(0, m.start(1))) || Cues.lower(m.group(1)).startsWith("otr"));
            if (!another && ORDINAL.findIn(s.substring(0, m.start(1)))) {
                continue; // "bombed a small boat ..., the fourth US strike this year": the same strike, ranked
            }
            if (another || ownDate(s, m, first, dates, offset)
                    // "Shylock Jazi was arrested in Harare ..., while Prudence Chinhoi (29) was arrested at Makomva Shopping Centre"
                    || type.equals("arrest") && WHILE_ANOTHER_WAS.matcher(s).region(first.end(1), m.start(1)).find()) {
                return m;
            }
        }
        if (type.equals("strike")) {
            // "strikes on three vessels on Monday, Dec. 29, and on two more on Wednesday": more boats on a day of their own
            Matcher more = MORE_ON_A_DAY.matcher(s);
            while (more.find()) {
                if (more.start(1) > first.end(1) && ownDate(s, more, first, dates, offset)) {
                    return more.toMatchResult();
                }
            }
        }
        return null;
    }

    /** ", while Prudence Chinhoi (29) was ", ", whereas Juan Pérez was ": someone else named, then the same passive verb. */
    private static final Pattern WHILE_ANOTHER_WAS = Pattern.compile("(?U),\\s+(?:while|whereas)\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,4}"
            + "(?:\\(\\d{1,2}\\)\\s+|,\\s*\\d{1,2},\\s+)?(?:was|were)\\s+$");

    private static final Pattern MORE_ON_A_DAY = Pattern.compile("(?U)(?i)\\b(?:and|y)\\s+(?:(?:on|against|contra|a)\\s+)?"
            + "((?:" + "one|two|three|four|five|\\d{1,2}|dos|tres|cuatro|cinco" + ")\\s+more|otr[oa]s\\s+(?:dos|tres|cuatro|cinco|\\d{1,2}))\\b");

    private static final Pattern DATE_GLUE = Pattern.compile("(?U)(?i)^\\s+(?:(?:en|el|in|on|a finales de|a principios de|early in|late in)\\s+)?$");

    /**
     * "Entre los detenidos están X y Y, que ya habían sido arrestados en diciembre de 2024": a later
     * trigger followed by a date of its own that is not the first trigger's.
     */
    private static boolean ownDate(String s, MatchResult m, MatchResult first, List<Dates.DateMention> dates, int offset) {
        Dates.DateMention own = null;
        for (Dates.DateMention d : dates) {
            int at = d.span().start() - offset;
            if (at >= m.end(1) && at - m.end(1) <= 24 && DATE_GLUE.matcher(s.substring(m.end(1), at)).matches()) {
                own = d;
                break;
            }
            // "had stopped 2.3 million pills at a border crossing, and in October its officers found more": a date opening the
            // second clause, before its own verb
            int end = d.span().end() - offset;
            if (at > first.end(1) && end <= m.start(1) && m.start(1) - end <= 50 && NEXT_CLAUSE_OPENS.matcher(s.substring(first.end(1), at)).find()
                    && s.substring(end, m.start(1)).matches("[^,;:]*")) {
                own = d;
                break;
            }
        }
        if (own == null) {
            return false;
        }
        for (Dates.DateMention d : dates) {
            int at = d.span().start() - offset;
            if (d != own && at < m.start(1) && d.date().equals(own.date())) {
                return false; // the first part of the sentence has that date too
            }
        }
        return true;
    }

    /** Where the clause of a second operation of the type starts (the comma before it), or -1 when the sentence tells one. */
    private static int anotherLater(String type, String s, String lower, MatchResult first, List<Dates.DateMention> dates, int offset) {
        MatchResult m2 = anotherTrigger(type, s, lower, first, dates, offset);
        if (m2 == null) {
            return -1;
        }
        int comma = s.lastIndexOf(',', m2.start(1));
        return comma > first.end(1) ? comma : -1;
    }

    private static List<Dates.DateMention> within(List<Dates.DateMention> dates, Span span) {
        return dates.stream().filter(d -> span.contains(d.span())).toList();
    }

    /**
     * Whether the words before a trigger make it hypothetical ("threatened to strike"): HYPOTHETICAL
     * spans at most four runs of non-space characters ("threatened to" and two more words).
     */
    static boolean hypothetical(String before) {
        return HYPOTHETICAL.findIn(before);
    }

    /** "Hajjar said on Monday that ...": the day a speaker told what the next sentence attributes to him. */
    private static final Pattern SAID_ON = Pattern.compile("(?U)(?i)\\b(?:said|announced|stated|told\\s+\\p{L}+|dijo|anunció|informó|declaró"
            + "|afirmó)\\s+$");
    /** "According to Hajjar, ...", "Según el ministro, ...": a sentence told on a speaker's word. */
    private static final Pattern ATTRIBUTED = Pattern.compile("(?U)(?i)^\\W*(?:according\\s+to|según)\\s+[^,;.]{1,40},");

    @Override
    public void apply(Work work) {
        String text = work.text();
        LocalDate published = work.document.published();
        Dates.DateMention anchor = null;
        // a page with no date line: a post it embeds gives yearless days their year until the text gives a full date
        LocalDate posted = published == null ? org.corridor.extract.doc.DateLine.embeddedPost(work.document.text())
                .or(() -> org.corridor.extract.doc.DateLine.monthLine(work.document.text())).orElse(null) : null;
        Span title = work.headline();
        List<OperationFact> hints = new ArrayList<>();
        OperationFact previous = null;
        int previousSentence = -2;
        int totalSentence = -2;
        List<Dates.DateMention> carried = null;
        int carriedFrom = -2;
        Mention carriedWhere = null;
        List<Dates.DateMention> toldOperation = null;
        int toldOperationFrom = -2;
        Dates.DateMention theirDay = null;
        List<Dates.DateMention> spoken = null;
        int spokenFrom = -2;
        for (int index = 0; index < work.sentences.size(); index++) {
            Span sentence = work.sentences.get(index);
            String s = sentence.of(text);
            String lower = Cues.lower(s);
            List<Dates.DateMention> dates = Dates.find(s, sentence.start(), published, anchor == null ? null : anchor.date(), posted);
            if (theirDay == null && !dates.isEmpty() && "day".equals(dates.get(0).precision())) {
                Matcher days = THE_DAYS_OPERATIONS.matcher(s);
                if (days.lookingAt() && Math.abs(dates.get(0).span().start() - (sentence.start() + days.end())) <= "on ".length()) {
                    theirDay = dates.get(0);
                }
            }
            // "which would make Monday's seizure worth well over $30 million": the day of the find the report told undated
            Matcher weekdays = theirDay == null && !dates.isEmpty() ? WEEKDAYS_FIND.matcher(s) : null;
            if (weekdays != null && weekdays.find()) {
                int at = sentence.start() + weekdays.start();
                theirDay = dates.stream().filter(d -> "day".equals(d.precision()) && d.span().start() == at).findFirst().orElse(null);
            }
            Optional<RunningTotal> total = RunningTotals.find(s, sentence.start(), dates, published);
            if (total.isPresent()) {
                addTotal(work, total.get(), totalSentence == index - 1);
                totalSentence = index;
                if (total.get().strikes() != null) {
                    namedInTotal(work, sentence, s, dates, published);
                }
                datesTheStrikeBefore(work, sentence, s, dates, published);
                if (RunningTotals.oneStrikeToldFirst(s)) {
                    // "A strike ... killed four people on Thursday, ..., as controversy grows over a campaign that has now cost
                    // more than 87 lives": the strike the sentence opens on is an operation, the campaign's toll a total
                    OperationFact last = operations(work, sentence, s, lower, dates, published, title, hints, null);
                    if (last != null) {
                        previous = last;
                        previousSentence = index;
                    }
                }
            } else if (totalSentence == index - 1 && addDeathsToTotal(work, s, sentence.start())) {
                totalSentence = index;
            } else if (totalSentence == index - 1 && latestCounted(work, sentence, s, dates, published)) {
                previous = work.operations.get(work.operations.size() - 1);
                previousSentence = index;
            } else {
                if (NARRATIVE_START.matcher(s).lookingAt()) {
                    datesTheStory(work, dates, sentence);
                } else if (OPERATION_DONE.matcher(s).lookingAt()) {
                    // "La operación se hizo la semana pasada, durante una patrulla ...": the month of what was told before (a day
                    // such a sentence gives is carried to what follows it, "La operación la hizo ... en la madrugada del martes")
                    datesTheStoryByMonth(work, dates, sentence);
                    datesWhatWasAnnounced(work, dates, sentence);
                } else if (published == null && REPORTED_ON.matcher(s).lookingAt()) {
                    datesTheUndated(work, dates, sentence);
                }
                // "El pasado 30 de abril supieron que el grupo planeaba ... La Guardia Civil interceptó las furgonetas": a day the
                // sentence before gives, telling no operation itself, is the day of the undated operations that follow it
                List<Dates.DateMention> own = dates.isEmpty() && carried != null && carriedFrom == index - 1 ? carried : dates;
                if (own.isEmpty() && spokenFrom == index - 1 && ATTRIBUTED.matcher(s).lookingAt()) {
                    own = spoken; // "Hajjar said on Monday that ... According to Hajjar, 6.5 million pills had been seized": that Monday
                }
                if (own.isEmpty() && toldOperationFrom == index - 1 && DURING_THE_RAID.matcher(s).lookingAt()) {
                    own = toldOperation; // "... ejecutó el 20 de marzo un megaoperativo ... En la operación fueron capturados 14"
                }
                // "... en la madrugada del miércoles en la zona de Saltos del Guairá. Los agentes interceptaron un convoy": there
                work.carriedPlace = carriedFrom == index - 1 ? carriedWhere : null;
                // ("En un operativo separado, ...": another operation, nothing of the one before)
                // ("... both admitted carrying the drugs. They are being held ...": the people of the operation told up to three sentences back)
                OperationFact last = operations(work, sentence, s, lower, own, published, title, hints,
                        previousSentence == index - 1 && !IN_ANOTHER_OPERATION.matcher(s).lookingAt()
                                || previousSentence >= index - 3 && (THEY_ARE_HELD.matcher(s).lookingAt()
                                        || IN_THE_FIGHT.matcher(s).lookingAt()) ? previous : null);
                work.carriedPlace = null;
                // only a day that opens the sentence, as a narrative's "On April 30," or "El pasado 30 de abril" does
                if (last == null && !dates.isEmpty() && (dates.stream().allMatch(d -> "day".equals(d.precision())
                        && DIGIT.matcher(d.span().of(text)).find()) && dates.get(0).span().start() - sentence.start() <= 12
                        || opensTheCase(work, s, sentence, dates)
                        // "La operación la hizo la Dirección de Inteligencia ... en la madrugada del miércoles": the day of what follows
                        || OPERATION_DONE.matcher(s).lookingAt() && dates.stream().allMatch(d -> "day".equals(d.precision())
                                && d.date().equals(dates.get(0).date())))
                        && (title == null || !title.overlaps(sentence))) {
                    carried = dates;
                    carriedFrom = index;
                    Matcher done = OPERATION_DONE.matcher(s);
                    carriedWhere = done.lookingAt() ? place(work, sentence, new Span(sentence.start() + done.start(),
                            sentence.start() + done.end()), "raid") : null;
                }
                for (Dates.DateMention d : last == null ? dates : List.<Dates.DateMention>of()) {
                    if ("day".equals(d.precision()) && SAID_ON.matcher(text).region(Math.max(sentence.start(), d.span().start() - 20),
                            d.span().start()).find()) {
                        spoken = List.of(d);
                        spokenFrom = index;
                    }
                }
                if (last == null && !dates.isEmpty() && dates.stream().allMatch(d -> "day".equals(d.precision())
                        && d.date().equals(dates.get(0).date())) && OPERATION_TOLD.matcher(s).find() && (title == null || !title.overlaps(sentence))) {
                    toldOperation = dates;
                    toldOperationFrom = index;
                }
                Mention opening = last == null && carriedFrom != index ? placeCarriedOn(work, sentence, s) : null;
                if (opening != null) {
                    // "A 80 millas náuticas de Buenaventura, los marinos vieron una lancha ... Sus tripulantes ... la volcaron; los
                    // guardacostas recuperaron 1.268 kilogramos": where the next sentence's operations were
                    carried = dates.isEmpty() ? null : dates;
                    carriedFrom = index;
                    carriedWhere = opening;
                }
                // "... made their biggest seizure of the year last week. Officials gave no origin. The find was made on December 30"
                if (last == null && previous != null && (previousSentence == index - 1 || previousSentence == index - 2
                        && FIND_MADE.matcher(s).lookingAt() || PHASE_TOLD.matcher(s).lookingAt())
                        && datesThePrevious(work, previous, sentence, s, dates)) {
                    previous = work.operations.isEmpty() ? previous : work.operations.get(work.operations.size() - 1);
                    previousSentence = index;
                } else if (last != null) {
                    previous = last;
                    previousSentence = index;
                } else if (previous != null && sentence.start() - previous.sentence().end() <= FIGURES_REACH
                        && (title == null || !title.overlaps(sentence))) {
                    addFigures(work, s, sentence.start());
                }
            }
            if (!dates.isEmpty()) {
                anchor = dates.get(dates.size() - 1);
            }
        }
        if (theirDay != null) {
            // "Los operativos de este viernes dejaron 79 personas detenidas": the day of every operation the report tells undated
            Dates.DateMention day = theirDay;
            work.operations.replaceAll(op -> "publication".equals(op.datePrecision()) && weakDate(work, op)
                    ? op.withDate(day.date(), day.precision(), day.span()) : op);
        }
        datedByLapse(work, published);
        for (OperationFact hint : hints) {
            fillFromHeadline(work, hint);
        }
        boatsStoppedAreInterdictions(work);
        placedByTheDefiniteNoun(work);
        theBoatToldBefore(work);
        thePeopleOfTheFind(work);
        inTheThingSearched(work);
        sharePlaces(work);
        sameMonthArrests(work);
        dayWithinThePeriod(work, published);
        theOneDayOfTheVaguePeriod(work, published);
        partOfTheMainOperation(work);
        arrestsOfTheOneRaid(work);
        duringTheRaid(work);
        inTheOperationToldBefore(work);
        theDrugSeizedBefore(work);
        partsOfTheDaysPlace(work);
        noRaidWithoutArrests(work);
        noRaidOfTheTraveller(work);
        seizuresInInterceptions(work);
        countedSummaries(work);
        peopleCountedThenTold(work);
        placesListedThenTold(work);
        drugsCarriedByTheArrested(work);
        leadIntoItsDatedTelling(work, published);
        foundOnLanding(work, published);
        boatAndCargo(work, published);
        stopOfTheDatedCargo(work, published);
        raidOfTheArrest(work, published);
        deathsToTheClash(work);
        byPlaceOfEachStrike(work);
        bySeasNamedTogether(work);
        seaOfTheNextSentence(work);
        oneSeaForAll(work);
        onePlaceForTheDay(work);
        crewOfTheStoppedBoat(work);
        offTheCoastWhereStopped(work);
        arrestOnAnotherDayThanTheFind(work);
        arrestToldByThePoliceStation(work);
        oneFindADay(work);
    }

    /** "on 11 and 15 June", "los días 11 y 15 de junio": a day, then the date the rules read, of the same month. */
    private static final Pattern DAY_AND_BEFORE = Pattern.compile("(?U)(?i)\\b(\\d{1,2})\\s+(?:and|y)\\s+$");

    /**
     * "seized 192 kilograms of cocaine at the Autonomous Port of Lomé on 11 and 15 June ... hidden in two containers": a find
     * told on two days of one month is two finds, one each day (the rules read the second day's date; the first is added).
     */
    private static void oneFindADay(Work work) {
        String text = work.text();
        for (int i = work.operations.size() - 1; i >= 0; i--) {
            OperationFact op = work.operations.get(i);
            if (!op.type().equals("seizure") || op.dateSpan() == null || !"day".equals(op.datePrecision()) || op.date() == null) {
                continue;
            }
            Matcher first = DAY_AND_BEFORE.matcher(text).region(Math.max(0, op.dateSpan().start() - 12), op.dateSpan().start());
            if (!first.find()) {
                continue;
            }
            int day = Integer.parseInt(first.group(1));
            if (day >= 1 && day < op.date().getDayOfMonth()) {
                work.operations.add(i, op.withDate(op.date().withDayOfMonth(day), "day", new Span(first.start(1), first.end(1))));
            }
        }
    }

    /** "Aviation police at Entebbe International Airport": the police of a place, named before what they did. */
    private static final Pattern POLICE_AT = Pattern.compile("(?U)(?i)\\b(?:police|officers|agents|detectives)\\s+at\\s+(?:the\\s+)?$");

    /**
     * "Aviation police at Entebbe International Airport have arrested two drug dealers ... Nannono led aviation police to
     * Okafor's home, where he was arrested": an arrest placed only by where the police who made it serve, told again that day
     * at a place of its own, is that arrest; it was made there.
     */
    private static void arrestToldByThePoliceStation(Work work) {
        String text = work.text();
        for (int i = work.operations.size() - 1; i >= 0; i--) {
            OperationFact arrest = work.operations.get(i);
            if (!arrest.type().equals("arrest") || arrest.placeSpan() == null || !arrest.sentence().contains(arrest.placeSpan())
                    || arrest.placeSpan().start() > arrest.trigger().start()
                    || !POLICE_AT.matcher(text).region(arrest.sentence().start(), arrest.placeSpan().start()).find()) {
                continue;
            }
            boolean toldThere = work.operations.stream().anyMatch(o -> o.type().equals("arrest")
                    && o.sentence().start() > arrest.sentence().end() && o.place() != null
                    && java.util.Objects.equals(o.date(), arrest.date()));
            if (toldThere) {
                work.operations.remove(i);
            }
        }
    }

    /**
     * "The four were arrested on Wednesday over the cocaine that police discovered on Monday ... at the Autonomous Port of
     * Cotonou": the place the clause on the drugs gives is the find's; an arrest the sentence dates to another day is not placed
     * by it.
     */
    private static void arrestOnAnotherDayThanTheFind(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact arrest = work.operations.get(i);
            if (!arrest.type().equals("arrest") || arrest.placeSpan() == null || arrest.dateSpan() == null || arrest.date() == null) {
                continue;
            }
            // (the arrest's day told before the clause, in the same sentence; the arrest may be one told before and merged with it)
            boolean findsPlace = work.operations.stream().anyMatch(find -> find.type().equals("seizure")
                    && find.sentence().contains(arrest.placeSpan()) && arrest.placeSpan().start() > find.trigger().end()
                    && find.sentence().contains(arrest.dateSpan()) && arrest.dateSpan().end() <= find.trigger().start()
                    && find.date() != null && !find.date().equals(arrest.date())
                    && DRUGS_THAT_TAKEN.matcher(text).region(Math.max(find.sentence().start(), find.trigger().start() - 80),
                            find.trigger().start()).find());
            if (findsPlace) {
                work.operations.set(i, arrest.withPlace(null, null, null));
            }
        }
    }

    /** "stopped the boat in coastal waters off the port town of Kilwa Masoko": a stop placed off a coast's named place. */
    private static final Cues.TailPattern OFF_THE_PLACE = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:off|frente\\s+a)\\s+"
            + "(?:(?:the|la|el|las|los)\\s+)?(?:(?:port|coastal|fishing)?\\s*(?:town|city|village|island|coast|puerto|ciudad|isla|costa)s?"
            + "\\s+(?:of|de)\\s+)?$"), 6);

    /**
     * "the drugs were taken ... from a boat in the Indian Ocean. ... stopped the boat in coastal waters off the port town of
     * Kilwa Masoko": the seizures and arrests of the day placed only by the sea were made where the one stop of that day was,
     * the more precise place.
     */
    private static void offTheCoastWhereStopped(Work work) {
        String text = work.text();
        for (OperationFact stop : work.operations) {
            if (!stop.type().equals("interdiction") || stop.place() == null || stop.date() == null || atSea(stop.place())
                    || stop.placeSpan() == null || !OFF_THE_PLACE.findIn(text.substring(Math.max(0, stop.placeSpan().start() - 60),
                            stop.placeSpan().start()))
                    || work.operations.stream().anyMatch(o -> o.type().equals("interdiction") && o != stop && stop.date().equals(o.date()))) {
                continue;
            }
            for (int i = 0; i < work.operations.size(); i++) {
                OperationFact op = work.operations.get(i);
                if ((op.type().equals("seizure") || op.type().equals("arrest")) && stop.date().equals(op.date()) && op.place() != null
                        && atSea(op.place()) && !international(op.place())) {
                    work.operations.set(i, op.withPlaceOf(stop));
                }
            }
        }
    }

    /** The people of a boat: "sus cuatro tripulantes", "a bordo fueron detenidos", "the crew". */
    private static final Pattern CREW = Pattern.compile("(?U)(?i)\\b(?:tripulantes|tripulación|a\\s+bordo|ocupantes|crew|crewmembers"
            + "|crew\\s+members|aboard|on\\s+board)\\b");

    /**
     * "interceptó en el Pacífico Sur una lancha ... La operación terminó con la captura de los tres tripulantes": an arrest told
     * with no place, of a boat's crew or right beside the stop, was where the boat was stopped that day (one place only).
     */
    private static void crewOfTheStoppedBoat(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (!op.type().equals("arrest") || op.place() != null || op.date() == null) {
                continue;
            }
            int at = work.sentences.indexOf(op.sentence());
            boolean crew = CREW.matcher(text).region(op.sentence().start(), op.sentence().end()).find();
            List<OperationFact> stops = work.operations.stream().filter(o -> o.type().equals("interdiction") && o.place() != null
                    && op.date().equals(o.date())).toList();
            if (stops.isEmpty() || stops.stream().map(OperationFact::place).distinct().count() != 1
                    || !crew && stops.stream().noneMatch(o -> Math.abs(work.sentences.indexOf(o.sentence()) - at) <= 1)) {
                continue;
            }
            OperationFact stop = stops.get(0);
            work.operations.set(i, op.withPlaceOf(stop));
        }
    }

    /**
     * "The drugs came from four interdictions in international waters of the Eastern Pacific Ocean. On January 31, the crew ...
     * boarded all three": where a report places all its operations at sea in one sea, its interdictions and their seizures told
     * without a place are there too.
     */
    private static void oneSeaForAll(Work work) {
        OperationFact placed = onlyPlace(work, op -> AT_SEA.contains(op.type()) && atSea(op.place()), false);
        if (placed == null || work.operations.stream().anyMatch(op -> op.place() != null && !atSea(op.place()) && !international(op.place()))) {
            return; // a report of operations ashore too: no one sea for all
        }
        // strikes told without a place stay so: the gold leaves a strike the report does not place unplaced
        fillPlace(work, placed, op -> !openedAsAnother(work, op) && (op.type().equals("interdiction") || op.type().equals("seizure"))
                && (op.type().equals("interdiction") || VESSEL_WORD.matcher(op.sentence().of(work.text())).find()
                        || work.operations.stream().anyMatch(o -> AT_SEA.contains(o.type()) && o.sentence().equals(op.sentence()))));
    }

    /**
     * "El último golpe al narcotráfico en Colombia permitió ... interceptar y hundir un submarino. Es el más grande de los
     * detectados con droga en el Pacífico": a boat stopped "in" a country is stopped off its coast, in the sea the next sentence
     * names.
     */
    private static final Pattern PLAIN_IN = Pattern.compile("(?U)(?i)(?:^|\\W)(?:en|in)\\s$");

    private static void seaOfTheNextSentence(Work work) {
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            Span next = nextSentence(work, op);
            if (!op.type().equals("interdiction") || op.place() == null || CountryNames.code(op.place()) == null || next == null
                    || op.placeSpan() == null || work.text().substring(op.sentence().end(), next.start()).contains("\n\n")
                    // "a 444 kilómetros al norte de Panamá", "frente a Colombia": placed by the country, off its coast already
                    || !PLAIN_IN.matcher(work.text()).region(Math.max(0, op.placeSpan().start() - 4), op.placeSpan().start()).lookingAt()) {
                continue;
            }
            List<SeaRegions.Sea> seas = SeaRegions.find(next.of(work.text()), next.start());
            if (seas.size() == 1) {
                work.operations.set(i, op.withPlace(seas.get(0).name(), null, seas.get(0).span()));
            }
        }
    }

    /** "detectaron y detuvieron tres embarcaciones", "detained the vessel": boats are stopped, not arrested. */
    private static final Pattern BOAT_OBJECT = Pattern.compile("(?U)(?i)^\\s+(?:a\\s+)?(?:(?:la|las|el|los|una|un|the|a|an|" + COUNT_WORD
            + ")\\s+)?(?:\\p{L}+\\s+)?" + VESSEL + "\\b");

    /** "localizaron y aseguraron un semisumergible", "seized the vessel": a boat taken. */
    private static final Pattern BOAT_SEIZED = Pattern.compile("(?U)(?i)\\b(?:aseguraron|aseguró|incautaron|incautó|decomisaron|seized)"
            + "\\s+(?:(?:un|una|el|la|a|an|the)\\s+)?(?:\\p{L}+\\s+)?" + VESSEL + "\\b");

    /** "seized 8,700 pounds of cocaine from a boat about 240 miles north of Panama": the load taken off a boat stopped at sea. */
    private static final Pattern FROM_A_BOAT_AT_SEA = Pattern.compile("(?U)(?i)\\b(?:from|off|aboard|de|desde)\\s+(?:(?:a|an|the|una|un|la|el)\\s+)?"
            + "(?:\\p{L}+\\s+)?(?:" + VESSEL + "|ships?)\\b[^.;]{0,40}?\\b(?:(?:\\d[\\d,.]*|two|three|dos|tres)\\s+(?:nautical\\s+)?miles"
            + "|(?:\\d[\\d,.]*|dos|tres)\\s+millas|at sea"
            + "|in international waters|en aguas internacionales|en altamar|en alta mar|off\\s+the\\s+(?:\\p{L}+\\s+)?coast)\\b");

    /** "... incautar 1.685 kilogramos de cocaína frente a Miami Beach. La droga ... estaba en un carguero a unas dos millas al este de X". */
    private static final Pattern DRUGS_ON_A_BOAT = Pattern.compile("(?U)(?i)^\\W*(?:la droga|las drogas|la cocaína|el cargamento|the drugs|the cocaine"
            + "|the load)\\b[^.;]{0,80}?\\b(?:estaba|iba|viajaba|was|were)\\s+(?:en|a bordo de|on|aboard|on board)\\s+(?:un|una|el|la|a|an|the)\\s+"
            + "(?:\\p{L}+\\s+)?" + VESSEL + "\\b[^.;]{0,20}?\\b(?:(?:\\d[\\d,.]*|unas?|two|three|dos|tres)\\s+)+(?:nautical\\s+)?(?:miles|millas)");

    /** The sentence after the operation's, or null when it is the last. */
    private static Span nextSentence(Work work, OperationFact op) {
        int index = work.sentences.indexOf(op.sentence());
        return index < 0 || index + 1 >= work.sentences.size() ? null : work.sentences.get(index + 1);
    }

    private static boolean drugsOnABoatNext(Work work, OperationFact op) {
        Span next = nextSentence(work, op);
        return next != null && DRUGS_ON_A_BOAT.matcher(work.text()).region(next.start(), next.end()).lookingAt();
    }

    private static boolean nextSentenceSeizesABoat(Work work, OperationFact op) {
        Span next = nextSentence(work, op);
        return next != null && BOAT_SEIZED.matcher(work.text()).region(next.start(), next.end()).find()
                && work.operations.stream().noneMatch(o -> o != op && o.sentence().equals(next) && o.type().equals("seizure"));
    }

    /** "mientras el barco navegaba por aguas colombianas", "while the vessel was under way": checked at sea, not in port. */
    private static final Pattern CHECKED_UNDER_WAY = Pattern.compile("(?U)(?i)\\b(?:mientras|cuando)\\s+(?:el|la)\\s+" + VESSEL
            + "\\s+(?:navegaba|transitaba|se\\s+desplazaba)\\b|\\bwhile\\s+the\\s+" + VESSEL + "\\s+was\\s+(?:under\\s*way|sailing|transiting)\\b");

    /**
     * "han incautado en el mar Caribe 1.978 kilos ... en un contenedor de un buque de carga. ... se detectó mientras el barco
     * navegaba por aguas colombianas": the load was taken off a ship stopped at sea, so there was an interdiction.
     */
    private static boolean checkedUnderWay(Work work, OperationFact op) {
        Span next = nextSentence(work, op);
        return CHECKED_UNDER_WAY.matcher(work.text()).region(op.sentence().start(), next != null ? next.end() : op.sentence().end()).find();
    }

    /** "detuvieron a dos hombres que navegaban ... en una embarcación de recreo": the people taken off a boat under way. */
    private static final Pattern SAILING_IN_A_BOAT = Pattern.compile("(?U)(?i)^[^.;]{0,60}?\\b(?:que|who\\s+were)\\s+(?:navegaban|navegaba"
            + "|tripulaban|tripulaba|sailing|crewing)\\b[^.;]{0,60}?\\b(?:en|a\\s+bordo\\s+de|in|aboard|on)\\s+(?:una|un|la|el|a|an|the)\\s+"
            + "(?:\\p{L}+\\s+)?" + VESSEL + "\\b");

    private static void boatsStoppedAreInterdictions(Work work) {
        String text = work.text();
        for (int i = work.operations.size() - 1; i >= 0; i--) {
            OperationFact op = work.operations.get(i);
            if (op.type().equals("arrest") && SAILING_IN_A_BOAT.matcher(text).region(op.trigger().end(), op.sentence().end()).lookingAt()
                    && work.operations.stream().noneMatch(o -> o.type().equals("interdiction") && o.sentence().equals(op.sentence()))) {
                work.operations.add(i, op.withType("interdiction"));
            }
        }
        // "localizaron y aseguraron un semisumergible": a boat taken at sea was stopped there
        for (int i = work.operations.size() - 1; i >= 0; i--) {
            OperationFact op = work.operations.get(i);
            if (op.type().equals("seizure") && (BOAT_OBJECT.matcher(text).region(op.trigger().end(),
                    Math.min(text.length(), op.trigger().end() + 40)).lookingAt() || BOAT_SEIZED.matcher(text).region(op.sentence().start(),
                    op.sentence().end()).find() || nextSentenceSeizesABoat(work, op)
                    || (FROM_A_BOAT_AT_SEA.matcher(text).region(op.trigger().end(), op.sentence().end()).find() || drugsOnABoatNext(work, op)
                            || op.place() != null && atSea(op.place()) && checkedUnderWay(work, op))
                            // (a stop the report tells in its own words, "intercepted the vessel on Friday", is that boat's)
                            && (openedAsAnother(work, op)
                                    || work.operations.stream().noneMatch(o -> o.type().equals("interdiction") && compatiblePlace(o, op))))
                    && work.operations.stream().noneMatch(o -> o.type().equals("interdiction") && java.util.Objects.equals(o.date(), op.date()))) {
                work.operations.add(i, op.withType("interdiction"));
            }
        }
        for (int i = work.operations.size() - 1; i >= 0; i--) {
            OperationFact op = work.operations.get(i);
            if (!op.type().equals("arrest") || !BOAT_OBJECT.matcher(text).region(op.trigger().end(),
                    Math.min(text.length(), op.trigger().end() + 40)).lookingAt()) {
                continue;
            }
            boolean told = work.operations.stream().anyMatch(o -> o.type().equals("interdiction") && o.sentence().equals(op.sentence()));
            if (told) {
                work.operations.remove(i);
            } else {
                work.operations.set(i, op.withType("interdiction"));
            }
        }
    }

    /**
     * "decomisó más de siete toneladas en tres operaciones", "detectaron y detuvieron tres embarcaciones": a sentence counting
     * the operations the report then tells one by one sums them up; it is none of them.
     */
    private static final Pattern COUNTED_STOPS = Pattern.compile("(?U)(?i)\\b(?:dos|tres|cuatro|cinco|seis"
            // a few, each told after; "13,7 toneladas en 11 operaciones" this year, "after 14 interdictions" are tallies
            + "|two|three|four|five|six|[2-6])\\s+(?:(?:separate|distinct|different|separad[oa]s|distint[oa]s)\\s+)?(?:operaciones|operativos|interdicciones|procedimientos"
            + "|operations|interdictions|embarcaciones|lanchas|narcolanchas|boats|vessels|acciones\\s+separadas|separate\\s+actions)\\b"
            // "arrested three suspects in two separate cases": cases only when said to be apart
            + "|\\b(?:two|three|four|dos|tres|cuatro|[2-4])\\s+(?:separate|distinct|different)\\s+cases\\b"
            // "seized narcotic drugs ... and arrested seven suspects in three days", then each day's find
            + "|\\b(?:in|over|within|en)\\s+(?:two|three|four|five|six|dos|tres|cuatro|cinco|seis|[2-6])\\s+(?:days|días)\\b");

    private static boolean summing(Work work, OperationFact op) {
        return SUMMED.contains(op.type()) && work.sumsUpStops.computeIfAbsent(op.sentence(),
                sentence -> COUNTED_STOPS.matcher(work.text()).region(sentence.start(), sentence.end()).find());
    }

    /** The kinds of operation a sentence counting operations sums up. */
    private static final java.util.Set<String> SUMMED = java.util.Set.of("interdiction", "seizure", "arrest");

    /**
     * "seized more than 3,000 kilos of cocaine in two separate operations earlier this week. In the first, on Wednesday, officers
     * searched a plane ... In the second, more than 2,415 kilos were seized in Nickerie": a part the summary's count announces
     * ("In the first, ...") is one of its operations even where it tells the search and not the verb; dated and placed by its
     * own sentence.
     */
    private static void partsWithoutTheirVerb(Work work, OperationFact summary, String type) {
        String text = work.text();
        int index = work.sentences.indexOf(summary.sentence());
        List<Span> parts = work.sentences.subList(index + 1, Math.min(work.sentences.size(), index + 5)).stream()
                .filter(p -> RANKED_PART_OPENER.matcher(text).region(p.start(), p.end()).lookingAt()).toList();
        if (parts.size() < 2) {
            return; // a summary and one part told: the part may be the summary's whole story again
        }
        for (Span sentence : parts) {
            Matcher opener = RANKED_PART_OPENER.matcher(text).region(sentence.start(), sentence.end());
            if (!opener.lookingAt() || work.operations.stream().anyMatch(o -> o.sentence().equals(sentence) && o.type().equals(type))) {
                continue;
            }
            Span trigger = new Span(opener.end() - opener.group().replaceFirst("^\\W+", "").length(), opener.end());
            List<Dates.DateMention> dates = Dates.find(sentence.of(text), sentence.start(), work.document.published(), null);
            Mention where = place(work, sentence, trigger, type);
            Dates.DateMention when = dates.isEmpty() ? null : dates.get(0);
            OperationFact part = new OperationFact(type, trigger, when == null ? work.document.published() : when.date(),
                    when == null ? "publication" : when.precision(), when == null ? null : when.span(), null, null, null, List.of(),
                    List.of(), null, null, null, null, null, null, null, null, null, null, sentence, 0.5);
            if (where != null) {
                part = part.withPlace(where.text(), where.kind() == EntityKind.COUNTRY ? where.code() : null, where.span());
            }
            int at = 0;
            while (at < work.operations.size() && work.operations.get(at).trigger().start() < trigger.start()) {
                at++;
            }
            work.operations.add(at, part);
        }
    }

    /**
     * "Two passengers from Mongolia have been arrested in Inner Mongolia ... One of them, Enkhjargal, was caught on Saturday ...
     * The other, Nyamjav, was caught on Sunday at Erenhot": an arrest of people the sentence counts, each then told on his own in
     * the next sentences, sums those arrests up; it is none of them, and where a part does not say where, the summary does.
     * (Announced within three days of a part, the summary has already been merged into it as the same arrest announced later.)
     */
    private static void peopleCountedThenTold(Work work) {
        String text = work.text();
        List<OperationFact> summaries = work.operations.stream().filter(op -> op.type().equals("arrest")
                && COUNTED_PEOPLE.matcher(text).region(op.sentence().start(), op.trigger().start()).find()).toList();
        for (OperationFact summary : summaries) {
            int index = work.sentences.indexOf(summary.sentence());
            List<Span> parts = work.sentences.subList(index + 1, Math.min(work.sentences.size(), index + 4)).stream()
                    .filter(p -> PERSON_PART_OPENER.matcher(text).region(p.start(), p.end()).lookingAt()).toList();
            java.util.Set<Span> partsArrested = work.operations.stream().filter(o -> o.type().equals("arrest") && parts.contains(o.sentence()))
                    .map(OperationFact::sentence).collect(java.util.stream.Collectors.toSet());
            if (partsArrested.size() < 2) {
                continue;
            }
            work.operations.remove(summary);
            work.operations.replaceAll(o -> partsArrested.contains(o.sentence()) && o.place() == null ? o.withPlaceOf(summary) : o);
        }
    }

    /**
     * "the police confirmed the arrest of drug dealers in Kadoma and Harare", then each arrest on its day: an arrest the page
     * does not date, in places listed together, that two or more dated arrests after it tell one by one, sums them up.
     */
    private static void placesListedThenTold(Work work) {
        String text = work.text();
        List<OperationFact> summaries = work.operations.stream().filter(op -> "publication".equals(op.datePrecision())
                && PLACES_LISTED.matcher(text).region(op.trigger().end(), op.sentence().end()).find()).toList();
        for (OperationFact summary : summaries) {
            long told = work.operations.stream().filter(o -> o.type().equals(summary.type()) && "day".equals(o.datePrecision())
                    && o.sentence().start() > summary.sentence().start()).count();
            if (told >= 2) {
                work.operations.remove(summary);
            }
        }
    }

    private static final Pattern PLACES_LISTED = Pattern.compile("(?U)\\bin\\s+\\p{Lu}[\\p{L}-]+\\s+and\\s+\\p{Lu}[\\p{L}-]+\\b");

    /** "Two passengers", "three Bolivian men": people the sentence counts, before its verb. */
    private static final Pattern COUNTED_PEOPLE = Pattern.compile("(?U)(?i)\\b(?:two|three|four|[2-4])\\s+(?:\\p{L}+\\s+)?(?:passengers"
            + "|men|women|people|persons|suspects|nationals|citizens|foreigners|travell?ers)\\b");
    /** "One of them, ...", "The other, ...": a sentence telling one of the people counted before. */
    private static final Pattern PERSON_PART_OPENER = Pattern.compile("(?U)(?i)^\\W*(?:one\\s+of\\s+them|the\\s+other|another\\s+of\\s+them)\\b");

    private static void countedSummaries(Work work) {
        String text = work.text();
        // "closed a drug den and arrested five people ... in two operations over two days", then each operation's arrests
        List<OperationFact> summedArrests = work.operations.stream().filter(op -> op.type().equals("arrest") && summing(work, op)
                && work.operations.stream().anyMatch(o -> o.type().equals("arrest") && !o.sentence().equals(op.sentence()))).toList();
        work.operations.removeAll(summedArrests);
        java.util.Set<Span> arrestsSummed = summedArrests.stream().map(OperationFact::sentence).collect(java.util.stream.Collectors.toSet());
        List<OperationFact> summaries = work.operations.stream().filter(op -> (op.type().equals("interdiction")
                || op.type().equals("seizure")) && COUNTED_STOPS.matcher(op.sentence().of(text)).find()).toList();
        for (OperationFact summary : summaries) {
            partsWithoutTheirVerb(work, summary, summary.type());
            if (arrestsSummed.contains(summary.sentence())) {
                // "arrested three suspects in two separate cases and seized more than 26 kilograms ... In the first case, police
                // stopped two Laotian men": each part told also made some of the arrests the summary counts
                partsWithoutTheirVerb(work, summary, "arrest");
            }
            List<OperationFact> ranked = work.operations.stream().filter(o -> o.type().equals(summary.type())
                    && o.sentence().start() > summary.sentence().start()
                    && RANKED_PART_OPENER.matcher(text).useTransparentBounds(true).region(o.sentence().start(), o.trigger().end()).lookingAt())
                    .toList();
            if (ranked.size() >= 2) {
                // "En la primera ... En la segunda ...": the parts, each on the summary's day and at its place unless it says
                work.operations.remove(summary);
                for (OperationFact part : ranked) {
                    OperationFact placed = part.place() == null ? part.withPlaceOf(summary) : part;
                    work.operations.set(work.operations.indexOf(part), "publication".equals(part.datePrecision())
                            ? placed.withDate(summary.date(), summary.datePrecision(), summary.dateSpan()) : placed);
                }
                continue;
            }
            if (daysAtItsPlace(work, summary)) {
                continue;
            }
            List<OperationFact> told = work.operations.stream().filter(o -> o.type().equals("seizure")
                    && !o.sentence().equals(summary.sentence()) && o.place() != null && !o.place().equals(summary.place())).toList();
            if (told.size() < 2) {
                continue;
            }
            work.operations.remove(summary);
            // "seized a total of 47 kilograms of cocaine in two separate operations on March 21 ... At Sofia Airport, a woman ...
            // was detained after officers found seven kilograms": the parts, and what their sentences tell, on the summary's day
            java.util.Set<Span> partSentences = told.stream().map(OperationFact::sentence).collect(java.util.stream.Collectors.toSet());
            work.operations.replaceAll(o -> partSentences.contains(o.sentence()) && "publication".equals(o.datePrecision())
                    ? o.withDate(summary.date(), summary.datePrecision(), summary.dateSpan()) : o);
            if (summary.type().equals("interdiction")) {
                // "detuvieron tres embarcaciones", then where each load was taken: each boat was stopped there
                for (OperationFact seizure : told) {
                    boolean stopped = work.operations.stream().anyMatch(o -> o.type().equals("interdiction")
                            && seizure.place().equals(o.place()) && java.util.Objects.equals(o.date(), seizure.date()));
                    if (!stopped) {
                        work.operations.add(work.operations.indexOf(seizure), seizure.withType("interdiction"));
                    }
                }
            }
        }
    }

    /**
     * "seized narcotic drugs ... in three days at Entebbe International Airport ... on May 9 ... officers found ... On May 11 ...
     * drugs were also found": the days a summary placed in one place counts, each told after on its own day with no place, were
     * there; the summary is none of them.
     */
    private static boolean daysAtItsPlace(Work work, OperationFact summary) {
        if (summary.place() == null) {
            return false;
        }
        List<OperationFact> days = work.operations.stream().filter(o -> o.type().equals(summary.type())
                && o.sentence().start() > summary.sentence().start() && "day".equals(o.datePrecision())).toList();
        if (days.stream().map(OperationFact::date).distinct().count() < 2) {
            return false;
        }
        work.operations.remove(summary);
        for (OperationFact day : days) {
            if (day.place() == null) {
                work.operations.set(work.operations.indexOf(day), day.withPlaceOf(summary));
            }
        }
        return true;
    }

    /** Operations placed by the one place a report gives its day (not arrests: people are often taken elsewhere, unsaid). */
    private static final java.util.Set<String> PLACED_BY_THE_DAY = java.util.Set.of("seizure", "raid", "interdiction");

    /**
     * "La Guardia Civil ha detenido a cuatro personas ... frente a la costa de Chipiona ... Al final los agentes lograron
     * interceptar la embarcación": where a report's operations of one day are placed in one place only, the seizures, raids
     * and interdictions of that day told without a place are there too.
     */
    private static void onePlaceForTheDay(Work work) {
        // each day on its own: a report may also recall operations of other days, at other places ("in October ... at Jeddah")
        java.util.Set<LocalDate> days = new java.util.LinkedHashSet<>();
        work.operations.stream().filter(op -> op.date() != null && op.place() != null).forEach(op -> days.add(op.date()));
        for (LocalDate day : days) {
            OperationFact placed = onlyPlace(work, op -> SAME_EVENT.contains(op.type()) && day.equals(op.date()), true);
            if (placed != null) {
                // (not one told as another: "A second fishing boat ... was stopped in the western seas" was elsewhere, unnamed)
                fillPlace(work, placed, op -> PLACED_BY_THE_DAY.contains(op.type()) && day.equals(op.date()) && !toldAsAnother(work, op));
            }
        }
    }

    /**
     * The operation giving the one place that the report's placed operations of this kind share (and, with {@code sameDay},
     * their one day), or null when none is placed or they differ.
     */
    private static OperationFact onlyPlace(Work work, java.util.function.Predicate<OperationFact> kind, boolean sameDay) {
        OperationFact placed = null;
        for (OperationFact op : work.operations) {
            if (op.place() != null && kind.test(op)) {
                if (placed != null && (!Names.key(placed.place()).equals(Names.key(op.place()))
                        || sameDay && !java.util.Objects.equals(placed.date(), op.date()))) {
                    return null;
                }
                placed = op;
            }
        }
        return placed;
    }

    /** Gives {@code placed}'s place to the unplaced operations that {@code which} accepts. */
    private static void fillPlace(Work work, OperationFact placed, java.util.function.Predicate<OperationFact> which) {
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.place() == null && which.test(op)) {
                work.operations.set(i, op.withPlaceOf(placed));
            }
        }
    }

    private static final Pattern AND_THE = Pattern.compile("(?U)(?i)^\\s+(?:and|y|e)\\s+(?:(?:the|el|la|en el|en la|in the)\\s+)?$");

    /**
     * "On Feb. 16, U.S. forces hit three vessels in the Eastern Pacific and the Caribbean, and 11 people were killed": a day's
     * strikes in two seas are one operation in each (as the gold has a day's strikes in one sea as one); the deaths, not told
     * by sea, belong to neither.
     */
    private static void bySeasNamedTogether(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (!op.type().equals("strike") || op.placeSpan() == null || !atSea(op.place()) || !op.sentence().contains(op.placeSpan())
                    || !"day".equals(op.datePrecision())) {
                continue;
            }
            Mention other = null;
            for (Mention m : work.mentionsIn(new Span(op.placeSpan().end(), Math.min(op.sentence().end(), op.placeSpan().end() + 20)))) {
                if (m.kind() == EntityKind.PLACE && atSea(m.text()) && AND_THE.matcher(text.substring(op.placeSpan().end(), m.start())).matches()
                        && !Names.key(m.text()).equals(Names.key(op.place()))) {
                    other = m;
                }
                break;
            }
            if (other == null) {
                continue;
            }
            work.operations.set(i, op.withFatalities(null, null));
            work.operations.add(i + 1, op.withPlace(other.text(), null, other.span()).withFatalities(null, null));
            i++;
        }
    }

    private static final Pattern REPORTED_DONE = Pattern.compile("(?U)(?i)\\b(?:inform(?:ó|aron)|anunci(?:ó|aron)|confirm(?:ó|aron)"
            + "|report(?:ó|aron)|dio cuenta|reported|announced|confirmed)\\s+(?:de\\s+)?(?:un|una|el|la|a|an|the)\\s+(?:nuevo\\s+|new\\s+)?$");
    /** "made its largest seizure", "made what police call a record seizure", "hizo el mayor decomiso": an operation made. */
    private static final Cues.TailPattern MADE_THE_NOUN = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:made|makes|hizo|hicieron"
            + "|realiz(?:ó|aron)|efectu(?:ó|aron))\\s+(?:what\\s+(?:\\S+\\s+){1,4}?(?:calls?|called|describes?\\s+as|described\\s+as)\\s+)?"
            + "(?:a|an|the|its|their|el|la|su|un|una)\\s+(?:[\\p{L}-]+\\s+){0,3}$"), 12);
    private static final Pattern ACHIEVED_BEFORE = Pattern.compile("(?U)(?i)\\b(?:logr(?:ó|aron)|consigui(?:ó|eron)|pudo|pudieron|managed to)\\s+$");

    /** "Los operativos de este viernes ...", "The raids on Tuesday ...": the report's operations, all of one day. */
    private static final Pattern THE_DAYS_OPERATIONS = Pattern.compile("(?U)(?i)^\\W*(?:los|las|the)\\s+(?:(?:mega)?operativos|operaciones"
            + "|allanamientos|intervenciones|operations|raids)\\s+(?:de(?:l)?|on|of)\\s+");
    private static final Pattern WEEKDAYS_FIND = Pattern.compile("(?U)(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s"
            + "\\s+(?:\\p{L}+\\s+)?(?:seizure|haul|bust|find|raid|operation)\\b");
    /** A sentence that tells an operation carried out, no arrest or find of its own: "ejecutó ... un megaoperativo simultáneo". */
    private static final Pattern OPERATION_TOLD = Pattern.compile("(?U)(?i)\\b(?:ejecutó|ejecutaron|realizó|realizaron|desplegó|desplegaron"
            + "|llevó a cabo|llevaron a cabo|carried out|launched|conducted)\\b[^.;]{0,80}?\\b(?:un|una|an?)\\s+"
            + "(?:mega)?(?:operativo|operación|operation)\\b");
    private static final String RANK = "(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|first|second|third|fourth)";
    private static final Pattern OPERATION_DONE = Pattern.compile("(?U)(?i)^\\W*"
            // "Según un comunicado de la policía, la operación la hicieron el sábado ...": who tells it, first
            + "(?:(?:según|according\\s+to)\\s+[^,.;]{1,60},\\s+)?(?:la|el|the)\\s+"
            // "El segundo se hizo de madrugada el 26 de febrero": one of operations counted before, by its rank alone
            + "(?:(?:" + RANK + "\\s+)?(?:operaci[oó]n|operativo|operation|intervenci[oó]n)\\s+|" + RANK
            + "\\s+(?=(?:la|lo|se|hizo|fue|was|took)\\b))(?:(?:la|lo|se)\\s+)?(?:hizo|realizó|desarrolló|ejecutó|efectuó|llevó a cabo"
            + "|hicieron|realizaron|ejecutaron|efectuaron|llevaron a cabo"
            + "|fue\\s+(?:realizad|desarrollad|ejecutad)[oa]|was carried out|took place"
            // "La intervención fue en la madrugada de este martes, a 137 millas náuticas del Cabo Matapalo"
            + "|fue(?=\\s+(?:en|el|durante|a\\s+las|esta|este)\\b))\\b");

    /** "Los hechos ocurrieron en la tarde del lunes 27 de octubre", "Todo empezó a las 04:30 del pasado domingo": the story's day. */
    private static final Pattern NARRATIVE_START = Pattern.compile("(?U)(?i)^\\W*(?:(?:los hechos|el suceso|todo|the events|it all|the incident)\\s+"
            + "(?:ocurrieron|sucedieron|se produjeron|tuvieron lugar|se remontan a|ocurrió|empezó|comenzó|began|started|happened|took place|occurred)"
            // "El hallazgo se produjo el miércoles": the find the lead told, and its day
            // (not "La incautación se hizo ayer", after a boat brought in: the seizure's day, not the lead's arrest's)
            + "|(?:el hallazgo|the find|the discovery)\\s+(?:se produjo|tuvo lugar|ocurrió|took place|happened|occurred))\\b");

    /** The dates written with a number ("27 de octubre"), not by a weekday or a word alone. */
    private static List<Dates.DateMention> numbered(Work work, List<Dates.DateMention> all) {
        return all.stream().filter(d -> DIGIT.matcher(d.span().of(work.text())).find()).toList();
    }

    /** The operations told before, dated only by the page, take the one day the story's opening gives. */
    private static void datesTheStory(Work work, List<Dates.DateMention> all, Span sentence) {
        // "del lunes 27 de octubre": the numbered date, whatever day the weekday alone would be
        List<Dates.DateMention> numbered = numbered(work, all);
        List<Dates.DateMention> dates = numbered.isEmpty() ? all : numbered;
        if (dates.isEmpty() || !dates.stream().allMatch(d -> "day".equals(d.precision()) && d.date().equals(dates.get(0).date()))) {
            datesTheStoryByMonth(work, dates, sentence);
            return;
        }
        Dates.DateMention day = dates.get(0);
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.sentence().start() < sentence.start() && "publication".equals(op.datePrecision()) && SAME_EVENT.contains(op.type())
                    && op.date() != null && !day.date().isAfter(op.date()) && !day.date().isBefore(op.date().minusDays(14))) {
                work.operations.set(i, op.withDate(day.date(), "day", day.span()));
            }
        }
    }

    /**
     * "... anunció este domingo que se incautó de 2.256 kilos ... la operación la hicieron el sábado": the operations told
     * before, dated only by the day they were announced, were made on the one day this sentence gives, up to two weeks before
     * (not those dated by the page alone: "La operación la hizo ... en la madrugada del martes" may tell what follows).
     */
    private static void datesWhatWasAnnounced(Work work, List<Dates.DateMention> dates, Span sentence) {
        if (dates.size() != 1 || !"day".equals(dates.get(0).precision())) {
            return;
        }
        Dates.DateMention day = dates.get(0);
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.sentence().start() < sentence.start() && SAME_EVENT.contains(op.type()) && op.date() != null && op.dateSpan() != null
                    && spokenOn(work.text(), op.dateSpan()) && day.date().isBefore(op.date()) && !day.date().isBefore(op.date().minusDays(14))) {
                work.operations.set(i, op.withDate(day.date(), "day", day.span()));
            }
        }
    }

    /** "La operación se hizo la semana pasada": a vague period, kept to its month, dates the operations told before it too. */
    private static void datesTheStoryByMonth(Work work, List<Dates.DateMention> dates, Span sentence) {
        if (dates.size() != 1 || !"month".equals(dates.get(0).precision())) {
            return;
        }
        Dates.DateMention month = dates.get(0);
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.sentence().start() < sentence.start() && "publication".equals(op.datePrecision()) && SAME_EVENT.contains(op.type())
                    && op.date() != null && !month.date().isAfter(op.date()) && YearMonth.from(month.date()).equals(YearMonth.from(op.date()))) {
                work.operations.set(i, op.withDate(month.date(), "month", month.span()));
            }
        }
    }

    /** "La operación, dada a conocer el 9 de febrero de 2026, ...", "The seizure, announced on March 3, 2026, ...": when the report was made. */
    private static final Pattern REPORTED_ON = Pattern.compile("(?U)(?i)^\\W*(?:la|el|the)\\s+(?:operaci[oó]n|operativo|operation|incautaci[oó]n"
            + "|decomiso|seizure|interdicci[oó]n|interceptaci[oó]n|interdiction)\\s*,\\s*(?:(?:dad[oa]|dados|dadas)\\s+a\\s+conocer|reportad[oa]"
            + "|anunciad[oa]|informad[oa]|divulgad[oa]|announced|reported|disclosed|made public)\\s+(?:el|on)\\b");

    /**
     * A page with no date of its own that says when its operation was made known: the operations told before, which nothing
     * dates, take that day as the page's (its precision "publication", as a dateline's would be).
     */
    private static void datesTheUndated(Work work, List<Dates.DateMention> all, Span sentence) {
        List<Dates.DateMention> days = numbered(work, all).stream().filter(d -> "day".equals(d.precision())).toList();
        if (days.size() != 1) {
            return;
        }
        Dates.DateMention day = days.get(0);
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.sentence().start() < sentence.start() && op.date() == null) {
                work.operations.set(i, op.withDate(day.date(), "publication", day.span()));
            }
        }
    }

    /** "cuatro murieron en el primer ataque, en el Pacífico oriental; otros cuatro en el segundo ...": a count, then a rank. */
    private static final Pattern RANKED_ITEM = Pattern.compile("(?U)(?i)\\b(" + COUNT_WORD + ")\\b(?:(?!\\b" + COUNT_WORD + "\\b)[^;.]){0,60}?"
            + "\\b(?:primer[oa]?|segund[oa]"
            + "|tercer[oa]?|cuart[oa]|first|second|third|fourth)\\b");

    /** One of strikes told one by one: its count of dead as written, and where its words start in the text. */
    private record RankedItem(String count, int start) {
    }

    /** "The third strike, in the Caribbean, killed three": the last of ranked items told in the next sentence, rank first. */
    private static final Pattern RANKED_LAST = Pattern.compile("(?U)(?i)^\\W*(?:the|el|la)\\s+(?:second|third|fourth|segund[oa]|tercer[oa]?"
            + "|cuart[oa])\\s+(?:strike|attack|boat|vessel|ataque|embarcación|lancha)\\b[^.;]{0,60}?\\b(?:killed|mató)\\s+(" + COUNT_WORD + ")\\b");
    private static final Pattern SAME_WATERS = Pattern.compile("(?U)(?i)\\b(?:the\\s+same\\s+(?:waters|sea|area)|las\\s+mismas\\s+aguas"
            + "|el\\s+mismo\\s+mar|la\\s+misma\\s+zona)\\b");

    /**
     * Strikes of one day told together, then one by one with their places ("... atacó tres embarcaciones; en total murieron 11.
     * ... cuatro murieron en el primer ataque, en el Pacífico oriental; otros cuatro en el segundo, también en el Pacífico
     * oriental, y tres en el tercero, en el Caribe"): one operation per place, with its dead. Only where the parts add up to
     * the operation's toll (or it gave none) and every part names its place.
     */
    private static void byPlaceOfEachStrike(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (!op.type().equals("strike")) {
                continue;
            }
            int after = 0;
            while (after < work.sentences.size() && work.sentences.get(after).start() < op.sentence().start()) {
                after++;
            }
            for (int k = after; k < Math.min(work.sentences.size(), after + 6); k++) {
                Span sentence = work.sentences.get(k);
                String s = sentence.of(text);
                if (!Cues.any(Cues.lower(s), "primer", "segund", "first", "second")) {
                    continue;
                }
                Map<String, int[]> byPlace = new LinkedHashMap<>();
                Map<String, Mention> where = new LinkedHashMap<>();
                List<RankedItem> items = new ArrayList<>();
                Matcher m = RANKED_ITEM.matcher(s);
                while (m.find()) {
                    items.add(new RankedItem(m.group(1), sentence.start() + m.start()));
                }
                Span next = k + 1 < work.sentences.size() ? work.sentences.get(k + 1) : null;
                Matcher last = next == null || items.isEmpty() ? null : RANKED_LAST.matcher(text).region(next.start(), next.end());
                int itemsEnd = sentence.end();
                if (last != null && last.lookingAt()) {
                    // "... and four more on a second boat in the same waters. The third strike, in the Caribbean, killed three."
                    items.add(new RankedItem(last.group(1), next.start()));
                    itemsEnd = last.end();
                }
                int sum = 0;
                boolean every = items.size() >= 2;
                Mention previousPlace = null;
                for (int j = 0; j < items.size() && every; j++) {
                    int from = items.get(j).start();
                    int end = j + 1 < items.size() ? items.get(j + 1).start() : itemsEnd;
                    Double n = Figures.number(items.get(j).count());
                    Mention place = null;
                    for (Mention p : work.mentionsIn(new Span(from, end))) {
                        if (p.kind() == EntityKind.PLACE && atSea(p.text())) {
                            place = p;
                            break;
                        }
                    }
                    if (place == null && previousPlace != null && SAME_WATERS.matcher(text).region(from, end).find()) {
                        place = previousPlace; // "four more on a second boat in the same waters"
                    }
                    if (n == null || place == null) {
                        every = false;
                        break;
                    }
                    previousPlace = place;
                    sum += n.intValue();
                    String key = Names.key(place.text());
                    byPlace.computeIfAbsent(key, x -> new int[1])[0] += n.intValue();
                    where.putIfAbsent(key, place);
                }
                if (!every || byPlace.size() < 2 || op.fatalities() != null && op.fatalities() != sum) {
                    continue;
                }
                work.operations.remove(i);
                int at = i;
                for (Map.Entry<String, int[]> part : byPlace.entrySet()) {
                    Mention place = where.get(part.getKey());
                    work.operations.add(at++, op.withPlace(place.text(), null, place.span()).withFatalities(part.getValue()[0], null));
                }
                i = at - 1;
                break;
            }
        }
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final java.util.Set<String> LEAD_TYPES = java.util.Set.of("arrest", "seizure", "raid", "interdiction");

    /**
     * "Officers have arrested four men and seized 400 kilos ..." in the lead, "... intercepted the boat on Sunday (10 November)
     * and found the drugs" further down: an operation the report dates only by its own date is the one of the same type it
     * dates itself within the month before, when exactly one such is told and their places agree; the other operations of the
     * lead's sentence take that date too. So too one the lead dates only by the day it was told, in the week before the page.
     */
    private static void leadIntoItsDatedTelling(Work work, LocalDate published) {
        if (published == null) {
            return;
        }
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact lead = work.operations.get(i);
            // ("have been arrested ..., the police said on Thursday": the day of the telling, in the week before the page)
            if (!LEAD_TYPES.contains(lead.type()) || lead.date() == null || !weakDate(work, lead) || openedAsAnother(work, lead)
                    || !lead.date().equals(published) && (lead.dateSpan() == null || lead.date().isAfter(published)
                            || lead.date().isBefore(published.minusDays(7)))) {
                continue; // (and not "En un operativo separado, ... arrestó a tres personas": another operation, undated)
            }
            int found = -1;
            for (int j = 0; j < work.operations.size(); j++) {
                OperationFact dated = work.operations.get(j);
                if (j != i && dated.type().equals(lead.type()) && dated.dateSpan() != null && dated.date() != null && !toldAsAnother(work, dated)
                        // (not one dated by the day another sentence says it was told: "Hajjar said on Monday that ... According
                        // to Hajjar, 6.5 million pills had been seized"; "was caught ..., officials said on Saturday" may still be it)
                        && !toldTheSentenceBefore(work, lead) && !toldTheSentenceBefore(work, dated)
                        && !dated.date().isAfter(published) && (near(dated, lead) && compatiblePlace(dated, lead) || sameLoad(lead, dated))) {
                    found = found < 0 ? j : -2;
                }
            }
            if (found < 0) {
                continue;
            }
            OperationFact dated = work.operations.get(found);
            work.operations.set(found, dated.place() == null && lead.place() != null
                    ? dated.withPlaceOf(lead) : dated);
            work.operations.remove(i);
            datesSentenceMates(work, lead.sentence(), dated);
            i = -1; // indices moved; start over (a report tells a handful of operations)
        }
    }

    /** "The men landed at Sendai Airport ...", "llegaron al aeropuerto": travellers arriving, where the find on them was made. */
    private static final Pattern LANDED = Pattern.compile("(?U)(?i)\\b(?:landed|arrived|flew\\s+in|aterriz(?:ó|aron)|lleg(?:ó|aron))\\b");

    /**
     * "... carried the tissues onto a plane from Malaysia on May 13 ... The men landed at Sendai Airport ..., where the customs
     * branch found the stimulants on them": a find the page alone dates, told with the travellers' landing, was made on the one
     * day the two sentences before give, when they tell no operation of their own.
     */
    private static void foundOnLanding(Work work, LocalDate published) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            int index = work.sentences.indexOf(op.sentence());
            if (!op.type().equals("seizure") || !"publication".equals(op.datePrecision()) || index < 1
                    || !LANDED.matcher(text).region(op.sentence().start(), op.trigger().start()).find()) {
                continue;
            }
            List<Span> before = work.sentences.subList(Math.max(0, index - 2), index);
            List<Dates.DateMention> days = new ArrayList<>();
            for (Span b : before) {
                Dates.find(b.of(text), b.start(), published, null).stream().filter(d -> "day".equals(d.precision())).forEach(days::add);
            }
            if (days.size() == 1 && work.operations.stream().noneMatch(o -> before.contains(o.sentence()))
                    && !days.get(0).date().isAfter(published)) {
                work.operations.set(i, op.withDate(days.get(0).date(), "day", days.get(0).span()));
            }
        }
    }

    /**
     * "Un operativo con allanamientos simultáneos ... permitió detener al cabecilla", then "fue detenido en la madrugada del
     * último miércoles en Ibarra": a raid the report dates only by its own date is the one that made the arrest it dates in the
     * week before, when it dates one day of arrests only and their places agree.
     */
    private static void raidOfTheArrest(Work work, LocalDate published) {
        if (published == null) {
            return;
        }
        List<OperationFact> arrests = work.operations.stream().filter(o -> o.type().equals("arrest") && o.dateSpan() != null
                && o.date() != null && !o.date().isAfter(published) && !o.date().isBefore(published.minusDays(7))).toList();
        if (arrests.isEmpty() || arrests.stream().map(OperationFact::date).distinct().count() != 1) {
            return;
        }
        OperationFact arrest = arrests.get(0);
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact raid = work.operations.get(i);
            if ((raid.type().equals("raid") || raid.type().equals("seizure") && raid.place() == null)
                    && "publication".equals(raid.datePrecision()) && compatiblePlace(raid, arrest)
                    // "En otro operativo, en el cantón Urdaneta, ...": another operation, not the dated arrest's raid
                    && !IN_ANOTHER_OPERATION.matcher(work.text()).region(raid.sentence().start(), raid.sentence().end()).lookingAt()) {
                work.operations.set(i, raid.withDate(arrest.date(), arrest.datePrecision(), arrest.dateSpan()));
            }
        }
    }

    /** "intervinieron 510 kilos de cocaína" in the lead and "intervino los 510 kilos" in April: one load, weighed the same. */
    private static boolean sameLoad(OperationFact a, OperationFact b) {
        return a.type().equals("seizure") && a.seizedKg() != null && a.seizedKg().equals(b.seizedKg());
    }

    /** The operations of one sentence, dated only by the report, take the date the sentence's other operation turned out to have. */
    private static void datesSentenceMates(Work work, Span sentence, OperationFact dated) {
        redateMates(work, sentence, null, LEAD_TYPES, dated);
    }

    /** The operations of {@code types} in the sentence whose date the span {@code datedBy} gave (null: the page) take {@code dated}'s. */
    private static void redateMates(Work work, Span sentence, Span datedBy, java.util.Set<String> types, OperationFact dated) {
        for (int k = 0; k < work.operations.size(); k++) {
            OperationFact mate = work.operations.get(k);
            if (mate.sentence().equals(sentence) && java.util.Objects.equals(mate.dateSpan(), datedBy) && types.contains(mate.type())) {
                work.operations.set(k, mate.withDate(dated.date(), dated.datePrecision(), dated.dateSpan()));
            }
        }
    }

    /**
     * An interception the report dates and a seizure it dates only by its own date within the week before, their places
     * agreeing ("seized 400 kilos of cocaine after a fishing boat was stopped off the Kent coast" ... "intercepted the boat on
     * Sunday"): the drugs were taken from the boat, so the seizure has the interception's date and each the other's place.
     */
    private static void boatAndCargo(Work work, LocalDate published) {
        if (published == null) {
            return;
        }
        List<OperationFact> stops = work.operations.stream().filter(o -> o.type().equals("interdiction") && o.dateSpan() != null).toList();
        if (stops.size() != 1) {
            return;
        }
        OperationFact stop = stops.get(0);
        if (stop.date() == null || stop.date().isAfter(published) || stop.date().isBefore(published.minusDays(7))) {
            return;
        }
        for (int k = 0; k < work.operations.size(); k++) {
            OperationFact cargo = work.operations.get(k);
            // a load taken "en aguas del Pacífico Sur" from the boat stopped "a 137 millas náuticas del Cabo Matapalo": one sea
            if (cargo.type().equals("seizure") && !openedAsAnother(work, cargo) && (compatiblePlace(cargo, stop) || atSea(cargo.place()))
                    && ("publication".equals(cargo.datePrecision()) || stop.date().equals(cargo.date()))) {
                OperationFact dated = "publication".equals(cargo.datePrecision()) ? cargo.withDate(stop.date(), stop.datePrecision(),
                        stop.dateSpan()) : cargo;
                work.operations.set(k, dated.place() == null && stop.place() != null ? dated.withPlaceOf(stop) : dated);
                if (stop.place() == null && cargo.place() != null) {
                    work.operations.set(work.operations.indexOf(stop), stop.withPlaceOf(cargo));
                    stop = stop.withPlaceOf(cargo);
                }
                if ("publication".equals(cargo.datePrecision())) {
                    datesSentenceMates(work, cargo.sentence(), stop);
                }
            }
        }
    }

    /** A boat named: "the vessel", "del pesquero" (the noun, not "puerto pesquero"). */
    private static final Pattern A_BOAT = Pattern.compile("(?U)(?i)\\b(?:" + VESSEL + "|(?:el|del|un|al)\\s+pesquero)\\b");

    /**
     * "Más de 350 kilos ... fueron incautados del pesquero ... La Armada interceptó el pesquero en el mar ... La incautación se
     * hizo ayer": a boat's one stop the page alone dates was made on the day of the one find on a boat the report dates, there.
     */
    private static void stopOfTheDatedCargo(Work work, LocalDate published) {
        List<OperationFact> stops = work.operations.stream().filter(o -> o.type().equals("interdiction")).toList();
        List<OperationFact> finds = work.operations.stream().filter(o -> o.type().equals("seizure") && o.dateSpan() != null
                && !"publication".equals(o.datePrecision()) && A_BOAT.matcher(o.sentence().of(work.text())).find()).toList();
        if (published == null || stops.size() != 1 || finds.size() != 1 || !"publication".equals(stops.get(0).datePrecision())) {
            return;
        }
        OperationFact stop = stops.get(0);
        OperationFact find = finds.get(0);
        if (find.date() != null && !find.date().isAfter(published) && !find.date().isBefore(published.minusDays(7))
                && compatiblePlace(find, stop)) {
            work.operations.set(work.operations.indexOf(stop), stop.withDate(find.date(), find.datePrecision(), find.dateSpan()));
        }
    }

    /**
     * "Un enfrentamiento dejó un agresor muerto y seis personas detenidas": the deaths are the clash's
     * (the raid or strike the same words report), not the arrests'.
     */
    private static void deathsToTheClash(Work work) {
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (!op.type().equals("arrest") || op.fatalitiesSpan() == null) {
                continue;
            }
            boolean clash = work.operations.stream().anyMatch(o -> (o.type().equals("raid") || o.type().equals("strike"))
                    && op.fatalitiesSpan().equals(o.fatalitiesSpan()));
            if (clash) {
                work.operations.set(i, op.withFatalities(null, null));
            }
        }
    }

    /**
     * "interceptó un semisumergible con cerca de 4 toneladas de cocaína": an interception that states
     * the drugs on board took them, a seizure of the same date and place unless the report tells one.
     */
    private static void seizuresInInterceptions(Work work) {
        List<OperationFact> implied = new ArrayList<>();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            // (a stop told by its seizure, "seized 8,700 pounds ... from a boat", keeps the seizure's verb: the drugs are not the stop's)
            boolean drugsIntercepted = op.type().equals("interdiction") && !TRIGGERS.get("seizure").matcher(work.text())
                    .region(op.trigger().start(), op.trigger().end()).useTransparentBounds(true).lookingAt()
                    && (op.quantitySpan() != null
                    && op.quantitySpan().start() >= op.trigger().end() && op.quantitySpan().start() - op.trigger().end() <= 12
                    || cargoIntercepted(work.text(), op));
            boolean seized = work.operations.stream().anyMatch(o -> o.type().equals("seizure") && java.util.Objects.equals(o.date(), op.date())
                    && compatiblePlace(o, op) && !summing(work, o));
            if (drugsIntercepted) {
                // "se interceptaron 1.616 kilos de cocaína": drugs intercepted, not a boat; a seizure
                work.operations.set(i, op.withType("seizure"));
                if (seized) {
                    work.operations.remove(i--);
                }
            } else if (op.type().equals("interdiction") && !seized
                    && (op.seizedKg() != null || COUNTED_DRUGS.matcher(op.sentence().of(work.text())).find())) {
                implied.add(op.withType("seizure"));
            }
        }
        work.operations.addAll(implied);
    }

    /** "dos mujeres que llevaban paquetes con 27 kilos de cocaína", "a man carrying 5 kilograms of heroin": drugs on the arrested. */
    private static final Pattern CARRYING = Pattern.compile("(?U)(?i)\\b(?:llevaba|llevaban|transportaba|transportaban|portaba|portaban"
            + "|carrying|carried|was carrying|were carrying|with|con"
            // "caught a Thai woman in the act of trafficking 2.6 kilograms of cocaine"
            + "|in\\s+the\\s+act\\s+of\\s+(?:trafficking|smuggling)"
            // "arrested at the Sarpi border crossing as he tried to take 7.3 kilograms of cocaine out of Georgia"
            + "|(?:tried|trying|attempted|attempting)\\s+to\\s+(?:take|bring|smuggle|carry|move))\\s+(?:\\S+\\s+){0,8}?$");

    /** Drugs the arrested held, counted in packages rather than weighed: "que tenían en su poder más de 430 paquetes ... de cocaína". */
    private static final Pattern POSSESSED_DRUGS = Pattern.compile("(?U)(?i)\\b(?:(?:tenían|tenía|tenian|tenia)\\s+en\\s+su\\s+poder"
            + "|(?:had|with)\\s+(?:\\S+\\s+){0,6}?in\\s+(?:their|his|her)\\s+possession"
            // "arrested a 34-year-old ... on Thursday; he was carrying heroin worth some Rs 13.5 million": valued, not weighed
            + "|(?:was|were)\\s+carrying"
            // "Víctor Farfán, que tenía 269 envoltorios de pasta básica de cocaína"
            // "was arrested at the arrival hall with nine wraps of cocaine"
            + "|(?:tenía|tenían|tenia|tenian|had|with|con)\\s+(?:\\S+\\s+){0,2}?(?:envoltorios|paquetes|bolsas|bolsitas|dosis|ketes|sobres|papeletas"
            + "|ladrillos|panelas|bags|packets|baggies|wraps|bricks|doses)\\s+(?:de|of))\\b[^.;]{0,100}?\\b(?:cocaína|cocaina|marihuana"
            + "|heroína|fentanilo|metanfetamina|cocaine|marijuana|cannabis|heroin|fentanyl|methamphetamine)\\b");

    /**
     * An arrest whose sentence weighs the drugs the arrested carried, with no seizure told beside it: the drugs were seized too,
     * where and when the arrest was made.
     */
    private static void drugsCarriedByTheArrested(Work work) {
        List<OperationFact> implied = new ArrayList<>();
        for (OperationFact op : work.operations) {
            if (op.type().equals("arrest") && op.quantitySpan() == null
                    && work.operations.stream().noneMatch(o -> o.type().equals("seizure") && o.sentence().equals(op.sentence()))
                    && POSSESSED_DRUGS.matcher(work.text()).region(op.trigger().end(), op.sentence().end()).find()) {
                // "capturaron a cuatro hombres que tenían en su poder más de 430 paquetes de clorhidrato de cocaína": no weight
                implied.add(op.withType("seizure"));
                continue;
            }
            if (!op.type().equals("arrest") || op.quantitySpan() == null || op.quantitySpan().start() < op.trigger().end()
                    || work.operations.stream().anyMatch(o -> o.type().equals("seizure") && o.sentence().equals(op.sentence()))) {
                continue;
            }
            String before = work.text().substring(Math.max(op.trigger().end(), op.quantitySpan().start() - 60), op.quantitySpan().start());
            if (CARRYING.matcher(before).find()) {
                implied.add(op.withType("seizure"));
            }
        }
        work.operations.addAll(implied);
    }

    /** "Un cargamento de 663 kilos de cocaína ... interceptado en el Puerto de Marín": a load stopped, not a boat; a seizure. */
    private static final Pattern CARGO_BEFORE = Pattern.compile("(?U)(?i)\\b(?:cargamento|alijo|contenedor(?:es)?|containers?|shipment"
            + "|consignment|cargo)\\b");

    private static boolean cargoIntercepted(String text, OperationFact op) {
        String before = text.substring(Math.max(op.sentence().start(), op.trigger().start() - 80), op.trigger().start());
        return CARGO_BEFORE.matcher(before).find() && !VESSEL_WORD.matcher(before).find()
                // "that led to the drugs being intercepted": the drugs, not a boat
                || DRUGS_BEING.matcher(before).find()
                || CARGO_AFTER.matcher(text).region(op.trigger().end(), op.sentence().end()).lookingAt();
    }

    // ("the drugs being intercepted"; not "a second fishing boat carrying heroin was stopped", the boat)
    private static final Pattern DRUGS_BEING = Pattern.compile("(?U)(?i)\\b(?:the|these|those)\\s+" + DRUG_NOUN + "\\s+(?:being|were|was|had\\s+been|have\\s+been)\\s+$");

    /** "se interceptaran dos alijos", "intercepted three shipments": loads stopped, right after the verb. */
    private static final Pattern CARGO_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:(?:\\d+|un|una|dos|tres|cuatro|cinco|el|la|los|las|two|three"
            + "|four|five|a|the)\\s+)?(?:alijos?|cargamentos?|contenedores?|containers?|shipments?|consignments?|loads?)\\b");

    private static final Pattern VESSEL_WORD = Pattern.compile("(?U)(?i)\\b" + VESSEL + "\\b");

    /** Drugs counted in packages rather than weighed: "con 136 paquetes de cocaína", "carrying 40 bales of marijuana". */
    private static final Pattern COUNTED_DRUGS = Pattern.compile("(?U)(?i)\\b\\d[\\d.,]*\\s+(?:paquetes|pacas|fardos|bultos|ladrillos|packages"
            + "|bales|bricks|packets)\\s+(?:de|of)\\s+(?:(?:presunta|supuesta|suspected|alleged)\\s+)?" + DRUG_NOUN + "\\b");

    /** Operations of one event told in one sentence ("recapturaron ... en un operativo") share the place one of them has. */
    private static void sharePlaces(Work work) {
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.place() != null || !SAME_EVENT.contains(op.type())) {
                continue;
            }
            for (OperationFact other : work.operations) {
                if (other != op && other.place() != null && other.sentence().equals(op.sentence()) && SAME_EVENT.contains(other.type())
                        && java.util.Objects.equals(other.date(), op.date())) {
                    work.operations.set(i, op.withPlaceOf(other));
                    break;
                }
            }
        }
    }

    /**
     * "Police seized 31 rifles" paragraphs after "64 people were killed and 81 arrested on Tuesday in
     * a security operation in X": a seizure or arrest the report dates and places nowhere belongs to
     * its main operation, the first raid or interdiction, when the report dates and places that one itself.
     */
    private static void partOfTheMainOperation(Work work) {
        OperationFact main = work.operations.stream().filter(o -> MAIN_OPERATIONS.contains(o.type())).findFirst().orElse(null);
        // a main operation dated only by the page may be another event than what follows; a page with no date at all tells one
        if (main == null || main.place() == null || main.dateSpan() == null && main.date() != null) {
            return;
        }
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.dateSpan() == null && op.place() == null && SAME_EVENT.contains(op.type()) && !op.type().equals(main.type())
                    && op.trigger().start() > main.trigger().start() && !openedAsAnother(work, op)) {
                work.operations.set(i, op.withDate(main.date(), main.datePrecision(), main.dateSpan())
                        .withPlaceOf(main));
            }
        }
    }

    private static final java.util.Set<String> MAIN_OPERATIONS = java.util.Set.of("raid", "interdiction");

    /** A part of a city named by what it is: "en domicilios de las alcaldías Iztapalapa, Iztacalco y Tlalpan", "the borough of X". */
    private static final Pattern SUBDIVISION_BEFORE = Pattern.compile("(?U)(?i)\\b(?:alcald[ií]as?|colonias?|barrios?|delegaci[oó]n(?:es)?"
            + "|sectores?|fraccionamientos?|boroughs?|neighbou?rhoods?|districts?)\\s+(?:(?:de|of)\\s+(?:la\\s+|el\\s+|the\\s+)?)?$");

    /**
     * "un operativo ... en la Ciudad de México" and then "cumplieron cinco órdenes de cateo en domicilios de las alcaldías Iztapalapa
     * ...": an operation of the same day and kind placed in a part of a city is the one told before, retold where it went on.
     */
    private static void partsOfTheDaysPlace(Work work) {
        String text = work.text();
        for (int i = work.operations.size() - 1; i > 0; i--) {
            OperationFact op = work.operations.get(i);
            if (op.placeSpan() == null || op.date() == null || !SUBDIVISION_BEFORE.matcher(text)
                    .region(Math.max(0, op.placeSpan().start() - 30), op.placeSpan().start()).find()) {
                continue;
            }
            for (int k = 0; k < i; k++) {
                OperationFact earlier = work.operations.get(k);
                if (earlier.type().equals(op.type()) && op.date().equals(earlier.date()) && earlier.place() != null) {
                    work.operations.remove(i);
                    break;
                }
            }
        }
    }

    /**
     * "el decomiso de 500 kilogramos de cocaína en el puerto de Buenaventura ... en un operativo contra el tráfico": an operation
     * by its general name, in a report that tells a seizure and no arrest, is that seizure (an inspection), not a raid.
     */
    private static void noRaidWithoutArrests(Work work) {
        String text = work.text();
        if (work.operations.stream().anyMatch(o -> o.type().equals("arrest")) || work.operations.stream().noneMatch(o -> o.type().equals("seizure"))) {
            return;
        }
        work.operations.removeIf(o -> o.type().equals("raid") && GENERIC_OPERATION.matcher(o.trigger().of(text)).matches());
    }

    /** An operation told by its general name alone: "un operativo", "the operation", "a joint operation". */
    private static boolean byItsGeneralName(String trigger) {
        return GENERIC_OPERATION.matcher(trigger).matches() || trigger.endsWith(" operation");
    }

    /**
     * "She was caught in a joint operation of the country's Federal Police and the National Intelligence and Security Service at
     * Addis Ababa Bole International Airport": an operation at an airport that caught a traveller is the arrest, not a raid on
     * premises.
     */
    private static void noRaidOfTheTraveller(Work work) {
        String text = work.text();
        work.operations.removeIf(raid -> raid.type().equals("raid") && raid.place() != null && raid.date() != null
                && byItsGeneralName(raid.trigger().of(text))
                && (raid.place().contains("Airport") || raid.place().contains("Aeropuerto") || raid.place().contains("aeropuerto"))
                && work.operations.stream().anyMatch(o -> o.type().equals("arrest") && raid.date().equals(o.date())
                        && raid.place().equals(o.place())));
    }

    /** "Durante el operativo se aseguraron 620 kilos", "During the raids officers seized ...": what the report's raid found. */
    private static final Pattern DURING_THE_RAID = Pattern.compile("(?U)(?i)^\\W*(?:durante|during|en|in)\\s+(?:el|la|los|las|the)\\s+"
            + "(?:operativo|operaci[oó]n|operation|procedimiento|cateos?|allanamientos?|raids?|searches)\\b");

    /**
     * Seizures and arrests a sentence opening "Durante el operativo" tells, undated by it, take the report's first raid's day and
     * place (a report with no raid, its first stop's).
     */
    private static void duringTheRaid(Work work) {
        OperationFact raid = work.operations.stream().filter(o -> o.type().equals("raid") && o.place() != null).findFirst()
                // "... interceptaron una lancha ... En el procedimiento fueron capturados tres hombres": no raid, the stop at sea
                .or(() -> work.operations.stream().filter(o -> o.type().equals("interdiction") && o.place() != null).findFirst()).orElse(null);
        if (raid == null) {
            return;
        }
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if ((op.type().equals("seizure") || op.type().equals("arrest")) && op.dateSpan() == null
                    && DURING_THE_RAID.matcher(text).region(op.sentence().start(), op.sentence().end()).lookingAt()) {
                work.operations.set(i, op.withDate(raid.date(), raid.datePrecision(), raid.dateSpan())
                        .withPlaceOf(raid));
            }
        }
    }

    /** Right after a verb: "(were arrested) in the operation", "(fueron detenidos) en el operativo". */
    private static final Pattern IN_THE_OPERATION_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:during|in|durante|en)\\s+(?:the|el|la)\\s+"
            + "(?:operativo|operaci[oó]n|operation)\\b");

    /**
     * "seized 209 kilograms of cocaine kept in a warehouse in Arad ... on Wednesday" and later "Several Romanian and Hungarian
     * citizens were arrested in the operation": an arrest or seizure the report neither dates nor places, told as made in
     * "the operation", was made in the last one told before it that the report dates and places itself (one dated by the page
     * alone may be the page's summing up: "Seis dominicanos fueron arrestados durante la operación" after a boat stopped at sea
     * is left unplaced).
     */
    private static void inTheOperationToldBefore(Work work) {
        String text = work.text();
        for (int i = 1; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (!(op.type().equals("seizure") || op.type().equals("arrest")) || op.dateSpan() != null || op.place() != null
                    || !IN_THE_OPERATION_AFTER.matcher(text).region(op.trigger().end(), op.sentence().end()).lookingAt()) {
                continue;
            }
            for (int k = i - 1; k >= 0; k--) {
                OperationFact before = work.operations.get(k);
                if (before.dateSpan() != null && before.placeSpan() != null && before.sentence().start() < op.sentence().start()) {
                    work.operations.set(i, op.withDate(before.date(), before.datePrecision(), before.dateSpan()).withPlaceOf(before));
                    break;
                }
            }
        }
    }

    /** "Some 1,000 officers took part and searched ...", "participaron 300 agentes": those who took part in what was just told. */
    private static final Pattern TOOK_PART = Pattern.compile("(?U)(?i)\\b(?:took\\s+part|participaron|participó)\\b");

    /** "y lo llevó esta mañana al puerto", "and towed it to port on Friday": the boat brought in after the stop, a later act. */
    private static final Pattern BROUGHT_IN = Pattern.compile("(?U)(?i)[,;]?\\s+(?:y|and)\\s+(?:(?:lo|la|los|las)\\s+)?(?:llev(?:ó|aron)"
            + "|conduj(?:o|eron)|remolc(?:ó|aron)|traslad(?:ó|aron)|escolt(?:ó|aron)|took|brought|towed|escorted)\\b");

    /** Where the boat a stop's sentence tells of is brought in after the stop, or the sentence's end. */
    private static int broughtIn(String text, Span trigger, Span sentence) {
        Matcher brought = BROUGHT_IN.matcher(text).region(trigger.end(), sentence.end());
        return brought.find() ? brought.start() : sentence.end();
    }

    /** The dates of a stop's sentence told before the boat was brought in after it. */
    private static List<Dates.DateMention> beforeTheBoatWasBrought(String text, Span trigger, Span sentence,
            List<Dates.DateMention> dates) {
        int cut = broughtIn(text, trigger, sentence);
        return dates.stream().filter(d -> d.span().end() <= cut).toList();
    }

    /** "The drug seized weighed about 14 kilograms": the drugs of an operation just told, seized. */
    private static final Pattern THE_DRUG_SEIZED = Pattern.compile("(?U)(?i)^\\W*(?:the|la|las|el|los)\\s+(?:drug|" + DRUG_NOUN + ")\\s+"
            + "(?:seized|incautad[oa]s?|decomisad[oa]s?|asegurad[oa]s?)\\b");

    /**
     * "Last week the Federal Police Commission arrested 13 Nigerians ... at Bole International Airport ... The drug seized weighed
     * about 14 kilograms": a seizure its own sentence neither dates nor places, of "the drug seized", was made in the operation
     * one of the two sentences before tells with a date and place of its own.
     */
    private static void theDrugSeizedBefore(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            int index = work.sentences.indexOf(op.sentence());
            if (!op.type().equals("seizure") || op.place() != null || index < 1
                    || op.dateSpan() != null && op.sentence().contains(op.dateSpan())
                    || !THE_DRUG_SEIZED.matcher(text).region(op.sentence().start(), op.sentence().end()).lookingAt()) {
                continue;
            }
            Span earliest = work.sentences.get(Math.max(0, index - 2));
            OperationFact told = null;
            for (OperationFact o : work.operations) {
                if (o != op && o.sentence().start() >= earliest.start() && o.sentence().start() < op.sentence().start()
                        && o.place() != null && o.dateSpan() != null && o.sentence().contains(o.dateSpan())) {
                    told = o;
                }
            }
            if (told != null) {
                work.operations.set(i, op.withDate(told.date(), told.datePrecision(), told.dateSpan()).withPlaceOf(told));
            }
        }
    }

    /**
     * "Fuerzas federales detuvieron a 15 presuntos integrantes ... Un juez autorizó 15 cateos simultáneos en Puebla, Morelos ...":
     * arrests the report places nowhere, on the day of the report's one raid, were made in it, and take its place.
     */
    private static void arrestsOfTheOneRaid(Work work) {
        List<OperationFact> raids = work.operations.stream().filter(o -> o.type().equals("raid")).toList();
        // the raid placed by its own sentence, not by a place carried from another
        if (raids.size() != 1 || raids.get(0).place() == null || raids.get(0).placeSpan() == null
                || !raids.get(0).sentence().contains(raids.get(0).placeSpan())) {
            return;
        }
        OperationFact raid = raids.get(0);
        fillPlace(work, raid, op -> op.type().equals("arrest") && op.date() != null && op.date().equals(raid.date()));
    }

    private static final Pattern THE_STRIKE_FIRST = Pattern.compile("(?U)^\\W*(?:The|This|El|Este)\\s+(strike|attack|ataque)\\b");

    /**
     * "The strike, carried out on Friday, ... brings the total number of such strikes ... to 36": a
     * total that opens on the strike just reported gives that strike its date (never its deaths).
     */
    private static void datesTheStrikeBefore(Work work, Span sentence, String s, List<Dates.DateMention> dates, LocalDate published) {
        Matcher m = THE_STRIKE_FIRST.matcher(s);
        if (!m.find()) {
            return;
        }
        Span trigger = new Span(sentence.start() + m.start(1), sentence.start() + m.end(1));
        List<Dates.DateMention> day = dates.stream().filter(d -> "day".equals(d.precision())).limit(1).toList();
        if (day.isEmpty()) {
            return;
        }
        operation(work, "strike", trigger, sentence, day, published, null)
                .ifPresent(op -> mergeIntoLatest(work, op.withFatalities(null, null)));
    }

    /**
     * "..., among them three on Monday in the eastern Pacific that killed eight people, and one early
     * in December in which four people died": each item a total names with a date of its own is a
     * strike, read within its own words (its date, place and deaths, not the total's).
     */
    private static void namedInTotal(Work work, Span sentence, String s, List<Dates.DateMention> dates, LocalDate published) {
        for (Span item : RunningTotals.namedItems(s)) {
            Span words = new Span(sentence.start() + item.start(), sentence.start() + item.end());
            List<Dates.DateMention> own = dates.stream().filter(d -> words.contains(d.span())).toList();
            if (own.isEmpty()) {
                continue;
            }
            Span count = new Span(words.start(), words.start() + s.substring(item.start()).split("\\s", 2)[0].length());
            operation(work, "strike", count, words, own, published, null).ifPresent(op -> add(work, op));
        }
    }

    /** "The latest, in the Pacific over the weekend, left six people dead" right after a total of strikes: that strike. */
    private static boolean latestCounted(Work work, Span sentence, String s, List<Dates.DateMention> dates, LocalDate published) {
        Matcher latest = LATEST.matcher(s);
        if (!latest.find() || Figures.fatalities(s, sentence.start()).isEmpty()) {
            return false;
        }
        Span words = new Span(sentence.start() + latest.start(1), sentence.start() + latest.end(1));
        Optional<OperationFact> op = operation(work, "strike", words, sentence, dates, published, null);
        op.ifPresent(o -> work.operations.add(o));
        return op.isPresent();
    }

    /**
     * A total the report gives twice (the headline and the body) is one claim; so is one told over
     * two sentences, the deaths in one and the count of operations in the next ("The strikes bring
     * the number killed to 104. At least 26 strikes have been carried out since September.").
     */
    private static void addTotal(Work work, RunningTotal total, boolean followsTotal) {
        RunningTotal last = work.totals.isEmpty() ? null : work.totals.get(work.totals.size() - 1);
        if (followsTotal && last != null && java.util.Objects.equals(last.date(), total.date())) {
            if (last.strikes() == null && last.deaths() != null && total.strikes() != null && total.deaths() == null) {
                work.totals.set(work.totals.size() - 1, last.withStrikes(total.strikes(), total.strikesSpan()));
                return;
            }
            if (last.deaths() == null && last.strikes() != null && total.deaths() != null && total.strikes() == null) {
                work.totals.set(work.totals.size() - 1, last.withDeaths(total.deaths(), total.deathsSpan(), total.bound()));
                return;
            }
        }
        for (int i = 0; i < work.totals.size(); i++) {
            RunningTotal t = work.totals.get(i);
            boolean sameDeaths = t.deaths() != null && t.deaths().equals(total.deaths());
            boolean sameStrikes = t.strikes() != null && t.strikes().equals(total.strikes());
            if ((sameDeaths && (t.strikes() == null || total.strikes() == null || sameStrikes))
                    || (sameStrikes && (t.deaths() == null || total.deaths() == null))) {
                if (t.deaths() == null && total.deaths() != null) {
                    t = t.withDeaths(total.deaths(), total.deathsSpan(), total.bound());
                }
                if (t.strikes() == null && total.strikes() != null) {
                    t = t.withStrikes(total.strikes(), total.strikesSpan()); // the headline's deaths, the body's count
                }
                work.totals.set(i, t);
                return;
            }
        }
        work.totals.add(total);
    }

    /** "... made 16 strikes. The operations ... left 61 dead": the deaths of the operations the sentence before counted. */
    private static boolean addDeathsToTotal(Work work, String s, int offset) {
        RunningTotal last = work.totals.isEmpty() ? null : work.totals.get(work.totals.size() - 1);
        if (last == null || last.deaths() != null) {
            return false;
        }
        Optional<Figures.Figure> deaths = RunningTotals.deathsOfCounted(s, offset);
        if (deaths.isEmpty()) {
            return false;
        }
        String bound = RunningTotals.boundBefore(s, deaths.get().span().start() - offset);
        work.totals.set(work.totals.size() - 1, last.withDeaths((int) deaths.get().value(), deaths.get().span(),
                bound == null ? last.bound() : "at least"));
        return true;
    }

    /**
     * A sentence soon after an operation that states deaths or survivors and reports no operation of
     * its own ("Trump said two people on board were killed", "One person on board survived") adds
     * them to the latest strike, raid or interdiction that lacks them.
     */
    private static void addFigures(Work work, String s, int offset) {
        if (work.operations.isEmpty()) {
            return;
        }
        Optional<Figures.Figure> killed = Figures.fatalities(s, offset);
        Optional<Figures.Figure> survived = Figures.survivors(s, offset);
        for (int i = work.operations.size() - 1; i >= 0 && (killed.isPresent() || survived.isPresent()); i--) {
            OperationFact op = work.operations.get(i);
            if (!LETHAL.contains(op.type())) {
                continue;
            }
            OperationFact more = op;
            List<SeaRegions.Sea> seas = op.place() == null && AT_SEA.contains(op.type()) && killed.isPresent()
                    ? SeaRegions.find(s, offset) : List.of();
            if (!seas.isEmpty()) {
                // "three men aboard were killed in international waters"
                more = more.withPlace(seas.get(0).name(), null, seas.get(0).span());
            }
            if (killed.isPresent() && op.fatalities() == null) {
                more = more.withFatalities((int) killed.get().value(), killed.get().span());
            }
            if (survived.isPresent() && op.survivors() == null) {
                more = more.withSurvivors((int) survived.get().value(), survived.get().span());
            }
            work.operations.set(i, more);
            return;
        }
    }

    private static final Pattern COUNTED_OPERATIONS = Pattern.compile("(?U)(?i)\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|dos"
            + "|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\\s+(?:operativos|operaciones|operations|raids|allanamientos|redadas)\\b");
    /** "The drugs were found on 8 June": the drugs the subject, found. */
    private static final Pattern DRUGS_WERE = Pattern.compile("(?U)(?i)\\b(?:drugs|cocaine|heroin|cannabis|haul|consignment|shipment|load"
            + "|pills|tablets|captagon|narcotics|methamphetamine|hashish|marijuana|fentanyl"
            // "the cocaine, packed in small parcels, was found": the drugs, then how they were held
            + "|bales|packages|bricks)(?:,?\\s+(?:packed|hidden|wrapped|concealed|stashed|in|inside)\\s+[^,.;]{1,40}?,?)?\\s+(?:were|was)\\s+"
            + "(?:also\\s+)?$");
    /** "... that they were found with the smuggler": the things the sentence before told of, found. */
    private static final Pattern THEY_WERE = Pattern.compile("(?U)(?i)\\b(?:they|it)\\s+(?:were|was)\\s+$");
    /** "The yellow pills came in bags ...": a sentence on the drugs, which "they" in the next one stands for. */
    private static final Pattern ON_THE_DRUGS = Pattern.compile("(?U)(?i)^\\W*(?:the|these|those)\\s+(?:\\p{L}+\\s+){0,2}?(?:pills|tablets"
            + "|drugs|narcotics|cocaine|heroin|captagon|packages|bales)\\b");

    /** Whether the sentence before {@code sentence} is on drugs: "The yellow pills came in bags printed with a camel". */
    private static boolean drugsTheSentenceBefore(Work work, Span sentence) {
        int index = work.sentences.indexOf(sentence);
        return index > 0 && ON_THE_DRUGS.matcher(work.sentences.get(index - 1).of(work.text())).lookingAt();
    }

    /** "the cocaine that police discovered": the drugs named before the verb of their find, in a clause on them. */
    private static final Pattern DRUGS_THAT_TAKEN = Pattern.compile("(?U)(?i)" + DRUGS_THAT + "(?:" + TAKERS + "\\s)?$");
    private static final Pattern COUNTED_PACKAGES_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:dozens|hundreds|scores|numerous|several|[\\d.,]+)"
            + "\\s+(?:of\\s+)?(?:\\p{L}+\\s+)?(?:bales|packages|bricks|parcels|blocks|bundles|packets)\\b");
    private static final Pattern DRUGS_AFTER = Pattern.compile("(?U)(?i)\\s+(?:the\\s+)?(?:" + ABOUT + "(?:[\\d.,]+|dozens|hundreds|scores|numerous|several)\\s+"
            // "found 565,000 Captagon pills", "found 2.1 lakh yaba tablets": pills counted
            + "(?:of\\s+)?(?:\\S+\\s+){0,2}?)?(?:bales|packages|bricks|parcels|blocks|bundles|packets|tablets|pills|capsules|drugs?|" + DRUG_NAMED + ")\\b|"
            + AMOUNTS_OF + DRUG_NAMED + "\\b|" + WORTH_OF_DRUGS);
    /** What stands between a day and a find told as done before it was said: ", Burkina's customs said they had ". */
    private static final Pattern SAID_THEY_HAD = Pattern.compile("(?U)(?i)^[^.;]{0,60}?\\b(?:said|announced|reported)\\s+(?:that\\s+)?"
            + "(?:they|it|he|she|police|officers|customs)\\s+had\\s+(?:already\\s+)?$");
    private static final Pattern PAST_PERFECT_BEFORE = Pattern.compile("(?U)(?i)\\b(?:had|había|habían)\\s+(?:already\\s+|ya\\s+)?"
            + "(?:been\\s+|sido\\s+)?$");
    private static final Cues.TailPattern EARLIER_EVENT = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:después|luego)\\s+de\\s+que"
            + "\\s+(?:se\\s+)?$"), 4);

    private static final Pattern AGAINST_A_GROUP = Pattern.compile("(?U)(?i)^\\s+(?:against|contra)\\s");

    /** What a reward is for: "information that leads to ... the arrest", "información que lleve a la captura". */
    private static final Pattern REWARD_PURPOSE = Pattern.compile("(?U)(?i)\\b(?:information|información|datos)\\b[^.;]{0,40}?"
            + "\\b(?:leads?|leading|que\\s+(?:lleve|conduzca|permita)n?|conducentes?)\\b[^.;]{0,70}$");

    /** How far after an operation's sentence (in characters) a sentence's deaths or survivors are still its. */
    private static final int FIGURES_REACH = 400;

    /** Operations that can kill or leave survivors. */
    private static final java.util.Set<String> LETHAL = java.util.Set.of("strike", "raid", "interdiction");

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
            MatchResult m = trigger(type.getKey(), work.text(), sentence, lower);
            boolean headline = title != null && title.overlaps(sentence);
            // a headline only fills in what the body leaves out, so "tras operativo en Manta" may still give the place
            String preceding = m == null ? null : s.substring(0, m.start());
            if (m == null || (!headline && hypothetical(preceding) && !PRAISED_FOR.matcher(preceding).find()) || NEGATED.findIn(preceding)
                    || ASKED.findIn(preceding) || AIM.findIn(preceding) && BARE_VERB.matcher(m.group(1)).matches()) {
                continue;
            }
            if (!type.getKey().equals("reward") && REWARD_PURPOSE.matcher(s).region(Math.max(0, m.start() - 120), m.start()).find()) {
                continue; // "for information leading to the financial destruction of the gang or the arrest of its leaders"
            }
            Span trigger = new Span(sentence.start() + m.start(1), sentence.start() + m.end(1));
            if (GENERIC_OPERATION.matcher(m.group(1)).matches() && (SEPARATE_AFTER.matcher(s).region(m.end(1), s.length()).lookingAt()
                    || SEPARATE_BEFORE.findIn(s.substring(0, m.start(1))))) {
                continue; // "En un operativo separado, la Guardia Costera arrestó ...": the verbs after tell which operation
            }
            if (insideAnOrganizationsName(work, trigger)) {
                continue; // "un tirador del Escuadrón Táctico de Interdicción en Helicóptero": a unit's name, no interdiction
            }
            // "the joint operation ... was carried out": an operation by its kind is one by its general name too
            boolean general = byItsGeneralName(m.group(1));
            if (general && !work.operations.isEmpty() && !headline) {
                Matcher told = WHEN_IT_TOOK_PLACE.matcher(s);
                if (told.lookingAt() && m.start(1) < told.end()) {
                    continue; // "El operativo se hizo el 29 de octubre": when the operation just told took place, no other one
                }
            }
            if (type.getKey().equals("strike") && AGAINST_A_GROUP.matcher(work.text()).region(trigger.end(), sentence.end()).lookingAt()
                    && Cues.any(lower, "arrest", "raid", "searched", "detuv", "allan", "detenid")) {
                continue; // "arrested dozens ... in a joint strike against the 'ndrangheta": a crackdown, no military strike
            }
            // ("Police also arrested X and Y": others, on a day and at a place the sentence does not give)
            // ("En total se incautaron 2.057 kilos ... y nueve personas ... fueron detenidas": arrests over all the finds, on no one day)
            OperationFact context = !SAME_EVENT.contains(type.getKey()) || type.getKey().equals("arrest")
                    && (ALSO_ARRESTED.matcher(work.text()).region(sentence.start(), trigger.end()).lookingAt() || SUM_OPENER.matcher(s).lookingAt())
                    ? null : last != null ? last : before;
            boolean recalledBefore = context != null && context.dateSpan() != null && published != null && context.date() != null
                    && context.date().isBefore(published.minusDays(60)) && !weakDate(work, context);
            if (recalledBefore && !TOOK_PART.matcher(s).find()) {
                // "Morabito, arrested in Brazil in 2021": a past arrest the report recalls dates nothing after it
                // (but "In April, ... 32 people were detained. Some 1,000 officers took part and searched ...": that operation's part)
                context = null;
            }
            Span own = sentence;
            List<Dates.DateMention> ownDates = dates;
            OperationFact pendingSecond = null;
            boolean whileSecond = false;
            int cut = SECOND_IN_SENTENCE.contains(type.getKey()) && !headline ? anotherLater(type.getKey(), s, lower, m, dates, sentence.start()) : -1;
            if (cut > 0) {
                // "tres muertos en un ataque el miércoles, que se suman a los dos muertos de otro ataque el martes": two strikes;
                // "Entre los detenidos están X y Y, que ya habían sido arrestados en diciembre de 2024": two arrests
                own = new Span(sentence.start(), sentence.start() + cut);
                ownDates = within(dates, own);
                Span rest = new Span(sentence.start() + cut, sentence.end());
                MatchResult m2 = anotherTrigger(type.getKey(), s, lower, m, dates, sentence.start());
                Span second = new Span(sentence.start() + m2.start(1), sentence.start() + m2.end(1));
                // added after the first, so the first (often "los detenidos", "the strike") is not taken for it
                pendingSecond = operation(work, type.getKey(), second, rest, within(dates, rest), published, null).orElse(null);
                whileSecond = WHILE_ANOTHER_WAS.matcher(s).region(m.end(1), m2.start(1)).find();
            }
            if (type.getKey().equals("interdiction")) {
                ownDates = beforeTheBoatWasBrought(work.text(), trigger, own, ownDates);
            }
            Matcher series = LATEST_OF_A_SERIES.matcher(s);
            if (series.find() && m.start(1) < series.end()) {
                ownDates = List.of(); // "The seizure is the latest in a string of attempts foiled this year": the series' dates
            }
            Optional<OperationFact> op = operation(work, type.getKey(), trigger, own, ownDates, published, context);
            if (whileSecond && op.isPresent() && pendingSecond != null && "publication".equals(pendingSecond.datePrecision())) {
                // "On the same day Shylock Jazi was arrested in Harare ..., while Prudence Chinhoi (29) was arrested at ...": that day
                pendingSecond = pendingSecond.withDate(op.get().date(), op.get().datePrecision(), op.get().dateSpan());
            }
            if (op.isEmpty()) {
                if (pendingSecond != null) {
                    add(work, pendingSecond);
                    pendingSecond = null;
                }
                continue;
            }
            if (type.getKey().equals("interdiction") && boardedInPort(work.text(), trigger, sentence)) {
                // "boarded and searched the vessel at a port in Gangneung": a ship searched in port, where the find was made
                op = Optional.of(op.get().withType("seizure"));
            }
            if (type.getKey().equals("interdiction") && personIntercepted(work, trigger, sentence)) {
                op = Optional.of(op.get().withType("arrest")); // "Victor Okeke, 47, was intercepted at the airport": a man stopped
                if (pendingSecond == null && COLLECTED_DRUGS.matcher(work.text()).region(trigger.end(), sentence.end()).find()) {
                    // "... where he had gone to collect his consignment of 227 bottles holding 2.2 kilograms of hash paste": and
                    // what he came for was taken
                    pendingSecond = op.get().withType("seizure");
                }
            }
            if (type.getKey().equals("seizure") && personSeized(work, trigger, sentence)) {
                op = Optional.of(op.get().withType("arrest")); // "special forces seized Maduro and Flores": people taken, an arrest
            }
            String lead = s.substring(0, m.start(1));
            if (FOUND.contains(m.group(1)) && lead.endsWith(" and ") && TRIGGERS.get("arrest").matcher(lead).find()) {
                continue; // "officers arrested people at sea ... and found 51 bales of cocaine": the arrests' operation, told with them
            }
            boolean anaphor = ANAPHOR.findIn(lead) || ORDINAL.findIn(lead) || PASSIVE_OF_THE_BOAT.matcher(lead).find() || RANKED.findIn(lead)
                    // "la marihuana incautada es la más pedida": the drugs already told, named by what was done to them
                    || THE_DRUG_BEFORE.matcher(lead).find()
                    || type.getKey().equals("arrest") && THE_SAME_PEOPLE.findIn(lead)
                    // "officers ... found the drugs in a hidden compartment": the drugs a seizure already told
                    || FOUND.contains(m.group(1)) && s.startsWith(" the ", m.end(1));
            if (anaphor && !GENERIC_OPERATION.matcher(m.group(1)).matches() && nextAfterTheOneTold(work, lead, type.getKey())) {
                anaphor = false; // "... officers seized 349.2 kilos of cannabis. The second seizure was made today": not that one, the next
            }
            if (ORDINAL.findIn(lead) && "year".equals(op.get().datePrecision()) && op.get().dateSpan() != null
                    && THIS_YEAR.matcher(op.get().dateSpan().of(work.text())).matches()) {
                op = Optional.of(op.get().withDate(null, null, null)); // "the seventh such strike this year": the year counts the series
            }
            String latestType = work.operations.isEmpty() ? null : work.operations.get(work.operations.size() - 1).type();
            if (GENERIC_OPERATION.matcher(m.group(1)).matches() && latestType != null
                    && (ANOTHER.findIn(lead) || anaphor && latestType.equals("strike"))) {
                // "otro operativo", "another operation" after a strike: another of the same kind; "el operativo",
                // "the operation" after a strike: that strike under a general name (after an arrest it is the raid that made it)
                op = Optional.of(op.get().withType(latestType));
            }
            if (type.getKey().equals("raid") && GENERIC_OPERATION.matcher(m.group(1)).matches() && VESSEL_WORD.matcher(s).find()
                    && AT_SEA_WORDS.matcher(s).find()) {
                continue; // "aseguró frente a las costas de Guerrero una embarcación ..., en un operativo conjunto": the stop at sea
            }
            if (type.getKey().equals("raid") && general && (SEA_SCENE.matcher(s).find() || BORDER_SCENE.matcher(s).find())
                    && TRIGGERS.get("seizure").matcher(s).find()) {
                // "seized about 700 kilograms ... in Indian territorial waters ... in a joint operation": the seizure at sea; "Tajik
                // border guards and the drug police seized a large quantity of drugs in a joint operation": at the border, no search
                continue;
            }
            boolean presented = PRESENTED.matcher(lead).find();
            if (presented && GENERIC_OPERATION.matcher(m.group(1)).matches()) {
                continue; // "en una rueda de prensa para presentar el operativo ...": the operation told, shown to the press
            }
            if (presented) {
                // "... explicó la Policía Nacional en A Coruña, en una rueda de prensa para ... mostrar la droga incautada": the
                // drugs were seized, but not where the press was told of it
                op = Optional.of(op.get().withPlace(null, null, null));
            }
            if (GENERIC_OPERATION.matcher(m.group(1)).matches() && HEAD_OF_BEFORE.matcher(lead).find()) {
                continue; // "Miguel Zambrano, jefe del operativo de la Policía Nacional": a post, not another operation
            }
            if (GENERIC_OPERATION.matcher(m.group(1)).matches() && ORDINAL.findIn(lead) && IN_THE_RANKED.matcher(lead).find()
                    && !work.operations.isEmpty()) {
                continue; // "sería hijo del detenido en el primer operativo": an operation already told, by its rank
            }
            // "los detenidos", and "uno de los líderes capturados": the people arrested, named by what happened to them
            boolean personNoun = type.getKey().equals("arrest") && DETAINEE.matcher(m.group(1)).matches() && (ARTICLE.findIn(lead)
                    || PARTICIPLE_FORM.matcher(m.group(1)).matches() && ARTICLE_AND_NOUN.findIn(lead));
            // "los agentes detuvieron a los integrantes de la célula en cinco domicilios": the people the report told of, again
            anaphor = anaphor || type.getKey().equals("arrest") && THE_PEOPLE_AFTER.matcher(s).region(m.end(1), s.length()).lookingAt()
                    && work.operations.stream().anyMatch(o -> o.type().equals("arrest"));
            if (anaphor && ADDS_TO_ANOTHER.matcher(s).region(m.end(1), s.length()).lookingAt()) {
                // "Esta incautación se suma a otra de la semana pasada": the report's own, already told; the date is the other's
                if (pendingSecond != null) {
                    add(work, pendingSecond);
                    pendingSecond = null;
                }
                continue;
            }
            if (title != null && title.overlaps(sentence)) {
                hints.add(op.get());
            } else if ((anaphor || personNoun) && mergeIntoLatest(work, personNoun ? op.get().withDate(null, null, null).withPlace(null, null, null) : op.get())) {
                // "varios de los detenidos están ligados a X, sospechoso del asesinato de febrero de 2024", "dos de los detenidos
                // tendrían antecedentes en Puerto Rico": that date and that place are not the arrest's
                last = op.get();
            } else if (personNoun && !work.operations.isEmpty()) {
                // "el detenido había aceptado ser extraditado el viernes": a person arrested before, not an arrest on Friday
                if (pendingSecond != null) {
                    add(work, pendingSecond);
                    pendingSecond = null;
                }
                continue;
            } else if (anaphor && context != null && context.date() != null
                    && (weakDate(work, op.get()) || context.date().equals(op.get().date()))) {
                // "during the operation", "durante el operativo": the operation of the sentence before, under another name
                // (not "tras la detención en julio de 2024", which dates itself)
                OperationFact same = op.get().withDate(context.date(), context.datePrecision(), null);
                // "La tercera interdicción fue en la jurisdicción de Tumaco": the next of a series, where it says, not the last one's place
                boolean nextOfASeries = ORDINAL.findIn(lead) && !ANAPHOR.findIn(lead) && same.place() != null;
                // "Officers raided two farms in Whitwick ... That followed the arrest of the two men ... in Coalville town centre":
                // another kind of operation than the one before, where its own sentence says it was
                // (not "Durante el operativo ... cerca de Los Mochis": the operation by its general name is the one told)
                boolean elsewhere = !context.type().equals(type.getKey()) && !GENERIC_OPERATION.matcher(m.group(1)).matches()
                        && locatedInItsSentence(work.text(), sentence, same);
                if ((context.place() != null || same.place() == null) && !opensOnItsPlace(work.text(), sentence, same) && !nextOfASeries
                        && !elsewhere) {
                    // (but "En el aeropuerto Jorge Chávez, la intervención terminó con la detención de ...": a scene of its own)
                    same = same.withPlaceOf(context);
                } // else "La policía detuvo ... Los allanamientos se hicieron en Valparaíso": the place only this sentence gives
                add(work, same);
                last = same;
            } else if (context == null && recalledBefore && weakDate(work, op.get()) && LEAD_TYPES.contains(type.getKey())
                    && mergeIntoLatest(work, op.get())) {
                // "... a former boss arrested in Brazil in 2021. In Germany, officers searched dozens of homes": after a recalled
                // past operation, an undated one is again part of the report's own, not an operation of the page's date
                last = op.get();
            } else {
                for (OperationFact part : type.getKey().equals("seizure") ? byQuantity(work, sentence, op.get()) : List.of(op.get())) {
                    add(work, part);
                }
                last = op.get();
            }
            if (pendingSecond != null) {
                add(work, pendingSecond);
                pendingSecond = null;
            }
        }
        return last;
    }

    /**
     * "police seized 3.7 tonnes of cocaine in the Netherlands, more than three tonnes in Belgium and
     * more than half a tonne in Ecuador": one seizure per quantity when each is followed by its own place.
     */
    private static List<OperationFact> byQuantity(Work work, Span sentence, OperationFact op) {
        String text = work.text();
        List<Figures.Figure> quantities = Figures.quantities(sentence.of(text), sentence.start());
        if (quantities.size() < 2) {
            return List.of(op);
        }
        List<OperationFact> parts = new ArrayList<>();
        for (Figures.Figure q : quantities) {
            Mention at = null;
            for (Mention m : work.mentionsIn(new Span(q.span().end(), Math.min(sentence.end(), q.span().end() + 60)))) {
                if ((m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY)
                        && STRICT_LOCATIVE.findIn(text.substring(q.span().end(), m.start()))
                        && text.substring(q.span().end(), m.start()).length() < 40) {
                    at = m;
                    break;
                }
            }
            if (at == null) {
                return List.of(op);
            }
            parts.add(new OperationFact(op.type(), op.trigger(), op.date(), op.datePrecision(), op.dateSpan(), at.text(),
                    at.kind() == EntityKind.COUNTRY ? at.code() : null, at.span(), op.conducting(), op.targeted(), null, null, null, null,
                    q.value(), q.unit(), q.span(), null, null, null, op.sentence(), op.confidence()));
        }
        return parts;
    }

    /**
     * A sentence opening on the second of a kind by its own name: "The second seizure was made today" (not "El segundo
     * operativo", one of operations a count announced).
     */
    private static final Pattern THE_SECOND_OPENS = Pattern.compile("(?U)(?i)^\\W*(?:the|la|el)\\s+(?:second|segund[oa])\\s+$");

    /**
     * Whether a sentence opening on "the second" of a kind, after exactly one of that kind was told, names the next one: the
     * report counts its operations as it tells them ("two separate drug seizures ... The second seizure was made today").
     */
    private static boolean nextAfterTheOneTold(Work work, String lead, String type) {
        return THE_SECOND_OPENS.matcher(lead).matches() && work.operations.stream().filter(o -> o.type().equals(type)).count() == 1;
    }

    /** "The strike came a day after ...": a definite reference to an operation already reported adds to the latest one of its type. */
    private static boolean mergeIntoLatest(Work work, OperationFact op) {
        for (int i = work.operations.size() - 1; i >= 0; i--) {
            OperationFact earlier = work.operations.get(i);
            if (earlier.type().equals(op.type())) {
                if (!weakDate(work, op) && !weakDate(work, earlier) && !op.date().equals(earlier.date()) && sameTypeAndDay(work, op, i)) {
                    continue; // "In Monday's first strike ..." after Wednesday's: Monday's, told before it
                }
                if ((!weakDate(work, op) && !weakDate(work, earlier) && !op.date().equals(earlier.date()))
                        // "En noviembre pasado, Colombia logró la mayor incautación ...": a past one the report recalls, months before
                        || (!weakDate(work, op) && weakDate(work, earlier) && op.date() != null && earlier.date() != null
                                && op.date().isBefore(earlier.date().minusDays(31)))
                        || (op.type().equals("reward") && op.amount() != null && earlier.amount() != null
                                && !op.amount().equals(earlier.amount()))) {
                    // "La recompensa se había elevado a 25 millones ... en enero": the same kind, at another time or of another size
                    return false;
                }
                OperationFact undated = weakDate(work, op) ? op.withDate(earlier.date(), earlier.datePrecision(), null) : op;
                work.operations.set(i, merge(work, earlier, undated));
                return true;
            }
        }
        return false;
    }

    /** Whether an operation before index {@code before} has the type and the (firm) date of {@code op}. */
    private static boolean sameTypeAndDay(Work work, OperationFact op, int before) {
        for (int i = before - 1; i >= 0; i--) {
            OperationFact earlier = work.operations.get(i);
            if (earlier.type().equals(op.type()) && !weakDate(work, earlier) && op.date().equals(earlier.date())) {
                return true;
            }
        }
        return false;
    }

    /** A headline restates the report's main operation: it may add the place the body leaves out, never an operation of its own. */
    private static void fillFromHeadline(Work work, OperationFact hint) {
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.type().equals(hint.type())) {
                OperationFact filled = op;
                // a headline's named place says more than the body's "in international waters"
                if ((op.place() == null || international(op.place())) && hint.place() != null && !international(hint.place())) {
                    filled = filled.withPlaceOf(hint);
                }
                if (op.fatalities() == null && hint.fatalities() != null) {
                    filled = filled.withFatalities(hint.fatalities(), hint.fatalitiesSpan());
                }
                work.operations.set(i, filled);
                if (filled.place() != null && filled.date() != null && op.type().equals("strike")) {
                    // "8 killed in US attacks on alleged drug boats in eastern Pacific" over two days' strikes: the sea of each
                    // told without one in those days (not of an older strike the report recalls)
                    for (int j = i + 1; j < work.operations.size(); j++) {
                        OperationFact later = work.operations.get(j);
                        if (later.type().equals("strike") && later.place() == null && hint.place() != null && later.date() != null
                                && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(filled.date(), later.date())) <= 7) {
                            work.operations.set(j, later.withPlaceOf(hint));
                        }
                    }
                }
                return;
            }
        }
    }

    /**
     * Between a subject and its active verb: nothing, or an apposition set off by commas ("X, hijo de
     * Y, entregó", where Y ends the apposition); not "was extradited".
     */
    private static final String PASSIVE_AUX = "(?:was|were|is|are|been|be|fue|fueron|sido|será|es|son|ser)";
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?U)(?i)^(?!.*,\\s*(?:\\p{L}+\\s+){0,2}?" + PASSIVE_AUX
            + "\\s+(?:\\p{L}+\\s+){0,1}$)(?:\\s*,[^,;.]{0,60})?,?\\s*(?!.*\\b" + PASSIVE_AUX + "\\b)(?:\\p{L}+\\s+){0,2}$");

    /**
     * "Ismael Zambada, a quien Joaquín Guzmán López entregó a Estados Unidos": a person who is no
     * official handing someone over is a captor, not a state extraditing.
     */
    private static boolean handedOverByAPerson(Work work, Span sentence, Span trigger) {
        Mention subject = null;
        for (Mention m : work.mentionsIn(new Span(sentence.start(), trigger.start()))) {
            subject = m;
        }
        if (subject == null || subject.kind() != EntityKind.PERSON) {
            return false;
        }
        DocEntity e = work.entity(subject);
        return e != null && !holdsOffice(work, e) && SUBJECT_GAP.matcher(work.text().substring(subject.end(), trigger.start())).matches();
    }

    private static Optional<OperationFact> operation(Work work, String type, Span trigger, Span sentence, List<Dates.DateMention> dates,
            LocalDate published, OperationFact context) {
        String text = work.text();
        String s = sentence.of(text);
        Dates.DateMention date = nearest(text, dates, trigger);
        if (date != null && context != null && context.date() != null
                && BRIEFING_BEFORE.findIn(text.substring(Math.max(0, date.span().start() - 40), date.span().start()))) {
            // "A man was arrested ..., the port director told a press conference on Thursday": the day it was told
            date = null;
        }
        if (date != null && "day".equals(date.precision()) && date.span().end() <= trigger.start()
                && SAID_THEY_HAD.matcher(text).region(date.span().end(), trigger.start()).matches()) {
            // "On Wednesday, 25 May, Burkina's customs said they had seized the 115 kilograms": the day they said so
            date = null;
        }
        if (PLURAL_NOUN.matcher(trigger.of(text)).matches() && (date == null || !"day".equals(date.precision())
                // "The latest raids took place ... between 8 and 19 November" stand; "seis operativos entre el 9 y el 19" are counted
                && (!Dates.dayRange(text, date)
                        || COUNTED_OPERATIONS.matcher(text).region(Math.max(sentence.start(), trigger.start() - 12), trigger.end()).find()))
                && !(type.equals("raid") && ARTICLE.findIn(text.substring(sentence.start(), trigger.start()))
                        && PLURAL_TOLD.matcher(text.substring(trigger.end(), Math.min(sentence.end(), trigger.end() + 40))).lookingAt())
                // "Las detenciones se hicieron durante allanamientos a inmuebles de Quito, ...": the searches that made them
                && !(type.equals("raid") && DURING_BEFORE.matcher(text).region(Math.max(sentence.start(), trigger.start() - 12),
                        trigger.start()).find())) {
            return Optional.empty();
        }
        if (type.equals("reward") && REWARD_STOOD.matcher(text).region(trigger.end(), sentence.end()).lookingAt()) {
            return Optional.empty(); // "the reward for him stood at up to $3 million": what it was then, not an offer made
        }
        if (KIND_OF.findIn(text.substring(Math.max(sentence.start(), trigger.start() - 40), trigger.start()))
                || EACH_OF_KIND.findIn(text.substring(Math.max(sentence.start(), trigger.start() - 30), trigger.start()))) {
            return Optional.empty(); // "la campaña de interdicción marítima de Washington": a kind of operation, not one
        }
        if (type.equals("extradition") && APPROVED_BEFORE.findIn(text.substring(Math.max(sentence.start(), trigger.start() - 40),
                trigger.start()))) {
            return Optional.empty(); // "un tribunal aprobó extraditar", "una reforma que permite extraditar": approved or allowed, not done
        }
        if (type.equals("extradition") && (EXTRADITION_NOT_DONE.findIn(text.substring(Math.max(sentence.start(), trigger.start() - 60),
                trigger.start())) || EXTRADITION_THING_AFTER.matcher(text).region(trigger.end(), sentence.end()).lookingAt())) {
            // "the judge granted the extradition request on March 16": a request granted, not the extradition
            // "pidió al de Honduras la extradición de", "la petición de extradición", "el tratado de extradición", "espera ser
            // extraditada": asked for, a treaty, or awaited, not done
            return Optional.empty();
        }
        if (countedHeading(text, trigger)) {
            return Optional.empty(); // "Nueve extraditados", a section's heading: a count, not an operation
        }
        if ((type.equals("extradition") || type.equals("arrest")) && IN_A_YEAR.matcher(text).region(sentence.start(), sentence.end()).find()
                && PEOPLE_COUNTED.matcher(text).region(sentence.start(), sentence.end()).find()) {
            return Optional.empty(); // "extraditaron a Estados Unidos a nueve hondureños durante 2025": a year's count, not one
        }
        if (type.equals("extradition") && (handedOverByAPerson(work, sentence, trigger)
                || REQUESTED_AFTER.matcher(text).region(trigger.end(), sentence.end()).lookingAt())) {
            return Optional.empty(); // "cuya extradición pide Estados Unidos": requested, not done
        }
        Mention place = place(work, sentence, trigger, type);
        if (place != null && type.equals("seizure") && LOAD_FROM.matcher(text.substring(Math.max(sentence.start(), place.start() - 40),
                place.start())).find()) {
            place = null; // "a container of bananas from Ecuador": where the load came from, not where it was seized
        }
        if (place != null && type.equals("interdiction") && place.start() >= broughtIn(text, trigger, sentence)) {
            place = null; // "interceptó el pesquero ... y lo llevó al puerto de Tangalle": where it was taken, not where stopped
        }
        if (place != null && AT_SEA.contains(type) && !locative(text, sentence, place)
                && !ATTACK_ON.findIn(text.substring(Math.max(sentence.start(), place.start() - 40), place.start()))) {
            // "a strike on a boat ... carrying drugs from Venezuela", "un ataque de Estados Unidos": not where it happened
            place = null;
        }
        if (place != null && place.start() > trigger.end() && !type.equals("extradition") && s.contains("there")
                && THERE.matcher(text).region(trigger.end(), place.start()).find()) {
            // "seized 2.06 tonnes of syabu there, the largest haul in Malaysia": where the sentence before put it, not the later place
            Mention before = placeBefore(work, sentence);
            place = before != null ? before : place;
        }
        if (place == null && work.carriedPlace != null && !type.equals("extradition")) {
            place = work.carriedPlace; // named the sentence before, for what this one tells (checked there, not here)
        }
        if (place == null && !type.equals("extradition") && s.contains("there") && THERE.matcher(s).find()) {
            place = placeBefore(work, sentence); // "the drugs were kept in Kijitonyama. ... officers arrested Murugwa there"
        }
        if (place == null && AT_A_HOME.contains(type)) {
            place = homeTold(work, sentence);
        }
        if (place == null && THE_PROVINCIAL_CAPITAL.matcher(text).region(sentence.start(), sentence.end()).find()) {
            place = provinceNamedBefore(work, sentence.start()); // "fue detenido ... en la capital de la provincia"
        }
        Optional<Figures.Figure> killed = Figures.fatalities(s, sentence.start());
        if (killed.isPresent() && !type.equals("strike") && !type.equals("raid") && OTHER_KILLING.matcher(text)
                .region(Math.max(sentence.start(), killed.get().span().start() - 60), killed.get().span().start()).find()) {
            killed = Optional.empty(); // "Los Lobos, a la que se atribuye la última masacre en una cárcel, con al menos 20 muertos"
        }
        Optional<Figures.Figure> quantity = Figures.quantity(s, sentence.start());
        Optional<Figures.Figure> money = Figures.money(s, sentence.start());
        List<DocEntity> conducting = new ArrayList<>();
        List<DocEntity> targeted = new ArrayList<>();
        java.util.Set<DocEntity> speakers = new java.util.HashSet<>();
        for (Mention m : work.mentionsIn(sentence)) {
            DocEntity e = work.entity(m);
            if (e == null || (e.kind() != EntityKind.ORGANIZATION && e.kind() != EntityKind.PERSON)) {
                continue;
            }
            // one who speaks or reports in the sentence ("citada por la agencia Associated Press (AP)") is no party to it
            if (speakers.contains(e) || speaker(text, m, sentence) || (e.kind() == EntityKind.PERSON && holdsOffice(work, e))) {
                speakers.add(e);
                continue;
            }
            List<DocEntity> side = m.start() < trigger.start() && e.kind() == EntityKind.ORGANIZATION && !onTheReceivingEnd(text, m, e)
                    ? conducting : m.start() >= trigger.end() || e.kind() == EntityKind.ORGANIZATION ? targeted : null;
            if (side == targeted && e.kind() == EntityKind.ORGANIZATION && DesignationStage.isAuthority(e.name())) {
                side = null; // "sending Navy ships across the Caribbean": a force, not what an operation was aimed at
            }
            if (side != null && !side.contains(e)) {
                side.add(e);
            }
        }
        SeaRegions.Sea sea = type.equals("extradition") ? null : sea(s, sentence.start(), trigger);
        boolean stated = date != null || place != null || sea != null || killed.isPresent() || quantity.isPresent() || money.isPresent()
                || !targeted.isEmpty() || context != null || VERB_FORM.matcher(trigger.of(text)).matches()
                // "acabó con la incautación de 21 fardos de hachís": the drugs counted say it happened
                || type.equals("seizure") && (COUNTED_DRUGS.matcher(s).find()
                        // "the officers found dozens of packages": what was found, counted
                        || COUNTED_PACKAGES_AFTER.matcher(text).region(trigger.end(), sentence.end()).lookingAt())
                // "los agentes lograron interceptar la embarcación": done
                || ACHIEVED_BEFORE.matcher(text).region(Math.max(sentence.start(), trigger.start() - 16), trigger.start()).find()
                // "El Comando Sur informó de un ataque cinético letal contra una lancha": an operation reported as done
                || REPORTED_DONE.matcher(text).region(Math.max(sentence.start(), trigger.start() - 30), trigger.start()).find()
                // "have made what the force calls its largest seizure of Class A drugs": made, so done
                || MADE_THE_NOUN.findIn(text.substring(Math.max(sentence.start(), trigger.start() - 70), trigger.start()));
        if (!stated || (type.equals("reward") && money.isEmpty()) || type.equals("seizure") && quantity.isEmpty()
                && FOUND.contains(trigger.of(text)) && !DRUGS_AFTER.matcher(text).region(trigger.end(), sentence.end()).lookingAt()
                && !DRUGS_WERE.matcher(text).region(Math.max(sentence.start(), trigger.start() - 90), trigger.start()).find()
                && !DRUGS_THAT_TAKEN.matcher(text).region(Math.max(sentence.start(), trigger.start() - 80), trigger.start()).find()
                && !(THEY_WERE.matcher(text).region(Math.max(sentence.start(), trigger.start() - 12), trigger.start()).find()
                        && drugsTheSentenceBefore(work, sentence))) {
            // "6.8 tonnes of cocaine were found" is a seizure; "two bodies were found" is not
            return Optional.empty();
        }
        // "la operación arrancó después de que se interceptaran dos alijos": earlier than the report's event, by how much unsaid
        boolean earlier = date == null && (EARLIER_EVENT.findIn(text.substring(sentence.start(), trigger.start()))
                // "In a similar case, police raided a nightclub in Karaganda": a case recalled, on a day the page does not give
                || A_SIMILAR_CASE_OPENER.matcher(s).lookingAt()
                // "two of those sentenced had been extradited from the Netherlands": before the report's news, when unsaid
                || context == null && !type.equals("reward") && PAST_PERFECT_BEFORE.matcher(text).region(Math.max(sentence.start(), trigger.start() - 30), trigger.start()).find());
        LocalDate when = date != null ? date.date() : earlier ? null : context != null ? context.date() : published;
        String precision = date != null ? date.precision() : earlier ? null : context != null ? context.datePrecision()
                : when != null ? "publication" : null;
        Span dateSpan = date != null ? date.span() : null;

        String country = place == null ? null : place.kind() == EntityKind.COUNTRY ? place.code() : countryIn(work, sentence, place);
        String placeText = place == null ? null : place.text();
        Span placeSpan = place == null ? null : place.span();
        if (sea != null && (place == null || (AT_SEA.contains(type) && (!strictlyLocative(text, sentence, place)
                || distance(sea.span(), trigger) <= distance(place.span(), trigger))))) {
            placeText = sea.name();
            placeSpan = sea.span();
            country = null;
        }
        if (type.equals("reward")) {
            // a reward is offered by an authority, not at a place ("por el presidente de Venezuela" is whom it is for)
            placeText = null;
            placeSpan = null;
            country = null;
        }
        Optional<Figures.Figure> survived = Figures.survivors(s, sentence.start());
        double confidence = Math.min(0.9, 0.5 + (date != null ? 0.15 : 0) + (placeText != null ? 0.15 : 0)
                + (killed.isPresent() || quantity.isPresent() || money.isPresent() ? 0.1 : 0));
        OperationFact op = new OperationFact(type, trigger, when, precision, dateSpan, placeText, country, placeSpan, conducting,
                targeted, killed.map(f -> (int) f.value()).orElse(null), killed.map(Figures.Figure::span).orElse(null),
                survived.map(f -> (int) f.value()).orElse(null), survived.map(Figures.Figure::span).orElse(null),
                quantity.map(Figures.Figure::value).orElse(null), quantity.map(Figures.Figure::unit).orElse(null),
                quantity.map(Figures.Figure::span).orElse(null), money.map(Figures.Figure::value).orElse(null),
                money.isPresent() ? "USD" : null, money.map(Figures.Figure::span).orElse(null), sentence, confidence);
        if (placeText == null && context != null && context.place() != null && !type.equals("extradition")
                // (a dated one after an operation the report gave no day for: "Police have seized ... in Albania" then "two people
                // had been arrested the day before")
                && (date == null || date.date().equals(context.date()) || context.dateSpan() == null && "publication".equals(context.datePrecision())
                        && "day".equals(date.precision()) && context.date() != null && !date.date().isAfter(context.date())
                        && !date.date().isBefore(context.date().minusDays(3)))
                // "En un operativo que al parecer está relacionado, fueron detenidos dos jóvenes", "in a separate operation":
                // another operation, somewhere the sentence before does not say
                && !SEPARATE_NEAR.matcher(text).region(Math.max(sentence.start(), trigger.start() - 30),
                        Math.min(sentence.end(), trigger.end() + 40)).find()
                // "A second fishing boat ... was stopped in the western seas": another boat, somewhere else
                && !ANOTHER_BOAT_FIRST.matcher(text).region(sentence.start(), trigger.start()).lookingAt()) {
            // the same sentence's or the previous sentence's operation gives the place ("... were arrested" after a seizure at a port)
            return Optional.of(op.withPlaceOf(context).withConfidence(0.55));
        }
        return Optional.of(op);
    }

    private static boolean strictlyLocative(String text, Span sentence, Mention m) {
        return STRICT_LOCATIVE.findIn(text.substring(Math.max(sentence.start(), m.start() - 30), m.start()));
    }

    /** "the Zahle district", "la provincia de Salta": a place written as an area a village may lie in. */
    private static final Pattern AREA_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:district|region|province|governorate|county|valley|department)\\b");
    private static final Pattern AREA_BEFORE = Pattern.compile("(?U)(?i)\\b(?:district|region|province|governorate|county|departamento"
            + "|provincia|región|distrito|municipio)\\s+(?:of|de|del)\\s+(?:the\\s+)?$");
    /** "the village of Ferzol", "la localidad de Yacuiba": a settlement, named after what it is. */
    private static final Pattern SETTLEMENT_BEFORE = Pattern.compile("(?U)(?i)\\b(?:village|town|hamlet|township|locality|localidad"
            + "|pueblo|aldea|poblado|caserío|comunidad)\\s+(?:of|de)\\s+$");

    /**
     * Whether {@code b} is placed in a place written as within {@code a}'s ("Woodbridge, Virginia" after "Virginia"; "Battambang,
     * en el noroeste de Camboya" after "Camboya").
     */
    private static boolean withinItsPlace(String text, OperationFact a, OperationFact b) {
        if (a.place() == null || b.place() == null || b.placeSpan() == null || Names.key(a.place()).equals(Names.key(b.place()))) {
            return false;
        }
        if (a.placeSpan() != null && a.placeSpan().start() > b.placeSpan().end() && a.placeSpan().start() - b.placeSpan().end() <= 40
                && REGION_AFTER_PLACE.matcher(text.substring(b.placeSpan().end(), a.placeSpan().start())).matches()) {
            return true; // "Battambang, en el noroeste de Camboya"
        }
        if (a.placeSpan() != null && b.placeSpan().start() > a.placeSpan().end()
                && (AREA_AFTER.matcher(text).region(a.placeSpan().end(), Math.min(text.length(), a.placeSpan().end() + 16)).lookingAt()
                        || AREA_BEFORE.matcher(text).region(Math.max(0, a.placeSpan().start() - 20), a.placeSpan().start()).find())
                && SETTLEMENT_BEFORE.matcher(text).region(Math.max(0, b.placeSpan().start() - 20), b.placeSpan().start()).find()) {
            return true; // "a raid in the Zahle district", then "a patrol searched premises in the village of Ferzol"
        }
        String after = text.substring(b.placeSpan().end(), Math.min(text.length(), b.placeSpan().end() + a.place().length() + 4));
        return after.startsWith(", " + a.place()) && (after.length() == a.place().length() + 2
                || !Character.isLetterOrDigit(after.charAt(a.place().length() + 2)));
    }

    /** Whether the operation's place is named in its own sentence after a locative ("in Coalville town centre"). */
    private static boolean locatedInItsSentence(String text, Span sentence, OperationFact op) {
        return op.place() != null && op.placeSpan() != null && sentence.contains(op.placeSpan())
                && LOCATIVE.findIn(text.substring(Math.max(sentence.start(), op.placeSpan().start() - 40), op.placeSpan().start()));
    }

    private static boolean locative(String text, Span sentence, Mention m) {
        return LOCATIVE.findIn(text.substring(Math.max(sentence.start(), m.start() - 40), m.start()))
                || DISTANCE_FROM.findIn(text.substring(Math.max(sentence.start(), m.start() - 80), m.start()))
                || AN_ISLAND.matcher(m.text()).find() && ON_BEFORE.matcher(text).region(Math.max(sentence.start(), m.start() - 4), m.start()).find();
    }

    /** "on Long Island", "on Grand Cay": an island is a place one is on. */
    private static final Pattern AN_ISLAND = Pattern.compile("(?U)\\b(?:Island|Isle|Key|Cay)\\b");
    private static final Pattern ON_BEFORE = Pattern.compile("(?U)(?i)\\bon\\s+$");

    private static final Pattern SEA_WORDS = Pattern.compile("(?U)(?i)pac[ií]fic|carib|atl[aá]ntic|\\bmar\\b|\\bsea\\b|ocean|oc[eé]ano|aguas|waters|golfo|gulf");

    private static boolean atSea(String place) {
        return SEA_WORDS.matcher(place).find();
    }

    private static boolean international(String place) {
        String key = Cues.lower(place);
        return key.contains("international waters") || key.contains("aguas internacionales");
    }

    /** Operations that happen at sea, whose place is the sea a sentence names rather than a country it mentions. */
    private static final java.util.Set<String> AT_SEA = java.util.Set.of("strike", "interdiction");

    /** The sea the sentence names for the operation: a named sea before international waters, the nearest to the trigger first. */
    private static SeaRegions.Sea sea(String s, int offset, Span trigger) {
        SeaRegions.Sea best = null;
        for (SeaRegions.Sea sea : SeaRegions.find(s, offset)) {
            if (best == null || (best.international() && !sea.international())
                    || (best.international() == sea.international()
                            && distance(sea.span(), trigger) < distance(best.span(), trigger))) {
                best = sea;
            }
        }
        return best;
    }

    private static int distance(Span a, Span b) {
        return a.start() >= b.end() ? a.start() - b.end() : Math.max(0, b.start() - a.end());
    }

    /** The date nearest the trigger; a date that goes with a verb of saying ("said on Wednesday") only when there is no other. */
    /** "since the campaign began in", "una campaña que comenzó en": when something began, not when the operation was. */
    private static final Pattern CAMPAIGN_BEGAN = Pattern.compile("(?iU)\\b(?:since|desde que|that|which|que)\\s+(?:the\\s+|la\\s+|el\\s+)?"
            + "(?:\\p{L}+\\s+){0,2}(?:began|started|begun|comenzó|empezó|inició|arrancó)\\s+(?:in\\s+|on\\s+|en\\s+|el\\s+)?$");

    /**
     * "Police seized 2.6 tonnes of cocaine over the weekend ... Officers took 78 bales ... in a raid on Saturday afternoon": an
     * operation dated by a vague period of a week at most (kept to its month) took place on the day the operations of its own
     * sentence or the next were told, where they tell one day, it falls in that period, and none is of its own type (one of its
     * type is another of its kind).
     */
    private static void dayWithinThePeriod(Work work, LocalDate published) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            LocalDate[] period = "month".equals(op.datePrecision()) && op.dateSpan() != null
                    ? Dates.vaguePeriod(op.dateSpan().of(text), published) : null;
            // a week at most: "earlier this month ... On 6 July, 2.14 tonnes were also found" is another find
            if (period == null || period[1].toEpochDay() - period[0].toEpochDay() > 6) {
                continue;
            }
            int index = work.sentences.indexOf(op.sentence());
            List<OperationFact> days = work.operations.stream().filter(o -> "day".equals(o.datePrecision()) && o.dateSpan() != null)
                    .filter(o -> {
                        int at = work.sentences.indexOf(o.sentence());
                        return at == index || at == index + 1;
                    }).toList();
            if (days.isEmpty() || days.stream().map(OperationFact::date).distinct().count() != 1
                    || days.stream().anyMatch(o -> o.type().equals(op.type()))
                    || days.get(0).date().isBefore(period[0]) || days.get(0).date().isAfter(period[1])) {
                continue;
            }
            work.operations.set(i, op.withDate(days.get(0).date(), "day", days.get(0).dateSpan()));
        }
    }

    /**
     * "... detained four Chinese nationals and seized their fishing boat in an operation earlier this month ... officers
     * intercepted the vessel on Sept. 13": the operations a vague period dates ("earlier this month", "last week") took place
     * on the one day the report gives its other operations within that period, where none of those is of a type the period's
     * own operations have.
     */
    private static void theOneDayOfTheVaguePeriod(Work work, LocalDate published) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            LocalDate[] period = "month".equals(op.datePrecision()) && op.dateSpan() != null && SAME_EVENT.contains(op.type())
                    ? Dates.vaguePeriod(op.dateSpan().of(text), published) : null;
            if (period == null) {
                continue;
            }
            List<OperationFact> days = work.operations.stream().filter(o -> "day".equals(o.datePrecision()) && o.dateSpan() != null
                    && SAME_EVENT.contains(o.type()) && !o.date().isBefore(period[0]) && !o.date().isAfter(period[1])).toList();
            // (the period's own operations told together: "seized two tonnes in a raid last week. On March 5, officers also
            // seized ..." is another find, so the raid keeps its period too)
            java.util.Set<String> told = work.operations.stream().filter(o -> op.dateSpan().equals(o.dateSpan())).map(OperationFact::type)
                    .collect(java.util.stream.Collectors.toSet());
            // (nor elsewhere: "seized 1.5 tonnes earlier this month from a jet in Conakry ... On 16 March, officers raided a house in
            // Kindia" are two operations)
            if (days.isEmpty() || days.stream().map(OperationFact::date).distinct().count() != 1
                    || days.stream().anyMatch(o -> told.contains(o.type()) || !compatiblePlace(o, op))) {
                continue;
            }
            work.operations.set(i, op.withDate(days.get(0).date(), "day", days.get(0).dateSpan()));
        }
    }

    /**
     * "Gamboa fue detenido en junio ... fue arrestado el 23 de junio": an arrest known only to the month, in the month of an
     * arrest known to the day, is that arrest told less precisely.
     */
    private static void sameMonthArrests(Work work) {
        for (int i = work.operations.size() - 1; i >= 0; i--) {
            OperationFact op = work.operations.get(i);
            if (!op.type().equals("arrest") || !"month".equals(op.datePrecision()) || op.date() == null) {
                continue;
            }
            for (int j = 0; j < work.operations.size(); j++) {
                OperationFact day = work.operations.get(j);
                if (j != i && day.type().equals("arrest") && "day".equals(day.datePrecision()) && day.date() != null
                        && java.time.YearMonth.from(day.date()).equals(java.time.YearMonth.from(op.date()))
                        && (op.place() == null || day.place() == null || op.place().equals(day.place()))) {
                    if (day.place() == null && op.place() != null) {
                        work.operations.set(j, day.withPlaceOf(op));
                    }
                    work.operations.remove(i);
                    break;
                }
            }
        }
    }

    /**
     * "La fase de detenciones y registros se hizo el pasado mes de noviembre", "The arrest phase took place in May": when the
     * operations the report told took place, however far back it told them.
     */
    private static final Pattern PHASE_TOLD = Pattern.compile("(?U)(?i)^\\W*(?:la|esta|esa)\\s+(?:fase|etapa)\\s+(?:operativa\\s+|de\\s+"
            + "(?:(?:las|los)\\s+)?(?:detenciones|registros|arrestos|capturas|allanamientos|incautaciones|explotación)(?:\\s+y\\s+(?:(?:las|los)\\s+)?"
            + "(?:detenciones|registros|arrestos|capturas|allanamientos|incautaciones))?\\s+)(?:se\\s+)?(?:hizo|realizó|llevó a cabo|efectuó"
            + "|produjo|desarrolló|ejecutó|tuvo lugar)\\b|^\\W*(?:the|this|that)\\s+(?:arrest|enforcement|operational|takedown)\\s+phase\\s+"
            + "(?:of\\s+the\\s+(?:operation|investigation)\\s+)?(?:was carried out|was conducted|took place|came)\\b");

    /** "La intervención se hizo el pasado 29 junio": a sentence that only says when the operation just told took place. */
    private static final Pattern WHEN_IT_TOOK_PLACE = Pattern.compile("(?U)(?i)^\\W*(?:(?:según|according to)\\s+[^,;.]{1,40},\\s*)?(?:la|el|the|this|esta|este)\\s+(?:intervenci[oó]n|operativo"
            + "|operaci[oó]n|incautaci[oó]n|decomiso|hallazgo|captura|detenci[oó]n|acci[oó]n|operation|seizure|raid|arrest|find|haul|discovery)\\s+"
            + "(?:se\\s+)?(?:hizo|realizó|llevó a cabo|efectuó|ejecutó|desarrolló|produjo|ocurrió|tuvo lugar|took place|was carried out|was made"
            + "|happened)\\b"
            // "La fase de detenciones y registros se hizo el pasado mes de noviembre"
            + "|" + PHASE_TOLD.pattern().substring("(?U)(?i)".length())
            // "The searches, the result of a DEA investigation, were carried out on July 27 at two houses in Detroit"
            + "|^\\W*(?:the|these|those)\\s+(?:searches|raids|operations|seizures|arrests)\\s*(?:,[^,;.]{1,80},\\s*)?(?:were|had been)\\s+"
            + "(?:carried out|conducted|made|executed|served)\\b"
            // "The joint operation of the PNP Drug Enforcement Group and the Police Regional Office 3 was carried out at 4:45 a.m. in
            // Barangay Poblacion": the operation just told, by who carried it out, then where
            + "|^\\W*(?:the|this)\\s+(?:joint\\s+|police\\s+|pre-dawn\\s+)?(?:operation|raid|buy-bust(?:\\s+operation)?)\\s+of\\s+[^,;.]{1,100}?"
            + "\\s+(?:was\\s+carried\\s+out|was\\s+conducted|took\\s+place)\\b"
            // "Los agentes lo pararon el pasado 2 de octubre en un control", "Officers stopped him on October 2": the person told
            // before, stopped that day
            + "|^\\W*(?:los\\s+agentes|los\\s+guardias|los\\s+policías|la\\s+policía|officers|police|agents|troopers)\\s+"
            + "(?:(?:lo|la|los|las)\\s+(?:pararon|detuvieron|interceptaron|sorprendieron|localizaron|pillaron)|stopped\\s+(?:him|her|them)"
            + "|pulled\\s+(?:him|her|them)\\s+over)\\b"
            // "Officers found the load on Oct. 14": the same load found again, dated
            + "|^\\W*(?:officers|police|agents|investigators|they|los agentes|la policía|las autoridades)\\s+(?:found|discovered|detected"
            + "|hallaron|encontraron|detectaron)\\s+(?:the|this|that|it|la|el|esa|ese|lo)\\b(?:\\s+(?:load|shipment|cargo|consignment"
            + "|container|drugs|cocaine|haul|cargamento|droga|alijo|contenedor))?\\s+(?:on|el)\\b"
            // "The cocaine, put at 96 million pounds, was hidden beneath containers on a vessel docked at London Gateway port",
            // "The drugs were packed in 797 containers ... inside an empty house in Namaka": where the load told before was found
            // "According to the customs office at the port of Klaipeda, the cocaine was hidden in a shipment of moulds"
            + "|^\\W*(?:(?:según|according to)\\s+[^,;.]{1,60},\\s*)?(?:(?:the|this|that)\\s+(?:cocaine|drugs|haul|shipment|load|consignment|cargo)|(?:la|esta|esa)\\s+(?:droga|coca[ií]na"
            + "|mercanc[ií]a)|(?:el|este|ese)\\s+(?:cargamento|alijo))\\s*(?:,(?:[^,;.]|\\.\\d){1,80},\\s*)?(?:(?:was|were|had\\s+been)\\s+"
            + "(?:hidden|found|concealed|stashed|discovered|located|packed|stored|kept)|(?:estaba|iba|fue)\\s+(?:ocult[oa]|escondid[oa]|camuflad[oa]|hallad[oa]"
            + "|encontrad[oa]))\\b"
            // "Según el ministerio, la lancha entró al Golfo Dulce y ...": where the boat told before was
            + "|^\\W*(?:(?:según|according to)\\s+[^,;.]{1,40},\\s*)?(?:la|el|the)\\s+(?:lancha|embarcación|narcolancha|buque|barco|bote"
            + "|boat|vessel)\\s+(?:entró|ingresó|navegaba|se\\s+encontraba|entered|was\\s+sailing)\\b"
            // "Según escribió, las dos embarcaciones eran conocidas ..., llevaban narcóticos y navegaban por una ruta ... en el
            // Pacífico Oriental": where the boats struck were sailing
            + "|^\\W*(?:(?:según|according to)\\s+[^,;.]{1,40},\\s*)?(?:las|los|the)\\s+(?:(?:dos|tres|cuatro|two|three|four|both)\\s+)?"
            + "(?:lanchas|embarcaciones|narcolanchas|buques|barcos|boats|vessels)\\b[^.;]{0,120}?\\b(?:navegaban|transitaban|were\\s+sailing"
            + "|were\\s+transiting|were\\s+travell?ing)\\b"
            // "According to Coast Guard officials, a maritime patrol aircraft spotted a suspected smuggling vessel on May 13":
            // the boat told before, found that day
            + "|^\\W*(?:(?:según|according to)\\s+[^,;.]{1,60},\\s*)?(?:a|an|the|un|una|el|la)\\s+[^,;.]{0,40}?\\b(?:spotted|sighted"
            + "|detected|located|avistó|detectó|localizó|divisó)\\s+(?:a|an|the|un|una|el|la)\\s+[^,;.]{0,30}?\\b(?:vessel|boat|go-fast"
            + "|submersible|semi-submersible|lancha|embarcación|narcolancha|semisumergible|barco|bote)\\b");

    /**
     * The operations of the sentence before, dated only by the page, take the one day this sentence gives them ("Dirandro
     * decomisó 24 kilos ... La intervención se hizo el pasado 29 junio"); whether it did.
     */
    private static boolean datesThePrevious(Work work, OperationFact previous, Span sentence, String s, List<Dates.DateMention> dates) {
        Matcher told = WHEN_IT_TOOK_PLACE.matcher(s);
        if (!told.lookingAt()) {
            return false;
        }
        // "el miércoles 3 de diciembre" is two mentions of one day
        boolean oneDay = !dates.isEmpty() && dates.stream().allMatch(d -> "day".equals(d.precision()) && d.date().equals(dates.get(0).date()));
        boolean noneDated = work.operations.stream().allMatch(o -> weakDate(work, o));
        // "La fase de detenciones y registros se hizo el pasado mes de noviembre": a month, for a story none of whose operations
        // has a date of its own
        boolean oneMonth = !dates.isEmpty() && dates.stream().allMatch(d -> "month".equals(d.precision()) && d.date().equals(dates.get(0).date()));
        if (oneMonth && noneDated) {
            work.operations.replaceAll(op -> op.withDate(dates.get(0).date(), "month", dates.get(0).span()));
            return true;
        }
        // "La operación se hizo ... en un puesto de control de la carretera que va a Copacabana": where, too
        Mention where = place(work, sentence, new Span(sentence.start() + told.start(), sentence.start() + told.end()), previous.type());
        boolean changed = false;
        // "La Armada interceptó una lancha ... La operación terminó con la captura de los tres tripulantes. El operativo se hizo el
        // 29 de octubre": where nothing told so far has a day of its own, the day is the whole story's
        boolean allUndated = oneDay && noneDated;
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (!op.sentence().equals(previous.sentence()) && !allUndated) {
                continue;
            }
            // "last week" (a month at best) gives way to "on July 27" of the same month
            boolean coarser = op.date() != null && "month".equals(op.datePrecision()) && oneDay
                    && (YearMonth.from(op.date()).equals(YearMonth.from(dates.get(0).date()))
                    // "last week" of a page of 10 January, "the find was made on December 30"
                    || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(op.date(), dates.get(0).date())) <= 7);
            OperationFact updated = oneDay && (weakDate(work, op) || coarser) ? op.withDate(dates.get(0).date(), "day", dates.get(0).span()) : op;
            // "three homes in southeast Michigan ... at two houses in Detroit": the town the next sentence names, not the region
            boolean region = updated.placeSpan() != null && COMPASS_BEFORE.matcher(work.text())
                    .region(Math.max(0, updated.placeSpan().start() - 20), updated.placeSpan().start()).find();
            if (where != null && (updated.place() == null || region || withinThePlace(work.text(), where, updated.place()))) {
                updated = updated.withPlace(where.text(), where.kind() == EntityKind.COUNTRY ? where.code() : null, where.span());
            }
            if (updated != op) {
                work.operations.set(i, updated);
                changed = true;
            }
        }
        return changed;
    }

    /** ", del municipio de ", ", in the district of ": the wider area a place lies in, named right after it. */
    private static final Pattern OF_THE_AREA = Pattern.compile("(?U)(?i)^,?\\s+(?:(?:del|de\\s+la|en\\s+el|en\\s+la|in\\s+the|of\\s+the)\\s+)?"
            + "(?:municipio|distrito|departamento|cantón|district|municipality|county|province|provincia)\\s+(?:de|of)\\s+");

    /** "en la aldea Villamil, del municipio de Gracias": a place the text says lies in {@code place}. */
    private static boolean withinThePlace(String text, Mention where, String place) {
        Matcher area = OF_THE_AREA.matcher(text).region(where.end(), Math.min(text.length(), where.end() + 40));
        return area.lookingAt() && text.startsWith(place, area.end());
    }

    /** "arrested at the warehouse", "detenidos en la finca": a place the report has named before by that noun. */
    private static final Pattern AT_THE_NOUN = Pattern.compile("(?U)(?i)\\b(?:at|in|inside|outside|en|dentro de)\\s+(?:the|el|la)\\s+(\\p{Ll}{4,})\\b");

    /** The people of a find, by what they were: "the driver", "los pasajeros". */
    private static final String FIND_PEOPLE_EN = "(?:driver|drivers|man|men|woman|women|suspect|suspects|passenger|passengers"
            + "|travell?ers?|crew|couriers?|occupants)";
    private static final String FIND_PEOPLE_ES = "(?:conductor(?:a|es)?|chofer|camioner[oa]s?|hombres?|mujer(?:es)?|sospechos[oa]s?"
            + "|pasajer[oa]s?|ocupantes|tripulantes)";

    /** "arrested the driver", "detuvieron al conductor": the people of a find already told, right after the verb. */
    private static final Pattern THE_PEOPLE_OF_THE_FIND = Pattern.compile("(?U)(?i)^\\s+(?:(?:the|both|all)\\s+(?:(?:two|three|four|five)\\s+)?"
            + FIND_PEOPLE_EN + "|(?:al|a\\s+(?:la|los|las|sus?))\\s+(?:(?:dos|tres|cuatro|cinco)\\s+)?" + FIND_PEOPLE_ES + ")\\b");

    /**
     * "El hombre fue detenido", "The driver was arrested", "El conductor trató de huir, pero ... lo detuvieron": a sentence
     * opening on the people of a find already told.
     */
    private static final Pattern THE_PEOPLE_OF_THE_FIND_FIRST = Pattern.compile("(?U)(?i)^\\W*(?:the|both|el|la|los|las|ambos)\\s+"
            + "(?:(?:two|three|dos|tres)\\s+)?(?:" + FIND_PEOPLE_EN + "|" + FIND_PEOPLE_ES + ")\\b");

    /** "arrested two men on the spot", "were arrested at the scene": where the find was. */
    private static final Pattern ON_THE_SPOT = Pattern.compile("(?U)(?i)^\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:on\\s+the\\s+spot|at\\s+the\\s+scene"
            + "|on\\s+the\\s+scene)\\b");

    /** "is in police custody over the find", "arrested in connection with the seizure": the arrest told as the find's. */
    private static final Pattern OVER_THE_FIND = Pattern.compile("(?U)(?i)^\\s+(?:over|in\\s+connection\\s+with|in\\s+relation\\s+to"
            + "|following|after)\\s+the\\s+(?:find|seizure|haul|bust|discovery)\\b");

    /**
     * "CBSA officers found about 30 kilograms of suspected cocaine in a truck at the Coutts border crossing on April 9 ... The
     * CBSA arrested the driver": an arrest the page alone dates, of the people of the find told before, was that day and there
     * (only where the report's finds and stops with a day of their own share one day and one place). So too an arrest "over the
     * find".
     */
    private static void thePeopleOfTheFind(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.type().equals("arrest") && op.place() == null
                    && ON_THE_SPOT.matcher(text).region(op.trigger().end(), op.sentence().end()).lookingAt()) {
                // "The police arrested two men on the spot": where the latest find told before it was, on its day
                int at = i;
                work.operations.stream().filter(o -> o.type().equals("seizure") && o.sentence().start() < op.sentence().start()
                        && o.place() != null && o.date() != null && o.date().equals(op.date())).reduce((a, b) -> b)
                        .ifPresent(find -> work.operations.set(at, op.withPlaceOf(find)));
                continue;
            }
            if (!op.type().equals("arrest") || op.place() != null || !"publication".equals(op.datePrecision())
                    || !THE_PEOPLE_OF_THE_FIND.matcher(text).region(op.trigger().end(), op.sentence().end()).lookingAt()
                    && !OVER_THE_FIND.matcher(text).region(op.trigger().end(), op.sentence().end()).lookingAt()
                    && !THE_PEOPLE_OF_THE_FIND_FIRST.matcher(text).region(op.sentence().start(), op.sentence().end()).lookingAt()) {
                continue;
            }
            // (a find the page alone dates is of the arrest's day too)
            List<OperationFact> finds = work.operations.stream().filter(o -> (o.type().equals("seizure") || o.type().equals("interdiction"))
                    && o.sentence().start() < op.sentence().start() && ("day".equals(o.datePrecision()) || "publication".equals(o.datePrecision()))
                    && o.place() != null).toList();
            if (finds.isEmpty() || finds.stream().map(o -> o.date() + "@" + o.place()).distinct().count() != 1) {
                continue;
            }
            OperationFact find = finds.get(0);
            work.operations.set(i, op.withDate(find.date(), find.datePrecision(), find.dateSpan())
                    .withPlaceOf(find));
        }
    }

    /** "When the package was searched, ...": a thing the sentence before told, searched; what was found was in it. */
    private static final Pattern THE_THING_SEARCHED = Pattern.compile("(?U)(?i)^\\W*(?:when|after|once|as|cuando|al\\s+ser)\\s+"
            + "(?:(?:the|his|her|their|el|la|los|las|su|sus)\\s+)?(?:package|parcel|bag|bags|suitcase|suitcases|luggage|car|vehicle|truck"
            + "|consignment|paquete|maleta|maletas|equipaje|vehículo|camión|encomienda)\\s+(?:(?:was|were|fue|fueron)\\s+)?"
            + "(?:searched|inspected|opened|examined|checked|scanned|revisad[oa]s?|inspeccionad[oa]s?|abiert[oa]s?|registrad[oa]s?)\\b");

    /**
     * "... was arrested on June 8 at the export shed of the airport when he brought a package ... When the package was searched,
     * officers found 150 grams of cocaine": a find in the thing the sentence before told is where that sentence's operation was.
     */
    private static void inTheThingSearched(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            int index = work.sentences.indexOf(op.sentence());
            if (!op.type().equals("seizure") || op.place() != null || op.date() == null || index < 1
                    || !THE_THING_SEARCHED.matcher(text).region(op.sentence().start(), op.sentence().end()).lookingAt()) {
                continue;
            }
            Span before = work.sentences.get(index - 1);
            int at = i;
            // (an operation the lead told and this sentence dated keeps the lead's sentence, and this one's date)
            work.operations.stream().filter(o -> (o.sentence().equals(before) || o.dateSpan() != null && before.contains(o.dateSpan()))
                    && o.place() != null && op.date().equals(o.date()))
                    .findFirst().ifPresent(told -> work.operations.set(at, op.withPlaceOf(told)));
        }
    }

    /** "lograron interceptar la embarcación", "boarded the vessel": a boat already told, right after the verb. */
    private static final Pattern THE_BOAT_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:a\\s+)?(?:la|el|the|this|that|esa|esta|dicha|dicho)\\s+"
            + "(?:\\p{L}+\\s+)?" + VESSEL + "\\b");

    /**
     * "... cuatro personas que iban a bordo de una narcolancha ... frente a la costa de Chipiona. ... Al final los agentes lograron
     * interceptar la embarcación": a stop of the boat told before, with no place of its own, is where that boat was.
     */
    private static void theBoatToldBefore(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.place() != null || !op.type().equals("interdiction")
                    || !THE_BOAT_AFTER.matcher(text).region(op.trigger().end(), op.sentence().end()).lookingAt()) {
                continue;
            }
            OperationFact told = null;
            for (OperationFact o : work.operations) {
                if (o.sentence().start() < op.sentence().start() && o.place() != null
                        && VESSEL_WORD.matcher(text).region(o.sentence().start(), o.sentence().end()).find()) {
                    told = o;
                }
            }
            if (told != null) {
                work.operations.set(i, op.withPlaceOf(told));
            }
        }
    }

    /**
     * "... and from there to a warehouse in Essen, in Belgium. On Monday seven people were arrested at the warehouse": an
     * operation told without a place at a place the sentence before, or the one before that, named by the same noun.
     */
    private static void placedByTheDefiniteNoun(Work work) {
        String text = work.text();
        for (int i = 0; i < work.operations.size(); i++) {
            OperationFact op = work.operations.get(i);
            if (op.place() != null) {
                continue;
            }
            Mention airport = THE_AIRPORT.matcher(text).region(op.sentence().start(), op.sentence().end()).find()
                    || PLACED_BY_THE_DAY.contains(op.type()) && atTheAirportBefore(work, op.sentence())
                    ? theAirportNamedBefore(work, op.sentence().start()) : null;
            if (airport != null) {
                // "was arrested at the D-arrival hall of the airport": the one airport the report has named
                work.operations.set(i, op.withPlace(airport.text(), null, airport.span()));
                continue;
            }
            Matcher noun = AT_THE_NOUN.matcher(text).region(op.sentence().start(), op.sentence().end());
            if (!noun.find()) {
                continue;
            }
            int index = work.sentences.indexOf(op.sentence());
            // "a restroom in X", and "a restroom of the E-Arrival hall at X": the part of a named place the noun was of
            Pattern named = Pattern.compile("(?U)(?i)\\b(?:a|an|un|una)\\s+" + Pattern.quote(noun.group(1))
                    + "\\s+(?:(?:of|de)\\s+(?:the|el|la)\\s+[^,.;]{1,30}?\\s+)?(?:in|at|en|de)\\s+(?:the\\s+)?");
            for (int k = index - 1; k >= Math.max(0, index - 2) && index > 0; k--) {
                Span before = work.sentences.get(k);
                Matcher m = named.matcher(text).region(before.start(), before.end());
                if (!m.find()) {
                    continue;
                }
                Mention place = work.mentionsIn(new Span(m.end(), Math.min(before.end(), m.end() + 40))).stream()
                        .filter(c -> (c.kind() == EntityKind.PLACE || c.kind() == EntityKind.COUNTRY) && c.start() == m.end())
                        .findFirst().orElse(null);
                if (place != null) {
                    work.operations.set(i, op.withPlace(place.text(), place.kind() == EntityKind.COUNTRY ? place.code() : null, place.span()));
                }
                break;
            }
            if (work.operations.get(i).place() == null && index > 0) {
                // "... irrumpieran en los estudios de TC Televisión en Guayaquil ... La Policía detuvo a 13 personas en el canal": the
                // venue named another way, in the town the sentence before gives last, after "en"
                Span before = work.sentences.get(index - 1);
                Mention last = null;
                for (Mention c : work.mentionsIn(before)) {
                    if (c.kind() == EntityKind.PLACE && IN_BEFORE.matcher(text).region(Math.max(before.start(), c.start() - 4), c.start()).find()) {
                        last = c;
                    }
                }
                if (last != null) {
                    work.operations.set(i, op.withPlace(last.text(), null, last.span()));
                }
            }
        }
    }

    /** "in the provincial capital", "en la capital de la provincia": the chief town of a province the report named. */
    private static final Pattern THE_PROVINCIAL_CAPITAL = Pattern.compile("(?U)(?i)\\b(?:in|at|en)\\s+(?:the\\s+provincial\\s+capital"
            + "|the\\s+capital\\s+of\\s+the\\s+province|la\\s+capital\\s+(?:provincial|de\\s+la\\s+provincia))\\b");
    /** " province" right after a name: "Battambang province". */
    private static final Pattern PROVINCE_AFTER = Pattern.compile("(?U)(?i)^ province\\b");
    /** "Koh Kong Province": a province's name the tagger took with its noun. */
    private static final Pattern PROVINCE_END = Pattern.compile("(?U)(?i)\\sprovince$");
    /** "province of ", "provincia de ": right before a province's name. */
    private static final Pattern PROVINCE_OF_BEFORE = Pattern.compile("(?U)(?i)\\b(?:province\\s+of|provincia\\s+(?:de|del))\\s+$");

    /** The one province the report names before {@code before} ("la provincia de Battambang", "Battambang province"), or null. */
    private static Mention provinceNamedBefore(Work work, int before) {
        String text = work.text();
        return theOnePlaceBefore(work, before, m -> PROVINCE_OF_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start()).find()
                || PROVINCE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt() || PROVINCE_END.matcher(m.text()).find());
    }

    /** The verbs of a find, which say nothing of what was found without the drugs named after them. */
    private static final java.util.Set<String> FOUND = java.util.Set.of("found", "discovered");

    /** "at the airport", "of the airport", "en el aeropuerto": an airport the report named before, not by its name again. */
    private static final Pattern THE_AIRPORT = Pattern.compile("(?U)(?i)\\b(?:(?:at|of|in|inside|outside)\\s+the|en\\s+el|del|dentro\\s+del)"
            + "\\s+(?:airport|aeropuerto)\\b(?!\\s+(?:of|de|del|international|internacional|(?-i:\\p{Lu})))");

    /**
     * "Sources at the airport say National Aviation Services Uganda received export cargo ... When the cargo was screened,
     * officers intercepted two packages": a sentence telling no operation at the airport sets the scene of the find after it.
     */
    private static boolean atTheAirportBefore(Work work, Span sentence) {
        int index = work.sentences.indexOf(sentence);
        if (index < 1) {
            return false;
        }
        Span before = work.sentences.get(index - 1);
        return THE_AIRPORT.matcher(work.text()).region(before.start(), before.end()).find()
                && work.operations.stream().noneMatch(o -> o.sentence().equals(before));
    }

    /** The one airport the text before names as a place, or null when it names none or several. */
    private static Mention theAirportNamedBefore(Work work, int before) {
        return theOnePlaceBefore(work, before, m -> m.text().endsWith("Airport") || m.text().startsWith("Aeropuerto"));
    }

    /** The first mention of the one place of a kind ({@code which}) the text before {@code before} names, or null: none or several. */
    private static Mention theOnePlaceBefore(Work work, int before, java.util.function.Predicate<Mention> which) {
        Mention found = null;
        for (Mention m : work.mentionsIn(new Span(0, before))) {
            if (m.kind() == EntityKind.PLACE && which.test(m)) {
                if (found != null && !Names.key(found.text()).equals(Names.key(m.text()))) {
                    return null;
                }
                found = found == null ? m : found;
            }
        }
        return found;
    }

    private static final Pattern IN_BEFORE = Pattern.compile("(?U)(?i)\\b(?:en|in|at)\\s+$");

    /** A killing the report recalls beside an operation: a massacre, a riot, an attack by the group. */
    private static final Pattern OTHER_KILLING = Pattern.compile("(?U)(?i)\\b(?:masacres?|massacres?|matanzas?|mot[ií]n|motines|riots?)\\b");

    private static final Pattern HEAD_OF_BEFORE = Pattern.compile("(?U)(?i)\\b(?:jef[ea]|director[a]?|comandante|coordinador[a]?|head|chief"
            + "|commander|leader)\\s+(?:del|de la|de|of the|of)\\s+$");

    private static final Pattern FIND_MADE = Pattern.compile("(?U)(?i)^\\W*(?:the|this)\\s+(?:find|haul|discovery|seizure)\\s+was\\s+made\\b");

    /** A sentence's opening phrase placing what it tells at sea or on a coast: "A 80 millas náuticas de X,", "Frente a la isla X,". */
    private static final Pattern PLACE_OPENER = Pattern.compile("(?U)(?i)^\\W*"
            // "Poco después, en una playa de Rota, los agentes vieron ...": a shore, after the time
            + "(?:(?:poco\\s+después|más\\s+tarde|horas\\s+después|shortly\\s+after(?:wards)?|later),?\\s+(?:en|on|at)\\s+(?:una|la|el|un|a|the)\\s+"
            + "(?:playa|cala|puerto|beach|port)\\s+(?:de|del|in|at|near)|"
            + "a\\s+(?:unas?\\s+)?[\\d.,]+\\s+millas(?:\\s+náuticas)?"
            + "(?:\\s+al\\s+\\p{L}+)?\\s+(?:de|del)|frente\\s+a(?:\\s+la\\s+(?:costa|isla)(?:\\s+de)?)?|(?:about\\s+|some\\s+)?[\\d.,]+\\s+"
            + "(?:nautical\\s+)?miles\\s+(?:\\p{L}+\\s+)?(?:of|from|off)|off\\s+the\\s+coast\\s+of)\\s");

    /**
     * The place a sentence telling no operation gives the next one: where people or a load arrived ("Habían llegado a X"), or a
     * place its opening measures from ("A 80 millas náuticas de X,"); null when it gives none.
     */
    private static Mention placeCarriedOn(Work work, Span sentence, String s) {
        Matcher arrived = LANDED_AT.matcher(s);
        if (arrived.find()) {
            // "Habían llegado a A Pobra do Caramiñal ... para desembarcar 3.650 kilos": where what follows happened
            for (Mention m : work.mentionsIn(new Span(sentence.start() + arrived.end(), Math.min(sentence.end(), sentence.start() + arrived.end() + 40)))) {
                if ((m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY) && m.start() - (sentence.start() + arrived.end()) <= 2) {
                    return m;
                }
            }
        }
        Matcher located = LOCATED_AT.matcher(s);
        if (located.find()) {
            // "Los agentes ubicaron un inmueble en el sector Virgen de Fátima ... En el operativo fue capturado alias Mounstrito"
            for (Mention m : work.mentionsIn(new Span(sentence.start() + located.end(), Math.min(sentence.end(), sentence.start() + located.end() + 40)))) {
                if (m.kind() == EntityKind.PLACE && m.start() - (sentence.start() + located.end()) <= 2) {
                    return m;
                }
            }
        }
        Matcher opener = PLACE_OPENER.matcher(s);
        int comma = opener.lookingAt() ? s.indexOf(',', opener.end()) : -1;
        if (!opener.lookingAt() || comma < 0 || comma > 80) {
            return null;
        }
        for (Mention m : work.mentionsIn(new Span(sentence.start() + opener.end(), sentence.start() + comma))) {
            if (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern COMPASS_BEFORE = Pattern.compile("(?U)(?i)\\b(?:south|north|east|west|southeast|southwest|northeast"
            + "|northwest|southern|northern|eastern|western|central)(?:ern)?\\s+$");

    // ("BUSAN, June 12 (Example) --": a wire's credit the furniture list does not know, in brackets before the dash)
    private static final Pattern DATELINE_END = Pattern.compile("(?U)^\\s*\\)?\\s*(?:\\(\\p{Lu}[\\p{L}.&-]{1,20}(?:\\s\\p{Lu}[\\p{L}.&-]*){0,2}\\)\\s*)?"
            + "\\.?\\s*[-—–]");
    /**
     * "Jueves 05 de Julio de 2018.-", "MIAMI, Fla. (Feb. 21, 2026) —": a place and its state, the date in brackets; and "ALAMEDA,
     * Calif., Aug. 5 (UPI) --", the date bare.
     */
    private static final Pattern DATELINE_START = Pattern.compile("(?U)(?:^|\\n)\\s*(?:\\p{L}+,?\\s+|[\\p{Lu}][\\p{L}.]*,?\\s+(?:[\\p{Lu}][\\p{L}.]*,?\\s+){0,2}\\(?)?$");

    /** "In the first case, on Saturday, 20 April,", "En el segundo caso, el domingo 21 de abril,": one of several told in turn, and its day. */
    private static final Pattern CASE_OPENING = Pattern.compile("(?U)(?i)^\\W*(?:in|en)\\s+(?:the|a|another|el|un|otro)\\s+(?:(?:first|second|third"
            + "|fourth|other|separate|primer|segundo|tercer|cuarto)\\s+)?(?:case|incident|caso|hecho)\\s*,\\s*(?:(?:on|el)\\s+)?");

    /** Whether the sentence opens on a case told in turn, the first thing it says of it one day, written with a number. */
    private static boolean opensTheCase(Work work, String s, Span sentence, List<Dates.DateMention> dates) {
        Matcher opening = CASE_OPENING.matcher(s);
        if (!opening.lookingAt() || dates.get(0).span().start() - sentence.start() > opening.end()) {
            return false;
        }
        return dates.stream().allMatch(d -> "day".equals(d.precision()) && d.date().equals(dates.get(0).date()))
                && dates.stream().anyMatch(d -> DIGIT.matcher(d.span().of(work.text())).find());
    }

    /** A date opening a paragraph, with at most a weekday or a place before it and a dash after ("Jueves 05 de Julio de 2018.-"). */
    static boolean openingDateline(String text, Span date) {
        // ("Sept. 24 (UPI) -- The U.S. Coast Guard ...": the wire's name, blanked as furniture, leaves spaces before the dash)
        return DATELINE_END.matcher(text).region(date.end(), Math.min(text.length(), date.end() + 40)).lookingAt()
                && DATELINE_START.matcher(text).region(Math.max(0, date.start() - 40), date.start()).find();
    }

    /** A participle of another operation right before a date: "capturado este año", "arrested in 2021". */
    private static final Pattern OTHER_EVENT_BEFORE = Pattern.compile("(?U)(?i)\\b(?:capturad[oa]s?|detenid[oa]s?|arrestad[oa]s?"
            + "|aprehendid[oa]s?|arrested|captured|detained|apprehended)\\s+(?:\\S+\\s+){0,2}$");

    private static final Pattern RANKED_IN_THE_YEAR = Pattern.compile("(?U)(?i)\\b(?:first|second|third|fourth|fifth|sixth|largest|biggest"
            + "|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|mayor|más grande)\\b[^.;,]{0,28}$");
    private static final Pattern ACCUSED_OF_BEFORE = Pattern.compile("(?U)(?i)\\b(?:accused of|charged with|wanted for|convicted of"
            + "|acusad[oa]s? de|señalad[oa]s? de|condenad[oa]s? por)\\b"
            // "a strike on a boat accused of drug trafficking in the Pacific killed four people on Thursday": the main clause's
            // verb ends the accusation, and the date after it is the strike's
            + "(?:(?!\\b(?:killed|kills|left|sank|destroyed|mató|mataron|dejó|dejaron|hundió)\\b)[^.;]){0,70}$");

    private static final Pattern NEXT_CLAUSE_OPENS = Pattern.compile("(?U)(?i),\\s+(?:and|but|while|whereas|y|e|pero|mientras\\s+que)\\s+$");

    private static Dates.DateMention nearest(String text, List<Dates.DateMention> dates, Span trigger) {
        Dates.DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Dates.DateMention d : dates) {
            int distance = d.span().start() >= trigger.end() ? d.span().start() - trigger.end() : 2 * (trigger.start() - d.span().end());
            String before = text.substring(Math.max(0, d.span().start() - 30), d.span().start());
            if (SINCE.findIn(before) || SINCE_OWN.matcher(d.span().of(text)).lookingAt()
                    || d.span().start() >= trigger.end() && SINCE_THE.findIn(before)) {
                continue;
            }
            if (CAMPAIGN_BEGAN.matcher(text.substring(Math.max(0, d.span().start() - 50), d.span().start())).find()) {
                continue; // "the ninth strike since the campaign began in early September": when the campaign began
            }
            if (openingDateline(text, d.span())) {
                continue; // "Jueves 05 de Julio de 2018.- Agentes ... decomisaron": the page's date, not the operation's
            }
            if (inRelativeClause(text, d.span(), trigger)) {
                continue;
            }
            if (d.span().start() >= trigger.end() && ANNOUNCED_OBJECT.findIn(text.substring(Math.max(0, trigger.start() - 40), trigger.start()))) {
                continue; // "When he announced the three strikes on four boats on social media on Tuesday": the announcement's day
            }
            if (d.span().start() >= trigger.end() && NEXT_CLAUSE_OPENS.matcher(before).find()) {
                continue; // "said it had stopped 2.3 million pills ..., and in October its officers found ...": the next clause's date
            }
            int semicolon = d.span().start() >= trigger.end() ? text.indexOf(';', trigger.end()) : -1;
            if (semicolon >= 0 && semicolon < d.span().start()
                    && !FIRST_OF_THEM.matcher(text).region(semicolon + 1, d.span().start()).find()) {
                // "When he was arrested the reward stood at $3 million; he was extradited about a year ago": the next clause's date
                // (one before a semicolon may still date what follows it: "culminó el 25 de septiembre ...; dos fueron arrestados";
                // but "terminó con 14 detenidos; los tres navegantes ... fueron los primeros, el día 13" still tells those arrests)
                continue;
            }
            Matcher other = d.span().start() > trigger.end() ? OTHER_EVENT_BEFORE.matcher(before) : null;
            if (other != null && other.find() && d.span().start() - before.length() + other.start() >= trigger.end()) {
                continue; // "fue extraditado X, alias John, capturado este año en ...": the arrest's date, not the extradition's
            }
            if (PlaceNameStage.afterPlaceHead(text, d.span().start())) {
                continue; // "en el sector 20 de Febrero": a neighbourhood named after a date
            }
            if ("year".equals(d.precision()) && RANKED_IN_THE_YEAR.matcher(text).region(Math.max(0, d.span().start() - 40), d.span().start()).find()) {
                continue; // "the second such transfer this year", "el mayor decomiso de este año": a rank within the year, not a date
            }
            if (d.span().start() > trigger.end() && ACCUSED_OF_BEFORE.matcher(text).region(Math.max(trigger.end(), d.span().start() - 80),
                    d.span().start()).find()) {
                continue; // "extraditing a woman accused of moving drugs across the border in 2016": when the deeds were done
            }
            if (SPEECH_BEFORE.findIn(before)
                    || SPEECH_AFTER.matcher(text.substring(d.span().end(), Math.min(text.length(), d.span().end() + 30))).find()) {
                distance += 10_000;
            }
            if (d.span().end() <= trigger.start() && COORDINATION.matcher(text.substring(d.span().end(), trigger.start())).find()) {
                distance += 5_000;
            }
            if (d.span().start() >= trigger.end() && APPOSITIVE.matcher(text.substring(trigger.end(), d.span().start())).find()) {
                // "..., a gang the United States designated a terrorist organization in February": another clause's date,
                // further from the operation than even the day it was announced
                distance += 20_000;
            }
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "During the investigation, which began in January, police seized ...": the date is the clause's, not the operation's. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”»']?\\s|\\n");

    private static boolean inRelativeClause(String text, Span date, Span trigger) {
        int comma = text.lastIndexOf(',', date.start());
        if (comma < 0 || date.start() - comma > 60 || !RELATIVE.matcher(text.substring(comma + 1, date.start())).lookingAt()
                || SENTENCE_END.matcher(text.substring(comma + 1, date.start())).find()) {
            return false; // the comma of the sentence before ("..., que dejó dos muertos.\n\nEl 23 de enero, ...") opens no clause here
        }
        int end = text.indexOf(',', date.end());
        boolean triggerInside = trigger.start() > comma && (end < 0 || trigger.end() <= end);
        return !triggerInside;
    }

    private static final Pattern MEMBERS_BEFORE = Pattern.compile("(?iU)(?:members?|operatives?|militants?|fighters?"
            + "|integrantes?|miembros?|militantes?|narcoterroristas?|sicarios?|operadores?)\\s+(?:of|from|del?|de la|de los)"
            + "(?:\\s+(?:the|el|la|los))?\\s*$");

    /**
     * A group named before the operation that is its object, not its author: "mataron a once integrantes
     * del Tren de Aragua, en un ataque", or a party linked to a sanctions list, which does not strike, seize or arrest.
     */
    private static boolean onTheReceivingEnd(String text, Mention m, DocEntity e) {
        if (e.listed() != null && !e.listed().weak()) {
            return true;
        }
        return MEMBERS_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
    }

    /** "..., President Donald Trump said", "said Hegseth", "según Sheinbaum": the one speaking, not a party to the operation. */
    static boolean speaker(String text, Mention m, Span sentence) {
        String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + 25));
        String before = text.substring(Math.max(sentence.start(), m.start() - 25), m.start());
        return SPEECH_AFTER.matcher(after).lookingAt() || SAID_BEFORE.findIn(before);
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

    /** "there" pointing back at a place ("arrested her there"), not "there were" nor "from there". */
    private static final Pattern THERE = Pattern.compile("(?U)(?<!\\bfrom\\s)\\bthere\\b(?!\\s+(?:is|are|was|were|has|have|had|will|would"
            + "|remain|remains|remained|seems?|seemed|appears?|appeared|may|might|could|must|should)\\b|['’]s\\b)");

    /** "district police chief", "state police": after a place's name, an office or force that place is the area of. */
    private static final Pattern OFFICE_OF_THE_PLACE = Pattern.compile("(?U)(?i)^\\s+(?:(?:district|state|city|county|regional"
            + "|provincial|municipal)\\s+)?(?:police|prosecutors?|governor|mayor|chief|commander|command|court)\\b");

    /**
     * Where the sentence before put what it told: the place of its operation ("searched a house in X, Y. They found ... there"),
     * else the first place it names (the town before its province), or null.
     */
    private static Mention placeBefore(Work work, Span sentence) {
        int index = work.sentences.indexOf(sentence);
        if (index <= 0) {
            return null;
        }
        Span before = work.sentences.get(index - 1);
        for (OperationFact op : work.operations) {
            if (op.sentence().equals(before) && op.placeSpan() != null) {
                for (Mention m : work.mentionsIn(op.placeSpan())) {
                    return m;
                }
            }
        }
        for (Mention m : work.mentionsIn(before)) {
            // not "The Johor Baru North district police chief": the area an office covers
            if ((m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY)
                    && !OFFICE_OF_THE_PLACE.matcher(work.text()).region(m.end(), Math.min(work.text().length(), m.end() + 40)).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** "Las pistas llevaron a", "the trail led to": where an inquiry went next (not where a load was going). */
    private static final Cues.TailPattern TRAIL_TO = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:llev(?:ó|aron)|conduj(?:o|eron)|led"
            + "|took\\s+(?:them|the\\s+investigators|the\\s+police))\\s+(?:a|hasta|to)\\s+$"), 4);
    private static final Pattern WHERE_AFTER = Pattern.compile("(?U)(?i)^(?:,[^,.;]{1,60})?,\\s+(?:donde|en\\s+donde|where)\\b[^,.;]*$");
    private static final Pattern HISTORY_AFTER = Pattern.compile("(?U)(?i)^['’]s\\s+(?:history|records?)\\b");

    private static Mention place(Work work, Span sentence, Span trigger, String type) {
        String text = work.text();
        // each expression needs one of its words, so most sentences are passed over without it
        String lower = Cues.lower(sentence.of(text));
        Matcher presenceAt = Cues.any(lower, "presen", "operat", "opera", "actú", "actua", "domin", "control", "ruled", "rules")
                ? PRESENCE.matcher(text).region(sentence.start(), sentence.end()) : null;
        int presence = presenceAt != null && presenceAt.find() ? presenceAt.end() - 1 : -1;
        boolean offload = Cues.any(lower, "unload", "offload", "descarg", "desembarc")
                && OFFLOAD.matcher(text).region(sentence.start(), sentence.end()).find();
        Mention best = null;
        Mention actorsSeat = null;
        Mention stationed = null;
        int bestScore = Integer.MIN_VALUE;
        for (Mention m : work.mentionsIn(sentence)) {
            if (m.kind() != EntityKind.PLACE && m.kind() != EntityKind.COUNTRY) {
                continue;
            }
            String before = text.substring(Math.max(sentence.start(), m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + 25));
            if (ACTOR_AFTER.matcher(after).lookingAt() || VERB_AFTER.matcher(after).lookingAt() || COURT_OF.matcher(before).find()
                    || COMMAND.matcher(m.text()).find() || OFFICE_IN.findIn(before)
                    || ORIGIN_BEFORE.findIn(before) || BORDER_WITH.findIn(before)
                    || FORCES_OF.matcher(before).find() || TIES_OR_ORDERS.matcher(before).find() || BASED_IN.matcher(before).find()
                    || BRIEFING_AT.findIn(before) || HANDED_OVER_AT.findIn(before) || SAID_IN.findIn(before) || LEADS_IN.findIn(before)
                    || PLACE_OF_AFTER.matcher(after).lookingAt() || A_COUNTRY_AFTER.matcher(after).lookingAt()
                    // "detained in north Moldova city": a city of the country, named elsewhere
                    || m.kind() == EntityKind.COUNTRY && A_TOWN_OF_IT_AFTER.matcher(after).lookingAt()
                    // "one from Western Sahara, a territory Morocco claims": the claimant, no place of the operation
                    || m.kind() == EntityKind.COUNTRY && CLAIMS_AFTER.matcher(after).lookingAt()
                    // "in Alexandria, north of Cairo": the city that locates the place named before it
                    || RELATIVE_TO.matcher(before).find()
                    // "Police at Kamuzu International Airport in Lilongwe": the town of where the police serve
                    || townOfTheSeat(text, stationed, m) || townOfTheSeat(text, actorsSeat, m)) {
                continue; // "un contenedor procedente de Ecuador": where it came from, not where the operation was
            }
            if (presence >= 0 && m.start() > presence || offload && (PORT.matcher(m.text()).lookingAt() || AT_BEFORE.findIn(before))) {
                continue; // "con presencia en Uruguay, Brasil ...": where a network works; "unloaded ... at Port Everglades": not where seized
            }
            if (stationed == null && m.start() < trigger.start() && POLICE_AT.matcher(before).find()) {
                stationed = m; // "Police at Kamuzu International Airport in Lilongwe": the town after it is the airport's
            }
            String wide = text.substring(Math.max(sentence.start(), m.start() - 90), m.start());
            boolean arrived = wide.contains(" from ") && ARRIVED_AT.matcher(wide).find() || ROAD_TO.findIn(before)
                    // "Las pistas llevaron a San Pedro, el segundo puerto del país, donde ... hallaron": where the trail led, the find
                    || m.end() < trigger.start() && TRAIL_TO.findIn(before) && WHERE_AFTER.matcher(text).region(m.end(), trigger.start()).lookingAt();
            boolean destination = !arrived && (goingTo(before) || DESTINATION_LIST.findIn(before) || FLOW_INTO.findIn(wide));
            boolean locative = arrived || locative(text, sentence, m)
                    || type.equals("strike") && ATTACK_ON.findIn(before) // "the January attack on Venezuela"
                    // "Senegal reported a record seizure ... in the east of the country": that country's east
                    || m.kind() == EntityKind.COUNTRY && m.start() < trigger.start() && trigger.start() - m.end() <= 40
                            && Cues.any(lower, "country", "país", "pais")
                            && PART_OF_THE_COUNTRY.matcher(text).region(trigger.end(), sentence.end()).find();
            if (type.equals("extradition") != destination || (!locative && !destination && m.start() < trigger.start())
                    || (!locative && !destination && ACTOR_OF.matcher(before).find())) {
                continue;
            }
            boolean actorIn = m.start() < trigger.start() && ACTOR_IN.matcher(before).find();
            if (actorIn || m.start() < trigger.start()
                    // "Police and customs officers in Peru found ... in the port of Callao": the country they serve
                    && m.kind() == EntityKind.COUNTRY && OFFICERS_IN.matcher(before).find()) {
                // "Federal police in British Columbia executed ... in Surrey": where the actor works, not where it acted; but "Police
                // in Rapla County detained a man", where the sentence names no other place, acted where they serve
                // (not "Police in Europe arrest 19": a continent's police are many forces, each where it serves)
                actorsSeat = actorsSeat == null && m.kind() == EntityKind.PLACE && actorIn
                        && !A_CONTINENT.matcher(m.text()).matches() ? m : actorsSeat;
                continue;
            }
            int score = (locative || destination ? 100 : 0) + (m.kind() == EntityKind.PLACE ? 2 : 0)
                    - Math.abs(m.start() - trigger.start()) / 10
                    // "En España, por otra parte, la Guardia Civil incautó ... en Cádiz": the country frames the sentence, the
                    // place named in it is where
                    - (m.kind() == EntityKind.COUNTRY && countryOpener(text, sentence, m) ? 50 : 0)
                    // "the largest drug bust in Namibia's history: ... at the port of Walvis Bay": the record's country, unless alone
                    - (HISTORY_AFTER.matcher(after).lookingAt() ? 60 : 0)
                    // "Border officers in Ticino found 40 kilograms ... in a car in Capolago TI": where the officers serve, when the
                    // sentence names a place after what they did
                    - (m.start() < trigger.start() && OFFICERS_IN.matcher(before).find() ? 50 : 0);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        if (best == null && actorsSeat != null && !AT_SEA.contains(type) && !type.equals("extradition")) {
            best = actorsSeat;
        }
        if (best != null && !AT_SEA.contains(type)) {
            best = refinedFirst(work, sentence, best);
            best = streetsPlace(work, sentence, best);
        }
        return best == null ? null : possessed(work, sentence, best);
    }

    private static final Pattern RELATIVE_TO = Pattern.compile("(?U)(?i)\\p{L},\\s+(?:just\\s+)?(?:north|south|east|west|north-?east|north-?west"
            + "|south-?east|south-?west)\\s+of\\s+$");
    private static final Pattern SEATS_TOWN_BETWEEN = Pattern.compile("(?U)\\s+in\\s+|,\\s+");

    /** Whether {@code m} follows the place where the actor serves with only " in " or a comma between: that place's town. */
    private static boolean townOfTheSeat(String text, Mention seat, Mention m) {
        return seat != null && SEATS_TOWN_BETWEEN.matcher(text).region(seat.end(), m.start()).matches();
    }

    /** "along Fourth Street, Mbare": a street is an address; the place is the suburb or town written after it. */
    private static Mention streetsPlace(Work work, Span sentence, Mention best) {
        if (best == null || !STREET.matcher(best.text()).find()) {
            return best;
        }
        for (Mention m : work.mentionsIn(new Span(best.end(), Math.min(sentence.end(), best.end() + 40)))) {
            boolean right = work.text().startsWith(", ", best.end()) && m.start() == best.end() + 2;
            return right && m.kind() == EntityKind.PLACE ? m : best;
        }
        return best;
    }

    private static final Pattern STREET = Pattern.compile("(?U)\\s(?:Street|Road|Avenue|Drive|Lane|Way|Boulevard)$");

    /** "the Baltic country", "el país andino": a region's name as an adjective of a country, no place of the operation. */
    // ("the Indian Ocean island nation", "the Indian Ocean archipelago": a sea naming the country it holds)
    private static final Pattern CLAIMS_AFTER = Pattern.compile("^\\s+(?:claims|claimed|lays\\s+claim)\\b");
    private static final Pattern A_TOWN_OF_IT_AFTER = Pattern.compile("^\\s+(?:city|town|village)\\b");
    private static final Pattern A_COUNTRY_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:island\\s+)?(?:country|nation|state|archipelago)\\b");

    /** Operations that may be done at someone's home. */
    private static final java.util.Set<String> AT_A_HOME = java.util.Set.of("raid", "arrest", "seizure");

    /** "Okafor's home", "la casa de Ramírez": the home of someone named, by the name. */
    private static final Pattern HOME_OF = Pattern.compile("(?U)\\b(\\p{Lu}[\\p{L}'-]+)(?:'s|’s)\\s+(?:home|house|residence|flat|apartment)\\b"
            + "|\\b(?:casa|vivienda|domicilio|residencia)\\s+de\\s+(\\p{Lu}[\\p{L}'-]+)\\b");

    /** "a Nigerian national, Okafor Osita Rufus, who lives in Kitende": the place told right after, where that person lives. */
    private static final Pattern LIVES_IN = Pattern.compile("(?U)(?i)\\b(?:lives|living|resides|residing|a\\s+resident\\s+of|vive|reside"
            + "|residente\\s+en|vecin[oa]\\s+de)\\s+(?:in|at|en)?\\s*$");

    /**
     * "Nannono led aviation police to Okafor's home, where he was arrested" after "Okafor Osita Rufus, who lives in Kitende":
     * an operation at the home of someone the report said lives in a place, told with no place of its own, was there.
     */
    private static Mention homeTold(Work work, Span sentence) {
        String text = work.text();
        Matcher home = HOME_OF.matcher(text).region(sentence.start(), sentence.end());
        if (!home.find()) {
            return null;
        }
        String name = home.group(1) != null ? home.group(1) : home.group(2);
        for (Mention m : work.mentions) {
            if (m.kind() != EntityKind.PLACE || m.start() >= sentence.start()) {
                continue;
            }
            int from = Math.max(0, m.start() - 120);
            String before = text.substring(from, m.start());
            Matcher lives = LIVES_IN.matcher(before);
            int person = before.lastIndexOf(name);
            if (person >= 0 && lives.find() && lives.start() > person && before.indexOf('.', person) < 0) {
                return m;
            }
        }
        return null;
    }

    /** "in the east of the country", "en el norte del país": a part of the country the sentence named before, close to the verb. */
    private static final Pattern PART_OF_THE_COUNTRY = Pattern.compile("(?U)(?i)\\b(?:in|en)\\s+(?:the|el)\\s+(?:far\\s+)?(?:north|south|east|west"
            + "|north-?east|north-?west|south-?east|south-?west|centre|center|norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|centro)"
            + "\\s+(?:of\\s+the\\s+country|del\\s+país|del\\s+pais)\\b");

    /** "The Sernic spokesperson in Nampula", "el delegado en Sinaloa": the area an office covers, not where anything was done. */
    private static final Cues.TailPattern OFFICE_IN = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:spokesperson|spokesman"
            + "|spokeswoman|portavoz|vocer[oa]|delegad[oa]|delegate|representative|representante)\\s+(?:in|en|for|para)\\s+(?:the\\s+)?$"), 3);

    /** "Hamisi Masha, who leads the anti-narcotics police on Kenya's coast": the area a post covers, not where anything was done. */
    private static final Cues.TailPattern LEADS_IN = new Cues.TailPattern(Pattern.compile("(?U)(?i)\\b(?:leads|heads|commands)\\s+(?:the\\s+)?"
            + "(?:[\\p{L}-]+\\s+){1,3}(?:in|on|for)\\s+(?:the\\s+)?$"), 7);

    /** Whether the text before a place names it as where something was going ("hacia", "rumbo a", "que iba al puerto de"). */
    private static boolean goingTo(String before) {
        return DESTINATION.findIn(before) || DESTINATION_PORT.findIn(before);
    }

    private static final Pattern COUNTRY_OPENER = Pattern.compile("(?U)(?i)^\\W*(?:en|in)\\s+(?:el\\s+|la\\s+|los\\s+|the\\s+)?$");

    /** A country named first in its sentence and set off by a comma: "En España, ...", "In Mexico, ...". */
    private static boolean countryOpener(String text, Span sentence, Mention country) {
        return text.startsWith(",", country.end()) && COUNTRY_OPENER.matcher(text).region(sentence.start(), country.start()).matches();
    }

    /**
     * "Chbar Ampov district of " (the tagger may take the noun with the name or not): a part named, then the place it is a
     * part of.
     */
    private static final Pattern PART_OF_THE_NEXT = Pattern.compile("(?U)(?i)\\s(?:district|province|county|municipality|borough)\\s+of"
            + "\\s+(?:the\\s+)?$");

    /** ", en el litoral Pacífico" right after a place: the region the place before it lies in. */
    private static final Pattern REGION_AFTER_PLACE = Pattern.compile("(?U)^,\\s+(?:en|in)\\s+(?:(?:el|la|los|las|the)\\s+)?"
            // ", en la zona rural de Culiacán": an area of the place, in three words
            + "(?:(?:zona|área|region|región)\\s+\\p{Ll}+\\s+(?:de|del|of)\\s+|(?:\\p{Ll}+\\s+){0,2})$");

    /**
     * "al sur de la isla Chepillo, en el litoral Pacífico", "en Isla Trinitaria, en Guayaquil": of places named together, the
     * first is where it happened, the second the wider area it lies in (operations at sea keep the sea, as they are placed by it).
     */
    private static Mention refinedFirst(Work work, Span sentence, Mention chosen) {
        String text = work.text();
        Mention before = null;
        for (Mention m : work.mentionsIn(new Span(sentence.start(), chosen.start()))) {
            if (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY) {
                before = m;
            }
        }
        if (before == null || before.kind() != EntityKind.PLACE
                || !REGION_AFTER_PLACE.matcher(text.substring(before.end(), chosen.start())).matches()
                        && !PART_OF_THE_NEXT.matcher(before.text() + text.substring(before.end(), chosen.start())).find()) {
            return chosen;
        }
        String toIt = text.substring(Math.max(sentence.start(), before.start() - 40), before.start());
        if (goingTo(toIt)) {
            return null; // "que iba al puerto de Rotterdam, en los Países Bajos": the country of where the load was going
        }
        return locative(text, sentence, before) ? before : chosen;
    }

    /** "at Amsterdam's Schiphol Airport": the place the city's name owns is the more precise one. */
    private static Mention possessed(Work work, Span sentence, Mention place) {
        String text = work.text();
        int after = place.end() + 3;
        if (after >= sentence.end() || !(text.startsWith("'s ", place.end()) || text.startsWith("’s ", place.end()))) {
            return place;
        }
        for (Mention m : work.mentionsIn(new Span(after, Math.min(sentence.end(), after + 60)))) {
            return m.start() == after && m.kind() == EntityKind.PLACE ? m : place;
        }
        return place;
    }

    private static String countryIn(Work work, Span sentence, Mention place) {
        for (Mention m : work.mentionsIn(sentence)) {
            if (m.kind() == EntityKind.COUNTRY && m != place) {
                String before = work.text().substring(Math.max(sentence.start(), m.start() - 40), m.start());
                if (LOCATIVE.findIn(before) || before.endsWith(", ")) {
                    return m.code();
                }
            }
        }
        return null;
    }

    /** Adds the operation, or folds it into an earlier one of the same type whose date and place do not conflict. */
    private static void add(Work work, OperationFact op) {
        boolean another = toldAsAnother(work, op);
        for (int i = 0; i < work.operations.size() && !another; i++) {
            OperationFact earlier = work.operations.get(i);
            if (differentRewards(earlier, op) || summing(work, earlier) != summing(work, op)) {
                continue; // "... en tres operaciones", then each of them: the sum is none of its parts
            }
            boolean within = earlier.type().equals(op.type()) && compatible(earlier, op) && withinItsPlace(work.text(), earlier, op);
            if (within || earlier.type().equals(op.type()) && compatible(earlier, op) && compatiblePlace(earlier, op)) {
                OperationFact merged = merge(work, earlier, op);
                work.operations.set(i, merged);
                if (!op.sentence().equals(earlier.sentence())) {
                    // "detuvo a un presunto traficante y se incautó de casi 32 kilos", then "fue detenido el lunes ... en la capital
                    // de la provincia": the lead's day, and the finer place, are its other operations' too
                    toldAgainLater(work, earlier, merged, within);
                }
                return;
            }
            OperationFact dated = announcedLater(work, earlier, op) ? op : announcedLater(work, op, earlier) ? earlier : null;
            if (earlier.type().equals(op.type()) && dated != null && compatiblePlace(earlier, op)) {
                work.operations.set(i, merge(work, earlier, op).withDate(dated.date(), dated.datePrecision(), dated.dateSpan()));
                datesAnnouncedMates(work, dated == op ? earlier : op, dated);
                return;
            }
        }
        work.operations.add(op);
    }

    /**
     * An operation of a lead told again later with its day, or at a place within the lead's ({@code within}): the lead's other
     * operations, dated by the page or placed at the lead's wider place, take that day and place.
     */
    private static void toldAgainLater(Work work, OperationFact lead, OperationFact merged, boolean within) {
        if (merged.dateSpan() != null) {
            datesSentenceMates(work, lead.sentence(), merged); // (only those the page dates)
        }
        if (within) {
            for (int k = 0; k < work.operations.size(); k++) {
                OperationFact mate = work.operations.get(k);
                if (mate != merged && mate.sentence().equals(lead.sentence()) && LEAD_TYPES.contains(mate.type())
                        && java.util.Objects.equals(mate.placeSpan(), lead.placeSpan())) {
                    work.operations.set(k, mate.withPlaceOf(merged));
                }
            }
        }
    }

    /**
     * "said on Sunday that it had seized 600 kilograms and arrested five men" and then "the drugs were taken late on Saturday":
     * the operations told beside the announced one, dated by the same day of telling, were made on the day it turned out to have.
     */
    private static void datesAnnouncedMates(Work work, OperationFact announced, OperationFact dated) {
        if (announced.dateSpan() != null) {
            redateMates(work, announced.sentence(), announced.dateSpan(), SAME_EVENT, dated);
        }
    }

    private static boolean insideAnOrganizationsName(Work work, Span trigger) {
        for (Mention m : work.mentionsIn(new Span(Math.max(0, trigger.start() - 80), Math.min(work.text().length(), trigger.end() + 80)))) {
            if (m.kind() == EntityKind.ORGANIZATION && m.span().contains(trigger) && !m.span().equals(trigger)) {
                return true;
            }
        }
        return false;
    }

    /** Whether its sentence opens on another operation: "En un operativo separado, ...", "Separately, ...", "En otro procedimiento, ...". */
    private static boolean openedAsAnother(Work work, OperationFact op) {
        return IN_ANOTHER_OPERATION.matcher(work.text()).region(op.sentence().start(), op.trigger().start()).lookingAt();
    }

    /** "A second fishing boat carrying heroin was stopped": the sentence opens on another boat than the one told before. */
    private static final Pattern ANOTHER_BOAT_FIRST = Pattern.compile("(?U)(?i)^\\W*(?:another|a\\s+(?:second|third|fourth)|otr[oa]"
            + "|(?:un|una)\\s+(?:segund[oa]|tercer[oa]?))\\s+(?:[\\p{L}-]+\\s+){0,2}?" + VESSEL + "\\b");

    private static final Pattern SUM_OPENER = Pattern.compile("(?U)(?i)^\\W*(?:en\\s+total|in\\s+total|in\\s+all|all\\s+told|altogether|en\\s+conjunto)\\b");

    /** "They are being held while the investigation continues": the people told before, in custody. */
    private static final Pattern THEY_ARE_HELD = Pattern.compile("(?U)(?i)^\\W*(?:they|he|she|both(?:\\s+men|\\s+women)?|the\\s+two(?:\\s+men)?"
            + "|the\\s+three(?:\\s+men)?)\\s+(?:are|were|is|was)\\s+(?:being\\s+held|in\\s+(?:police\\s+)?custody|under\\s+arrest)\\b");

    /**
     * "In the exchange of fire one trafficker was detained": the clash the sentences before told, part of the operation told
     * up to three sentences back.
     */
    private static final Pattern IN_THE_FIGHT = Pattern.compile("(?U)(?i)^\\W*(?:in|during|after)\\s+the\\s+(?:ensuing\\s+)?(?:exchange\\s+of"
            + "\\s+(?:fire|gunfire)|shoot-?out|firefight|gunfight|skirmish|clash|chase|pursuit)\\b");

    /** "Police also arrested Tran Duc Thanh and Ly A Sua": others than those told before, arrested. */
    private static final Pattern ALSO_ARRESTED = Pattern.compile("(?U)(?i)^\\W*(?:(?:the\\s+)?police|officers|agents)\\s+(?:have\\s+)?also"
            + "\\s+(?:arrested|detained|apprehended)$");

    /** "A second man said to be linked to the case was arrested": the sentence opens on another person than those told before. */
    private static final Pattern ANOTHER_PERSON_FIRST = Pattern.compile("(?U)(?i)^\\W*(?:another|a\\s+(?:second|third|fourth)|otr[oa]"
            + "|(?:un|una)\\s+(?:segund[oa]|tercer[oa]?))\\s+(?:man|woman|person|suspect|individual|hombre|mujer|persona|sospechos[oa])\\b");

    /** A sentence opening "The seizure is the latest in a run of smuggling attempts", "El decomiso es el último de una serie de": others follow. */
    private static final Pattern LATEST_OF_A_SERIES = Pattern.compile("(?U)(?i)^\\W*(?:(?:the|this|that|it)\\s+(?:\\p{L}+\\s+){0,2}?(?:is|was|marks"
            + "|marked)\\s+the\\s+latest\\s+in\\s+a\\s+(?:\\p{L}+\\s+)?(?:run|series|string|spate|wave|line|succession)\\s+of"
            + "|(?:el|la|este|esta)\\s+(?:\\p{L}+\\s+){0,2}?(?:es|fue)\\s+(?:el|la)\\s+(?:último|última)\\s+de\\s+una\\s+(?:serie|ola|cadena"
            + "|racha)\\s+de)\\b");

    /** Whether the sentence before the operation's called what it told the latest of a series: the operations after it are others. */
    private static boolean afterTheLatestOfASeries(Work work, OperationFact op) {
        int index = sentenceWith(work, op.trigger());
        return index > 0 && LATEST_OF_A_SERIES.matcher(work.sentences.get(index - 1).of(work.text())).find();
    }

    /** The index of the document's sentence that holds the span (an operation's own span may be part of one), or -1. */
    private static int sentenceWith(Work work, Span inside) {
        for (int index = 0; index < work.sentences.size(); index++) {
            if (work.sentences.get(index).contains(inside)) {
                return index;
            }
        }
        return -1;
    }

    /** Whether the words around the trigger tell the operation as another one than those before ("otro operativo", "two others"). */
    private static boolean toldAsAnother(Work work, OperationFact op) {
        String before = work.text().substring(Math.max(0, op.trigger().start() - 30), op.trigger().start());
        return ANOTHER.findIn(before) || ANOTHER_FIRST.matcher(op.trigger().of(work.text())).lookingAt()
                || openedAsAnother(work, op)
                || afterTheLatestOfASeries(work, op)
                || inAnotherCaseBrokenUp(work, op)
                || ANOTHER_BOAT_FIRST.matcher(work.text()).region(op.sentence().start(), op.trigger().start()).lookingAt()
                || op.type().equals("arrest")
                        && (ANOTHER_PERSON_FIRST.matcher(work.text()).region(op.sentence().start(), op.trigger().start()).lookingAt()
                                || ALSO_ARRESTED.matcher(work.text()).region(op.sentence().start(), op.trigger().end()).lookingAt())
                // "Esta incautación se suma a otra de la semana pasada, cuando la Armada interceptó una lancha": the other one
                || ADDS_TO_ANOTHER.matcher(work.text()).region(op.sentence().start(), op.trigger().start()).find()
                || OTHERS_AFTER.matcher(work.text()).region(op.trigger().end(), Math.min(work.text().length(), op.trigger().end() + 24))
                        .lookingAt() && !ALONG_WITH.matcher(work.text()).region(op.sentence().start(), op.trigger().start()).find();
    }

    /**
     * "Police said they had also broken up a Macedonian-Bulgarian drug smuggling group on Wednesday ... Four men ... were
     * arrested": an operation told in, or right after, a sentence that says another group was also broken up is that case's.
     */
    private static boolean inAnotherCaseBrokenUp(Work work, OperationFact op) {
        int index = work.sentences.indexOf(op.sentence());
        for (int k = Math.max(0, index - 1); k <= index && index >= 0; k++) {
            Span sentence = work.sentences.get(k);
            if (ALSO_BROKE_UP.matcher(work.text()).region(sentence.start(), sentence.end()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ALSO_BROKE_UP = Pattern.compile("(?U)(?i)\\balso\\s+(?:broken\\s+up|broke\\s+up|dismantled|busted|cracked"
            + "|smashed)\\s+(?:an?|another)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:group|ring|gang|network|cell)\\b");

    /**
     * "mató a catorce personas ..., informó este martes el secretario" and "el lunes ... realizó tres
     * ataques": one operation dated only by the day it was announced, the other by a date of its own
     * one to three days before (also when that date is told in a statement); they are one, on the earlier date.
     */
    private static boolean announcedLater(Work work, OperationFact announced, OperationFact dated) {
        return announced.date() != null && dated.date() != null && weakDate(work, announced) && dated.dateSpan() != null
                // (not two days of telling: "announced on Tuesday" a raid, and "said on Monday" that a ring was broken up)
                && !toldOnTheDay(work.text(), dated.dateSpan())
                && announced.date().isAfter(dated.date()) && !announced.date().isAfter(dated.date().plusDays(3));
    }

    private static final Pattern CUMULATIVE = Pattern.compile("(?U)(?i)\\b(?:ya son|ya suman|suman ya|ascienden? a|se elevan? a"
            + "|brings? the (?:total|number)|bringing the (?:total|number)|raising the (?:total|number)|the total number of)\\b");

    /**
     * "Los allanamientos se hicieron en Temuco, Santiago ...": the searches of one raid told as this report's, where they
     * took place (counted interdictions or strikes stay a tally however they are told).
     */
    private static final Pattern PLURAL_TOLD = Pattern.compile("(?U)(?i)^\\s+(?:se\\s+(?:hicieron|realizaron|efectuaron|llevaron\\s+a\\s+cabo)"
            + "|were\\s+(?:carried\\s+out|conducted|made)|took\\s+place)\\s+(?:en|in)\\b");

    /** "has seized more than $220 million worth of cocaine in several recent stops": the sum of stops the report does not tell. */
    private static final Pattern IN_SEVERAL_OPERATIONS = Pattern.compile("(?U)(?i)[^.;]{0,120}?\\b(?:in|during|across|over|en|durante)\\s+"
            + "(?:several|multiple|various|numerous|a\\s+series\\s+of|a\\s+number\\s+of|varias|varios|múltiples|diversas|diversos"
            + "|una\\s+serie\\s+de)\\s+(?:\\p{L}+\\s+){0,2}(?:stops|operations|interdictions|boardings|seizures|interceptions|raids"
            + "|operaciones|operativos|interdicciones|intercepciones|incautaciones|allanamientos|procedimientos)\\b");

    /** "stopped four different suspected smuggling boats", "interceptaron tres lanchas": several stops, counted. */
    private static final Pattern BOATS_STOPPED_COUNTED = Pattern.compile("(?U)(?i)\\b(?:stopped|intercepted|interdicted|boarded|detuvo|detuvieron"
            + "|interceptó|interceptaron|abordó|abordaron)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|dos|tres"
            + "|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|varios)\\s+(?:\\p{L}+\\s+){0,3}" + VESSEL + "\\b");
    /** "Its crew seized about 21,126 pounds of cocaine, worth about $156.4 million in all": a sum. */
    private static final Pattern IN_ALL = Pattern.compile("(?U)(?i)\\b(?:in all|all told|altogether|in total|en total|en conjunto)\\b");

    /** Whether the sentence sums up the stops the sentence before it counted. */
    private static boolean sumOfCountedStops(String text, Span sentence) {
        if (!IN_ALL.matcher(text).region(sentence.start(), sentence.end()).find()) {
            return false;
        }
        int end = sentence.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = Math.max(text.lastIndexOf(". ", end - 2), text.lastIndexOf('\n', end - 2)) + 1;
        return end > start && BOATS_STOPPED_COUNTED.matcher(text).region(start, end).find();
    }

    /** Whether the trigger counts seizures rather than tells one: over a period, of counted loads, or of several stops. */
    private static boolean tally(String text, Span sentence, Span trigger) {
        return periodTotal(text, sentence, trigger)
                || IN_SEVERAL_OPERATIONS.matcher(text).region(trigger.end(), sentence.end()).lookingAt()
                || sumOfCountedStops(text, sentence) || COUNTED_RESULTS.matcher(text).region(sentence.start(), sentence.end()).lookingAt()
                || COUNTED_LOADS.matcher(text.substring(Math.max(sentence.start(), trigger.start() - 60), trigger.start())).find()
                || SHARE_OF_A_COUNT.matcher(text.substring(Math.max(sentence.start(), trigger.start() - 50), trigger.start())).find()
                || AMOUNT_OF.matcher(text.substring(Math.max(sentence.start(), trigger.start() - 60), trigger.start())).find()
                || PEAKED.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** "Seizures peaked in 2022, when 822 kilograms were confiscated", "alcanzaron su máximo en 2022": the high point of a series. */
    private static final Pattern PEAKED = Pattern.compile("(?U)(?i)\\b(?:peaked|reached\\s+(?:its|their|a|an)\\s+(?:highest|peak|record|all-time)"
            + "|alcanz(?:ó|aron)\\s+(?:su|un)\\s+(?:máximo|récord|pico))\\b");

    /** "the amount of cocaine seized by Swedish Customs peaked in 2022", "el volumen de droga incautada": a measure over many finds. */
    private static final Pattern AMOUNT_OF = Pattern.compile("(?U)(?i)\\b(?:amount|volume|quantity|tonnage|cantidad|volumen)\\s+(?:of|de)\\s+"
            + "(?:[\\p{L}-]+\\s+){1,3}$");

    /** "more than half have been arrested", "la mayoría fueron detenidos": a share of people counted, not an operation. */
    private static final Pattern SHARE_OF_A_COUNT = Pattern.compile("(?U)(?i)\\b(?:half|a third|two-thirds|a quarter|most|la mitad"
            + "|la mayoría|la tercera parte)(?:\\s+(?:of|de)\\s+(?:them|those|ellos|ellas))?\\s+(?:have\\s+been|had\\s+been|were|han\\s+sido"
            + "|habían\\s+sido|fueron)\\s+$");

    /**
     * "Dos procedimientos cerca de Ciudad del Este dejaron tres detenidos y al menos 31 kilos de droga decomisados": the sum of
     * operations the report then tells one by one.
     */
    private static final Pattern COUNTED_RESULTS = Pattern.compile("(?U)(?i)^\\W*(?:" + COUNT_WORD + "|sendos)\\s+(?:procedimientos|operativos|operaciones|allanamientos|operations|raids)\\b[^.;]{0,140}?\\b(?:dejaron|dejó"
            + "|resultaron en|culminaron con|arrojaron|left|resulted in|yielded)\\b");

    /** "Six cocaine consignments seized in the United Kingdom, Spain and the Netherlands", "tres cargamentos incautados": several, counted. */
    private static final Pattern COUNTED_LOADS = Pattern.compile("(?U)(?i)\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|several|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias)\\s+(?:\\p{L}+\\s+){0,2}(?:consignments|shipments"
            + "|loads|cargoes|cargamentos|envíos|cargas|embarques)\\s+(?:(?:that\\s+)?(?:were|had been)\\s+|que\\s+fueron\\s+)?$");

    /**
     * Whether a period the trigger's own clause gives makes the quantity a tally (no comma between
     * them): "customs intercepted 43 tonnes there in the first half of the year".
     */
    private static boolean periodTotal(String text, Span sentence, Span trigger) {
        if (YEAR_RECORD.matcher(text).region(sentence.start(), sentence.end()).lookingAt()
                || COUNTED_OPERATIONS.matcher(text).region(sentence.start(), sentence.end()).find()
                        && Dates.dayRangeIn(text, sentence.start(), sentence.end())) {
            return true; // "seis operativos entre el 9 y el 19 de julio, en los que incautó 1,98 toneladas": their sum over days
        }
        if (yearsTonnage(text, sentence)) {
            return true;
        }
        Matcher m = PERIOD_TOTAL.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            String between = m.end() <= trigger.start() ? text.substring(m.end(), trigger.start())
                    : trigger.end() <= m.start() ? text.substring(trigger.end(), m.start()) : "";
            if (between.length() < 120 && between.indexOf(',') < 0 && between.indexOf(';') < 0) {
                return true;
            }
            if (m.end() <= trigger.start() && JOINED_CLAUSE.matcher(between).matches()
                    && Dates.find(text.substring(trigger.end(), sentence.end()), 0, LATEST_PAGE_DAY, null).isEmpty()) {
                return true; // "... were arrested in January and February, and 145.7 kg of narcotics were seized.": the same months
            }
        }
        return false;
    }

    /** A page's day after any a clause can name, for asking only whether it names one ("on Saturday" needs a day to count from). */
    private static final LocalDate LATEST_PAGE_DAY = LocalDate.of(9999, 12, 31);
    /** ", and 145.7 kg of narcotics were ": a clause joined to the one before by "and", up to its verb. */
    private static final Pattern JOINED_CLAUSE = Pattern.compile("(?U)(?i)^,?\\s+(?:and|y)\\s+[^,;]{1,80}$");

    /** The load a seizure found, and where it came from: "a container of bananas from Ecuador" (see also {@link #ORIGIN_BEFORE}). */
    private static final Pattern LOAD_FROM = Pattern.compile("(?U)(?i)\\b(?:containers?|shipments?|cargo|loads?|consignments?)\\s+"
            + "(?:of\\s+\\p{L}+\\s+)?(?:from|arriving from)\\s+(?:the\\s+)?$");

    private static final Pattern IN_A_YEAR = Pattern.compile("(?U)(?i)\\b(?:en|in|durante|during)\\s+(?:el\\s+año\\s+|the\\s+year\\s+)?20\\d{2}\\b");
    private static final Pattern TONNES = Pattern.compile("(?U)(?i)\\b(\\d{1,3}(?:[.,]\\d{3})*)(?:[.,]\\d{1,2})?\\s+(?:toneladas|tonnes|tons|metric tons)\\b");

    /**
     * "En 2025 las fuerzas de seguridad decomisaron 214,53 toneladas de droga", "Panamá ... decomisó unas 80 toneladas ... en
     * 2024": tens of tonnes in a year are that year's sum, not one seizure (the largest single loads are some twenty tonnes).
     */
    private static boolean yearsTonnage(String text, Span sentence) {
        if (!IN_A_YEAR.matcher(text).region(sentence.start(), sentence.end()).find()) {
            return false;
        }
        Matcher t = TONNES.matcher(text).region(sentence.start(), sentence.end());
        while (t.find()) {
            if (Integer.parseInt(t.group(1).replaceAll("[.,]", "")) >= 30) {
                return true;
            }
        }
        return false;
    }

    /** "En 2021 Ecuador incautó un récord de 210 toneladas": a year framing the sentence, and a record or total: a year's tally. */
    private static final Pattern YEAR_RECORD = Pattern.compile("(?U)(?i)^(?:en|in|durante|during)\\s+\\d{4}\\s+(?-i:\\p{Lu})[^.;]*?"
            + "\\b(?:récord|record|en total|in total|a total of|un total de|in all)\\b"
            // "En el año fiscal 2025, del 1 de octubre de 2024 al 30 de septiembre de 2025, la Guardia Costera incautó ...": a year's sum
            + "|^\\W*(?:en|in|durante|during)\\s+(?:el\\s+|the\\s+)?(?:año\\s+fiscal|fiscal\\s+year|FY)\\s*\\d{4}\\b");

    private static final String MONTH_EN = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String MONTH_ES = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
            + "|diciembre)";
    /** A period a quantity was seized over, which makes it a tally: "in July alone", "so far this year", "en el primer semestre". */
    private static final Pattern PERIOD_TOTAL = Pattern.compile("(?U)(?i)\\b(?:in the first (?:half|six months|quarter|three months)"
            + "|so far this (?:year|month)|(?:in|during) (?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|\\d{4}|(?:this|last) (?:year|month)) alone|en lo que va (?:del|de este|de) (?:año|mes)|en lo corrido (?:del|de este) (?:año|mes)|en el primer (?:semestre|trimestre)"
            + "|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) (?:solamente|nada más)"
            // "49 suspects had been arrested over the course of the investigation": the tally of a whole inquiry
            // "la Dirección de Antinarcóticos suma este año 422 toneladas de cocaína incautadas"
            + "|(?:suma|suman|acumula|acumulan|lleva|llevan|totaliza|totalizan)\\s+(?:en\\s+)?(?:este|el)\\s+año"
            // "la Operación Sable de la Marina suma 58 personas detenidas": a count kept running
            + "|(?:suma|suman|acumula|acumulan|totaliza|totalizan)(?=\\s+(?:más de\\s+|al menos\\s+|unos?\\s+|unas\\s+)?[\\d.,]+\\s)"
            + "|en lo que va de(?:l año)? \\d{4}"
            // "have seized about 39 kilograms ... over the past three months", "en los últimos seis meses": a span's sum
            + "|(?:over|in|during|within)\\s+the\\s+(?:past|last)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|\\d{1,2}|several|few)\\s+(?:weeks|months|years)|en\\s+los\\s+últimos\\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho"
            + "|nueve|diez|once|doce|\\d{1,2}|varios)\\s+(?:meses|años|semanas)"
            // "2,790 drug suspects ... were arrested in January and February", "entre enero y mayo de 2023": months' sum
            + "|(?:in|during|between|from) " + MONTH_EN + " (?:and|to|through|until) " + MONTH_EN
            + "|(?:entre|de|desde) " + MONTH_ES + " (?:y|a|hasta) " + MONTH_ES
            + "|over the course of (?:the|its|their) (?:\\S+ )?investigations?|(?:during|throughout) the (?:\\S+ )?investigations"
            + "|throughout the investigation|a lo largo de (?:la|las) investigaci(?:ón|ones)|en el curso de (?:la|las) investigaci(?:ón|ones))\\b");

    /** "up to five million dollars" for one leader and "up to four million" for another: two offers, however dated. */
    private static boolean differentRewards(OperationFact a, OperationFact b) {
        return a.type().equals("reward") && b.type().equals("reward") && a.amount() != null && b.amount() != null
                && !a.amount().equals(b.amount());
    }

    /** Dates agree, or one of them is only the report's own date (a headline, an undated sentence). */
    private static boolean compatible(OperationFact a, OperationFact b) {
        return a.date() == null || b.date() == null || a.date().equals(b.date()) || "publication".equals(a.datePrecision()) && near(b, a)
                || "publication".equals(b.datePrecision()) && near(a, b)
                // "stopped a semi-submersible ... earlier this month" and "... on Sept. 5 and sent two small boats to board it": one stop
                // (not seizures or strikes: "earlier this month ... found" and "On 6 July ... were also found" are two)
                || a.type().equals("interdiction") && (dayWithinItsMonth(a, b) || dayWithinItsMonth(b, a));
    }

    /** Whether {@code day} is dated to a day of the month {@code month} is dated to only ("earlier this month", "on Sept. 5"). */
    private static boolean dayWithinItsMonth(OperationFact month, OperationFact day) {
        return "month".equals(month.datePrecision()) && "day".equals(day.datePrecision()) && month.date() != null && day.date() != null
                && YearMonth.from(month.date()).equals(YearMonth.from(day.date()));
    }

    /** An operation dated within a month before the report's date may be its main one; "en diciembre de 2024" in 2025 is not. */
    private static boolean near(OperationFact dated, OperationFact published) {
        return !dated.date().isBefore(published.date().minusDays(31));
    }

    /** A spot within a town, named by what it is: "el Rancho El Llano", "la colonia Centro", "Finca La Esperanza". */
    private static final Pattern VENUE = Pattern.compile("(?U)(?i)^(?:rancho|finca|hacienda|colonia|barrio|fraccionamiento|ejido|predio"
            + "|granja|quinta|ranch|farm)\\s");

    private static boolean compatiblePlace(OperationFact a, OperationFact b) {
        if (a.place() == null || b.place() == null || international(a.place()) && atSea(b.place()) || international(b.place()) && atSea(a.place())) {
            return true; // "en aguas internacionales" and "en el Pacífico" say the same sea
        }
        if (VENUE.matcher(a.place()).lookingAt() != VENUE.matcher(b.place()).lookingAt()) {
            return true; // "la detención ... en Juchitán" and "catearon un inmueble en el Rancho El Llano, donde aprehendieron a ...": one
        }
        String x = Names.key(a.place());
        String y = Names.key(b.place());
        return x.equals(y) || x.contains(y) || y.contains(x) || (a.country() != null && a.country().equals(b.country()));
    }

    /**
     * Whether an operation's date is only the report's own, another operation's, or the day a
     * statement was made ("Hegseth announced on Sunday"): a date a later sentence states for the
     * operation itself ("The attack took place on Friday") replaces it.
     */
    private static boolean weakDate(Work work, OperationFact op) {
        return op.dateSpan() == null || spokenOn(work.text(), op.dateSpan());
    }

    /**
     * Whether a date is written right after a verb of telling ("Hajjar said on Monday that"), so the day of the telling, not a
     * day the told clause gives ("explicó que el lunes ... realizó tres ataques").
     */
    private static boolean toldOnTheDay(String text, Span date) {
        return SAID_ON.matcher(text).region(Math.max(0, date.start() - 20), date.start()).find();
    }

    /** Whether the operation is dated by the day a speaker told of it in an earlier sentence ("said on Monday that ... According to him"). */
    private static boolean toldTheSentenceBefore(Work work, OperationFact op) {
        if (op.dateSpan() == null || !toldOnTheDay(work.text(), op.dateSpan())) {
            return false;
        }
        int index = sentenceWith(work, op.trigger());
        return index >= 0 && !work.sentences.get(index).contains(op.dateSpan());
    }

    /** Whether a date is the day something was said ("announced on Sunday", "el lunes, informó"). */
    private static boolean spokenOn(String text, Span date) {
        String before = text.substring(Math.max(0, date.start() - 30), date.start());
        String after = text.substring(date.end(), Math.min(text.length(), date.end() + 30));
        return SPEECH_BEFORE.findIn(before) || SPEECH_AFTER.matcher(after).find();
    }

    private static OperationFact merge(Work work, OperationFact a, OperationFact b) {
        if (withinItsPlace(work.text(), a, b)) {
            // "arrested ... in Virginia on Thursday" then "took him into custody in Woodbridge, Virginia": the town in it
            a = a.withPlaceOf(b);
        } else if (a.type().equals("seizure") && a.place() != null && atSea(a.place()) && b.place() != null && !atSea(b.place())) {
            // "se incautó ... en la costa del océano Pacífico" then "la droga fue hallada en la playa del balneario Quizalá": the
            // shore where the drugs were found
            a = a.withPlaceOf(b);
        }
        boolean useB = b.dateSpan() != null && weakDate(work, a) && !weakDate(work, b)
                // the day within the month the other gave
                || a.type().equals("interdiction") && dayWithinItsMonth(a, b);
        List<DocEntity> conducting = new ArrayList<>(a.conducting());
        b.conducting().stream().filter(e -> !conducting.contains(e)).forEach(conducting::add);
        List<DocEntity> targeted = new ArrayList<>(a.targeted());
        b.targeted().stream().filter(e -> !targeted.contains(e)).forEach(targeted::add);
        return new OperationFact(a.type(), a.trigger(), useB ? b.date() : a.date(), useB ? b.datePrecision() : a.datePrecision(),
                useB ? b.dateSpan() : a.dateSpan(), a.place() != null ? a.place() : b.place(),
                a.country() != null ? a.country() : b.country(), a.placeSpan() != null ? a.placeSpan() : b.placeSpan(), conducting,
                targeted, a.fatalities() != null ? a.fatalities() : b.fatalities(),
                a.fatalitiesSpan() != null ? a.fatalitiesSpan() : b.fatalitiesSpan(),
                a.survivors() != null ? a.survivors() : b.survivors(), a.survivorsSpan() != null ? a.survivorsSpan() : b.survivorsSpan(), a.seizedKg() != null ? a.seizedKg() : b.seizedKg(),
                a.substance() != null ? a.substance() : b.substance(), a.quantitySpan() != null ? a.quantitySpan() : b.quantitySpan(),
                a.amount() != null ? a.amount() : b.amount(), a.currency() != null ? a.currency() : b.currency(),
                a.amountSpan() != null ? a.amountSpan() : b.amountSpan(), a.sentence(), Math.max(a.confidence(), b.confidence()));
    }
}
