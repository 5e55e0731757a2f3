package org.corridor.extract.pipeline;

import java.util.Locale;
import java.util.Map;

/**
 * Country names as news writes them, in English and Spanish, for the gazetteer; with them the seas
 * strikes happen in and the public bodies renamed after the tagger's models were trained.
 */
public final class CountryNames {
    private static final Map<String, String> EXTRA = Map.ofEntries(
            Map.entry("U.S.", "us"), Map.entry("US", "us"), Map.entry("USA", "us"), Map.entry("U.S.A.", "us"),
            Map.entry("United States of America", "us"), Map.entry("EE.UU.", "us"), Map.entry("EEUU", "us"),
            Map.entry("Estados Unidos de América", "us"), Map.entry("UK", "gb"), Map.entry("U.K.", "gb"),
            Map.entry("Britain", "gb"), Map.entry("Great Britain", "gb"), Map.entry("Reino Unido", "gb"),
            Map.entry("Venezuela", "ve"), Map.entry("Bolivia", "bo"), Map.entry("Russia", "ru"), Map.entry("Rusia", "ru"),
            Map.entry("Iran", "ir"), Map.entry("Irán", "ir"), Map.entry("Syria", "sy"), Map.entry("Siria", "sy"),
            Map.entry("Holland", "nl"), Map.entry("Holanda", "nl"), Map.entry("Países Bajos", "nl"),
            Map.entry("Trinidad", "tt"), Map.entry("Trinidad and Tobago", "tt"), Map.entry("Trinidad y Tobago", "tt"),
            Map.entry("Dominican Republic", "do"), Map.entry("República Dominicana", "do"), Map.entry("Perú", "pe"),
            Map.entry("Panamá", "pa"), Map.entry("México", "mx"), Map.entry("Haití", "ht"), Map.entry("Belice", "bz"),
            Map.entry("Brasil", "br"), Map.entry("Canadá", "ca"), Map.entry("China", "cn"), Map.entry("South Korea", "kr"), Map.entry("Korea", "kr"),
            Map.entry("North Korea", "kp"), Map.entry("Corea del Norte", "kp"), Map.entry("Corea del Sur", "kr"),
            Map.entry("the Netherlands", "nl"), Map.entry("Netherlands", "nl"), Map.entry("Vietnam", "vn"),
            Map.entry("Türkiye", "tr"), Map.entry("Turkey", "tr"), Map.entry("Turquía", "tr"), Map.entry("Curazao", "cw"),
            Map.entry("Curaçao", "cw"), Map.entry("Curacao", "cw"), Map.entry("Colombia", "co"), Map.entry("Ecuador", "ec"),
            // Java names it "Myanmar (Burma)", which news never writes
            Map.entry("Myanmar", "mm"), Map.entry("Burma", "mm"), Map.entry("Birmania", "mm"),
            // Java writes "Côte d’Ivoire" in both languages; news also writes the translated names, and Papua New Guinea's short form
            Map.entry("Costa de Marfil", "ci"), Map.entry("Ivory Coast", "ci"), Map.entry("Côte d'Ivoire", "ci"), Map.entry("PNG", "pg"),
            // Java names it "Czechia" ("Chequia"); news still writes the older name
            Map.entry("Czech Republic", "cz"), Map.entry("República Checa", "cz"),
            // Java names them "Hong Kong SAR China" and "Macao SAR China"
            Map.entry("Hong Kong", "hk"), Map.entry("Macao", "mo"), Map.entry("Macau", "mo"),
            // Guinea told from Guinea-Bissau and Equatorial Guinea by its capital, as West African news writes it
            Map.entry("Guinea Conakry", "gn"), Map.entry("Guinea-Conakry", "gn"), Map.entry("Guinée-Conakry", "gn"),
            // the hyphen Java writes is often left out
            Map.entry("Guinea Bissau", "gw"),
            // Kosovo has no ISO 3166 code; XK is the user-assigned code the EU and Java's display names use
            Map.entry("Kosovo", "xk"),
            // Java writes "Bosnia & Herzegovina"; news writes it out, shortens it, or uses the local initials
            Map.entry("Bosnia and Herzegovina", "ba"), Map.entry("Bosnia-Herzegovina", "ba"), Map.entry("Bosnia", "ba"),
            Map.entry("BiH", "ba"),
            // headlines shorten the north of a country's name: "N. Macedonia: Police seize ..."
            Map.entry("N. Macedonia", "mk"), Map.entry("N. Korea", "kp"), Map.entry("S. Korea", "kr"), Map.entry("S. Africa", "za"),
            Map.entry("S. Sudan", "ss"));

    private static final String[] SEAS = {"Caribbean", "Caribbean Sea", "Caribe", "Mar Caribe", "Pacific", "Pacific Ocean",
        "Eastern Pacific", "Pacífico", "Pacífico oriental", "Océano Pacífico", "Atlantic", "Atlántico", "Gulf of Mexico",
        "Golfo de México", "Gulf of America", "Mediterranean", "Mediterráneo"};

    /** The Department of Defense became the Department of War in September 2025; CoreNLP's models predate the name. */
    private static final String[] RENAMED_BODIES = {"Department of War", "War Department", "Departamento de Guerra",
        "US Department of War", "U.S. Department of War", "US War Department", "U.S. War Department"};

    /**
     * European and international police bodies that CoreNLP's models (trained on older news) miss
     * or take for a person ("Frontex"), cut at a hyphen ("MAOC-N") or at "and" ("Customs and Border Protection").
     */
    private static final String[] POLICE_BODIES = {"Dirección de Investigación Criminal e Interpol", "Dirección de Investigación Criminal e INTERPOL",
        "Europol", "Eurojust", "Border Force", "Frontex", "Interpol", "Ameripol", "Guardia Civil", "MAOC-N",
        "MAOC (N)", "Customs and Border Protection", "US Customs and Border Protection", "U.S. Customs and Border Protection",
        "Immigration and Customs Enforcement", "US Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement",
        "Australian Border Force", "HSI", "Homeland Security Investigations", "DEA", "Drug Enforcement Administration", "US Drug Enforcement Administration",
        "U.S. Drug Enforcement Administration", "Guardacostas",
        // the gendarmerie of France and of French-speaking Africa and Madagascar, which the tagger misses after a dateline
        "National Gendarmerie", "Gendarmerie Nationale", "Gendarmerie nationale"};

    /** Encrypted-phone services whose cracking reports cite, which the tagger cuts ("ECC") or misses. */
    private static final String[] PHONE_SERVICES = {"Sky ECC", "EncroChat", "ANOM", "Sky Global"};

    /**
     * Spanish names of small territories that Latin American and Spanish news mostly use for places of their own: "la cárcel
     * del Encuentro, en Santa Elena" (Ecuador, not Saint Helena), Granada (Spain), Guadalupe and San Martín (Mexico, Peru).
     */
    private static final java.util.Set<String> PLACES_FIRST = java.util.Set.of("Santa Elena", "Granada", "Guadalupe", "San Martín",
            "Santa Lucía");

    private CountryNames() {
    }

    public static Gazetteer addTo(Gazetteer gazetteer) {
        for (String alpha2 : Locale.getISOCountries()) {
            String code = alpha2.toLowerCase(Locale.ROOT);
            Locale country = Locale.of("", alpha2);
            for (Locale in : new Locale[] {Locale.ENGLISH, Locale.of("es")}) {
                String name = country.getDisplayCountry(in);
                if (PLACES_FIRST.contains(name)) {
                    gazetteer.addPlace(name);
                } else if (!name.contains("(") && !name.contains(",") && !name.equalsIgnoreCase(alpha2)) {
                    gazetteer.addCountry(name, code);
                }
            }
        }
        EXTRA.forEach((name, code) -> gazetteer.addCountry(name, code));
        for (String sea : SEAS) {
            gazetteer.addPlace(sea);
        }
        for (String body : RENAMED_BODIES) {
            gazetteer.addBody(body);
        }
        for (String body : POLICE_BODIES) {
            gazetteer.addBody(body);
        }
        for (String service : PHONE_SERVICES) {
            gazetteer.addBody(service);
        }
        return gazetteer;
    }

    /** The country a name names, in English or Spanish ("Estados Unidos", "EE.UU.", "United States"), or null. */
    public static String code(String name) {
        String wanted = name.strip();
        String extra = EXTRA.get(wanted);
        return extra != null ? extra : ByName.CODES.get(wanted.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word ending in "an" is a people's name for a country's ("Colombian", "Honduran", "Iranian", "Afghan"): its stem
     * is in a country's name. "Makran", a region, is not.
     */
    public static boolean demonym(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("an") || lower.length() < 5) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 2);
        String shorter = stem.endsWith("i") || stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
        return ByName.CODES.keySet().stream().anyMatch(country -> country.contains(stem) || country.contains(shorter));
    }

    /**
     * Whether a name of two words or more is the people's word for a country of as many ("Sierra Leonean", "South African",
     * "Papua New Guinean", and their plurals), which the tagger sometimes takes for a body.
     */
    public static boolean demonymPhrase(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        lower = lower.endsWith("ans") ? lower.substring(0, lower.length() - 1) : lower; // "five Sierra Leoneans": the people
        if (lower.indexOf(' ') < 0 || !lower.endsWith("an")) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 2);
        return ByName.CODES.keySet().stream().anyMatch(country -> country.startsWith(stem) && country.length() - stem.length() <= 1
                && country.indexOf(' ') > 0);
    }

    /** The ISO countries by their English and Spanish names, lower case; built on first use. */
    private static final class ByName {
        static final Map<String, String> CODES = new java.util.HashMap<>();

        static {
            for (String alpha2 : Locale.getISOCountries()) {
                Locale country = Locale.of("", alpha2);
                for (Locale in : new Locale[] {Locale.ENGLISH, Locale.of("es")}) {
                    CODES.putIfAbsent(country.getDisplayCountry(in).toLowerCase(Locale.ROOT), alpha2.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** The English name of a country code, for places and reports. */
    public static String name(String code) {
        return Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
    }
}
