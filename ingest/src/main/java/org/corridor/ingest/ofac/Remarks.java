package org.corridor.ingest.ofac;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the Remarks field of OFAC's legacy CSV into typed facts. OFAC packs birth dates and
 * places, nationalities, documents, aliases and "Linked To:" ties into one free-text field of
 * clauses separated by semicolons; a clause we do not recognise is kept whole as a note, so
 * nothing is lost.
 */
final class Remarks {
    /** One fact: a property of the listed entity (or a special key), and its value. */
    record Fact(String key, String value, String clause) {
    }

    static final String LINK = "$link";
    static final String PROVISION = "$provision";

    /** A clause rule; {@code prefix} is literal text the clause must start with before the regex is tried. */
    private record Rule(String prefix, Pattern pattern, String key) {
    }

    private static final String ALT = "(?:alt\\. )?";
    private static final String COUNTRY_TAIL = "(?:\\s*\\(([^)]*)\\))?\\.?";
    private static final List<Rule> RULES = List.of(
            rule(ALT + "DOB (.+)", "birthDate"),
            rule(ALT + "POB (.+)", "birthPlace"),
            rule(ALT + "nationality (.+)", "nationality"),
            rule(ALT + "citizen (.+)", "citizenship"),
            rule(ALT + "Gender (.+)", "gender"),
            rule(ALT + "Passport (.+?)" + COUNTRY_TAIL, "passportNumber"),
            rule(ALT + "(?:National ID No\\.|Cedula No\\.|C\\.U\\.R\\.P\\.|D\\.N\\.I\\.|Identification Number|"
                    + "Personal ID Card|Credencial electoral|National Foreign ID Number|Residency Number|"
                    + "Kenyan ID No\\.|Citizen's Card Number|Bosnian Personal ID No\\.|Birth Certificate Number) (.+?)"
                    + COUNTRY_TAIL, "idNumber"),
            rule(ALT + "(?:R\\.F\\.C\\.|NIT #|Tax ID No\\.|RUC #|C\\.U\\.I\\.T\\.|RIF #|RTN|Tax Identification Number|"
                    + "C\\.I\\.F\\.|V\\.A\\.T\\. Number|Numero de Identidad Tributaria) (.+?)" + COUNTRY_TAIL, "taxNumber"),
            rule(ALT + "(?:Registration Number|Business Registration Document #|Company Number|Commercial Registry Number|"
                    + "Business Registration Number|Registration ID|Matricula Mercantil No|Legal Entity Number|"
                    + "Chamber of Commerce Number|Public Registration Number|Certificate of Incorporation Number) (.+?)"
                    + COUNTRY_TAIL, "registrationNumber"),
            rule("Website (.+)", "website"),
            rule(ALT + "Email Address (.+)", "email"),
            rule(ALT + "(?:Telephone|Phone Number|Telephone No\\.|Phone|Fax)[:]? (.+)", "phone"),
            rule("Organization Established Date (.+)", "incorporationDate"),
            rule("Organization Type: (.+)", "sector"),
            rule("Vessel Registration Identification IMO (\\d+)\\.?", "imoNumber"),
            rule("MMSI (\\d+)\\.?", "mmsi"),
            rule("Vessel Year of Build (\\d{4})\\.?", "buildDate"),
            rule("Former Vessel Flag (.+)", "pastFlags"),
            rule("Vessel Flag (.+)", "flag"),
            rule("Aircraft Model (.+)", "model"),
            rule("Aircraft Manufacture Date (.+)", "buildDate"),
            rule("Aircraft Manufacturer.s Serial Number \\(MSN\\) (.+)", "serialNumber"),
            rule("Aircraft Construction Number \\(also called L/N or S/N or F/N\\) (.+)", "serialNumber"),
            rule("Aircraft Tail Number (.+)", "registrationNumber"),
            rule("Linked To: (.+)", LINK),
            rule("(Additional Sanctions Information - .+)", PROVISION),
            rule("(Secondary sanctions risk: .+)", PROVISION),
            rule("(Executive Order \\d+ information: .+)", PROVISION),
            rule("(Transactions Prohibited For Persons Owned or Controlled By U\\.S\\. Financial Institutions: .+)", PROVISION));

    private static final Pattern ALIAS = Pattern.compile("([afnAFN])\\.k\\.a\\.,? (.+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']+(?:'[A-Za-z][^']*)*)'");

    private Remarks() {
    }

    private static Rule rule(String regex, String key) {
        String body = regex.startsWith(ALT) ? regex.substring(ALT.length()) : regex;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && !Character.isLetterOrDigit(body.charAt(i + 1))) {
                prefix.append(body.charAt(++i));
            } else if ("()[]{}?*+|^$.\\".indexOf(c) >= 0) {
                break;
            } else {
                prefix.append(c);
            }
        }
        // a quantifier may follow the last literal, so the prefix stops one character short of it
        String literal = prefix.length() > 0 && body.length() > prefix.length() ? prefix.substring(0, prefix.length() - 1) : prefix.toString();
        return new Rule(literal, Pattern.compile(regex), key);
    }

    static List<Fact> parse(String remarks) {
        List<Fact> facts = new ArrayList<>();
        if (remarks == null || remarks.isBlank()) {
            return facts;
        }
        for (String clause : clauses(remarks)) {
            parseClause(clause, facts);
        }
        return facts;
    }

    private static void parseClause(String clause, List<Fact> facts) {
        Matcher alias = ALIAS.matcher(clause);
        if (clause.length() > 5 && clause.charAt(1) == '.' && alias.matches()) {
            String key = switch (alias.group(1).toLowerCase(Locale.ROOT)) {
                case "f" -> "previousName";
                default -> "alias";
            };
            Matcher quoted = QUOTED.matcher(alias.group(2));
            boolean any = false;
            while (quoted.find()) {
                facts.add(new Fact(key, quoted.group(1), clause));
                any = true;
            }
            if (!any) {
                facts.add(new Fact(key, alias.group(2), clause));
            }
            return;
        }
        String body = clause.startsWith("alt. ") ? clause.substring(5) : clause;
        for (Rule rule : RULES) {
            if (!body.startsWith(rule.prefix())) {
                continue;
            }
            Matcher m = rule.pattern().matcher(clause);
            if (m.matches()) {
                facts.add(new Fact(rule.key(), stripPeriod(m.group(1)), clause));
                return;
            }
        }
        facts.add(new Fact("notes", clause, clause));
    }

    /** Clauses separated by "; ", except inside a quoted alias. */
    static List<String> clauses(String remarks) {
        String text = remarks.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                // an alias opens with a quote after a space and closes with one not followed by a letter
                if (!quoted && (i == 0 || text.charAt(i - 1) == ' ')) {
                    quoted = true;
                } else if (quoted && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                    quoted = false;
                }
            }
            if (c == ';' && !quoted) {
                add(out, current);
                continue;
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String clause = current.toString().strip();
        if (!clause.isEmpty()) {
            out.add(clause);
        }
        current.setLength(0);
    }

    private static String stripPeriod(String value) {
        String v = value.strip();
        return v.endsWith(".") && !v.endsWith("..") && v.length() > 1 && !v.matches(".*\\b[A-Z]\\.$") ? v.substring(0, v.length() - 1) : v;
    }

    /** A date clause may give a range ("1962 to 1964"): each end is a value. */
    static List<String> dates(String value) {
        String v = value.replaceFirst("(?i)^circa ", "");
        String[] parts = v.split(" to ");
        return parts.length == 2 ? List.of(parts[0].strip(), parts[1].strip()) : List.of(v);
    }

    /** The country of a place such as "Culiacan, Sinaloa, Mexico": its last comma-separated part. */
    static String lastPart(String place) {
        int comma = place.lastIndexOf(',');
        return comma < 0 ? place.strip() : place.substring(comma + 1).strip();
    }
}
