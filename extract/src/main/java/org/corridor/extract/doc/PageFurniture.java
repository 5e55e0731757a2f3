package org.corridor.extract.doc;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a scraped web page that are not the report: navigation bars, share and follow
 * widgets, bylines, photo credits, "Related"/"Most read" lists, tags, cookie notices. They are
 * blanked (each character but line ends becomes a space) in the text the rules read, so nothing
 * is found in them while every offset still points into the stored text unchanged.
 */
public final class PageFurniture {
    /** Lines that start like page furniture, in English and Spanish (matched against the folded line, already lower case). */
    private static final Pattern STARTS = Pattern.compile("^(?:share|compart|comparte|related|relacionad|read more|also read|"
            + "more on|more from|lea tambi|te puede interesar|sigue leyendo|tags?:|etiquetas:|temas relacionados|archivado en|"
            + "most read|most popular|lo mas|ultimas noticias|latest news|trending|follow us|siguenos|subscribe|suscrib|sign up|"
            + "unirse al canal|copyright|©|cover photo|photo:|foto:|fotografia:|advertisement|publicidad|previous article|"
            // "Foto de archivo: el presidente de Colombia, Gustavo Petro (DPA)": a caption
            + "foto de archivo|imagen de archivo|file photo|"
            + "next article|noticias relacionadas|see full page|we use cookies|usamos cookies|comentarios|comments|"
            + "noticia hecha con|print\\b|read at |published by|publicado por|updated|actualizado|keep reading|continue reading|"
            + "siga leyendo|seguir leyendo|leer mas|lee tambien|ver tambien|see also|read also|more news|mas noticias|"
            + "le puede interesar|te recomendamos|le recomendamos|te podria interesar|read next|recommended|you may also like|"
            + "escuche |escucha |listen live|watch live|ver en vivo|conozca:|conoce:|vea tambien|mire tambien|ver mas:|lea mas:|"
            + "top stories|more stories|editor's picks|editors' picks|sponsored|contenido patrocinado|patrocinado|newsletter|"
            + "boletin|descarga la app|descargue la app|download the app|download our app|join our|unete a|"
            + "ver video|image:|imagen:|credito:|credit:|getty images|lo ultimo:|lo ultimo$|mas leid|trending now|popular now|"
            + "don't miss|dont miss|no te pierdas|no se pierda|click here|haz clic|haga clic|inicia sesion|iniciar sesion|log in|"
            + "sign in|editor's note|editors' note|editor’s note|nota del editor|nota de la redaccion|nota de redaccion|"
            // "All news" under a column of other stories' titles: the link to the site's list
            + "all news$|view all$|see all$|load more$|ver todas$|todas las noticias$)");
    /** A comment widget's notice, a sentence of its own: "Please enable JavaScript to view the comments powered by Disqus." */
    private static final Pattern WIDGET_NOTICE = Pattern.compile("^(?:please )?enable javascript|^(?:por favor,? )?(?:habilite|habilita|active|activa)"
            + " javascript|powered by disqus");
    /** A copyright or rights line of any length up to a short paragraph: "Copyright 2025 Sunbeam Television Corp. All rights reserved." */
    private static final Pattern RIGHTS = Pattern.compile("^(?:copyright|©|\\(c\\))[^\\n]{0,160}$|^[^\\n]{0,120}all rights reserved\\.?$"
            + "|^[^\\n]{0,120}todos los derechos reservados\\.?$"
            // "Any material published on the website of the Moldpres News Agency is the agency's intellectual property."
            + "|^any material (?:published|posted)[^\\n]{0,200}intellectual\\s+p[^\\n]{0,200}$");
    /**
     * A credit line: "Con información de EFE", "(With reporting from Reuters)", "Fuente: Agencia Andes";
     * short and without a comma, since "Con información de la Fiscalía, la Marina ..." is a sentence.
     */
    /** An agency and where it filed from, alone on a line: "EFE Algeciras (Cádiz)", "AFP Bogotá". */
    private static final Pattern AGENCY_LINE = Pattern.compile("^(?:efe|afp|ap|reuters|europa press|dpa|ansa|xinhua)\\s+[^.]{2,40}$");
    /** Agencies credited together, maybe with where they filed from: "AFP and Reuters, MELBOURNE", "EFE y AFP". */
    private static final String AGENCY = "(?:efe|afp|ap|reuters|europa press|dpa|ansa|xinhua|associated press|bloomberg)";
    private static final Pattern AGENCIES_LINE = Pattern.compile("^" + AGENCY + "(?:\\s*(?:,|and|y|&)\\s*" + AGENCY + ")+(?:,\\s*[^.]{2,40})?$");
    /** A source and a link to its page, as aggregators credit a story: "Reuters - go to original". */
    private static final Pattern ORIGINAL_LINK = Pattern.compile("^[^.\\n]{2,60}\\s[-–—|]\\s+(?:go to (?:the )?original|read (?:the )?original"
            + "|original (?:article|story)|ver (?:la )?(?:nota )?original|ir al original)$");
    /** A news agency's name alone on a line, crediting the report: "Europa Press", "(AFP)", "Reuters.". */
    private static final Pattern AGENCY_ALONE = Pattern.compile("^\\(?(?:efe|afp|ap|reuters|europa press|dpa|ansa|xinhua|associated press"
            + "|agence france-presse|notimex|ap news|keystone-sda|sda|keystone-ats|ats|apa|tass|pti|ians|yonhap|kyodo|anadolu|bernama)\\)?\\.?$");
    private static final Pattern CREDIT_LINE = Pattern.compile("^\\(?(?:con informacion de|with information from|with reporting "
            // "(With inputs from PTI)": how Indian papers credit a wire
            + "(?:by|from)|with (?:additional )?inputs from|additional reporting|reporting by|fuente:|source:)[^,]{0,50}$"
            // "(Reporting by Ana Gómez; editing by Luis Ruiz and Eva Paz)": the wire's staff credit closing a report
            + "|^\\((?:additional |writing and )?(?:reporting|writing|redacci[oó]n) (?:by|de|por) [^()]{2,150}\\)$");
    /** An agency describing itself, closing a report: "AFP es una agencia de noticias internacional." */
    private static final Pattern AGENCY_BLURB = Pattern.compile("^(?:" + AGENCY + "|sputnik|prensa latina) (?:es|is) (?:una|la|an?|the)"
            + " [^\\n]{0,150}$");
    /** A news agency credited in a dateline, anywhere in a line: "Ciudad de México, 15 ene (EFE).- ", "(CNN) — " opening one. */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("\\((?:AP|AFP|Reuters|EFE|dpa|UPI|Xinhua|Europa Press|ANSA|Sputnik|TASS"
            + "|Prensa Latina|Anadolu|Notimex|Bernama|Yonhap|Kyodo)\\)"
            // "KIEV, July 2. /TASS/.": the Russian wire's dateline credit, between slashes
            + "|/(?:ITAR-)?TASS/"
            + "|(?:^|(?<=[\\p{Lu}.,]\\s))\\(\\p{Lu}{3,6}\\)(?=\\s*[-—–])"
            // "Morelia, Michoacán (MiMorelia.com).- ": the site itself credited in its dateline
            + "|\\((?:[\\p{L}\\d-]+\\.)+(?:com|net|org|mx|co|es|ar|pe|cl|ec|ve|hn|gt|py|uy|bo|info|news|tv)(?:\\.\\p{L}{2})?\\)(?=\\s*\\.?\\s*[-—–])");
    /** A photo credit at the end of a caption: "(AP Photo)", "AFP/GETTY IMAGES", "REUTERS/Name", "Foto: EFE". */
    static final Pattern CREDIT = Pattern.compile("(?:\\(AP Photo[^)]*\\)|AFP/GETTY IMAGES|(?:REUTERS|AFP|EFE)/[^\\n]{0,40}"
            + "|Foto:?\\s[^\\n]{0,40}|Photo:?\\s[^\\n]{0,40}|\\(AP\\)"
            // "File Photo by Petty Officer 2nd Class Luke Clayton/U.S. Coast Guard": a photographer, rank and all, and the agency
            + "|Photo\\s+by\\s[^\\n]{0,80}/[^\\n]{2,40})\\s*$");

    /** A line of capitalised words and a capitalised place in brackets, nothing else: "The Accra Times (Accra)". */
    private static final Pattern OUTLET_AND_CITY = Pattern.compile("(?U)^(?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,4}"
            + "\\s+\\(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2}\\)$");

    /** A video player's label over the page: "Watch CBS News", "Ver N+ en vivo" (matched against the folded line). */
    /**
     * The heading over a page's readers' comments, "4 Responses to Police seize drugs", "12 thoughts on “...”": what follows to
     * the page's end is the readers', not the report.
     */
    private static final Pattern COMMENTS_HEAD = Pattern.compile("^(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
            + "(?:responses?|comments?|replies|reply|thoughts?)\\s+(?:to|on)\\s+\\S[^\\n]{0,150}$|^\\d{1,4}\\s+(?:comentarios?|respuestas?)\\s+"
            + "(?:a|en|sobre|para)\\s+\\S[^\\n]{0,150}$");
    /** Wires credited together by their short names, maybe with the paper's staff, as a byline: "• LETA/BNS/TBT Staff". */
    private static final Pattern WIRES_BY_SLASH = Pattern.compile("^(?:[•·*▪-]\\s*)?\\p{Lu}{2,6}(?:/\\p{Lu}{2,6})+(?:\\s+(?:Staff|staff|Reporters?))?$");
    /** The labels of a press office's contact block: "Email: ... Website: ... Mobile App: ...". */
    // (a colon after each, or "Tel." before a number: "sold on the dark web. Police traced him by phone." is a sentence)
    private static final Pattern CONTACT_LABEL = Pattern.compile("(?i)\\b(?:(?:e-?mail|website|web|tel|telephone|phone|fax|mobile app)\\s*:"
            + "|tel\\.\\s*(?=[+\\d(]))");
    private static final Pattern PLAYER_LABEL = Pattern.compile("(?:watch|ver|mira)\\s+[^.!?:]{1,30}\\s(?:news|tv|live|now|video|en vivo)");

    private PageFurniture() {
    }

    /**
     * A site's name in another script read in the wrong encoding, alone on a line ("91³Ô¹ÏÍø"): one word, at least half of it
     * Latin-1 letters and signs, and a sign (superscripts, currency, ¿¡ excepted) no word is spelt with.
     */
    private static boolean mojibake(String line) {
        if (line.length() < 3 || line.length() > 40 || line.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        long latin1 = line.chars().filter(c -> c >= 0x80 && c <= 0xFF).count();
        boolean sign = line.chars().anyMatch(c -> c >= 0xA2 && c <= 0xBE);
        return sign && latin1 * 2 >= line.length();
    }

    /** The text with page-furniture lines blanked; the same length, line ends where they were. */
    public static String mask(String text) {
        StringBuilder out = new StringBuilder(text);
        int start = 0;
        boolean inList = false;
        boolean afterSiteName = false;
        boolean inComments = false;
        String previous = "";
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            String trimmed = line.strip();
            boolean listHead;
            boolean furniture;
            // (a heading, not a sentence: "One comment on the case was made by the judge." is the report's)
            inComments = inComments || trimmed.length() <= LONGEST_SHORT_FORM && !trimmed.endsWith(".")
                    && COMMENTS_HEAD.matcher(fold(trimmed)).matches();
            if (inComments) {
                listHead = false;
                furniture = true;
            } else if (trimmed.length() > LONGEST_SHORT_FORM) {
                // a paragraph: of all the forms only a list item and a credit at its end fit so long a line
                listHead = false;
                furniture = (inList && isListItem(trimmed)) || isCredit(trimmed) || EMBEDDED_POST.matcher(trimmed).find()
                        || headlineTicker(trimmed);
                afterSiteName = false;
            } else {
                String folded = fold(trimmed);
                listHead = isListHead(folded);
                boolean known = listHead || isFurniture(trimmed, folded) || (inList && isListItem(trimmed))
                        || EMBEDDED_POST.matcher(trimmed).find() || masthead(trimmed, previous, text, end);
                boolean siteName = !known && BARE_NAME.matcher(trimmed).matches() && (dateLine(nextLine(text, end)) || dateLine(previous));
                furniture = known || siteName || dateLine(trimmed) || afterSiteName && slogan(trimmed, text, end);
                afterSiteName = trimmed.isEmpty() ? afterSiteName : siteName;
            }
            if (!furniture && mayCreditAgency(line)) {
                Matcher credit = AGENCY_CREDIT.matcher(line);
                while (credit.find()) {
                    for (int i = start + credit.start(); i < start + credit.end(); i++) {
                        out.setCharAt(i, ' ');
                    }
                }
            }
            if (!furniture) {
                // "... según datos oficiales. EFE", "... in Caracas. / XINHUA": the agency signing off a paragraph
                Matcher signOff = AGENCY_SIGN_OFF.matcher(line);
                if (line.length() > 20 && signOff.find()) {
                    for (int i = start + signOff.start(1); i < start + signOff.end(1); i++) {
                        out.setCharAt(i, ' ');
                    }
                }
            }
            if (!furniture) {
                // "WASHINGTON (AP) — ", "Guayaquil, Ecuador.– ", "Caribe / ": where the report was filed, not what it says
                Matcher dateline = DATELINE_PREFIX.matcher(line);
                Matcher dated = DATED_DATELINE.matcher(line);
                Matcher slashed = SLASHED_AGENCY_DATELINE.matcher(line);
                if (slashed.lookingAt()) {
                    // "Chisinau, 23 July /MOLDPRES/ - ", "NEW YORK, Jan. 5, 2024 /PRNewswire/ -- ": a state agency's or a wire release's
                    for (int i = start; i < start + slashed.end(); i++) {
                        out.setCharAt(i, ' ');
                    }
                } else if (dated.lookingAt()) {
                    // "Costas de Guerrero, 27 de junio de 2025.- ": where and when the report was filed
                    for (int i = start; i < start + dated.end(); i++) {
                        out.setCharAt(i, ' ');
                    }
                } else if (dateline.lookingAt() && datelineLike(dateline.group().strip())) {
                    for (int i = start; i < start + dateline.end(); i++) {
                        out.setCharAt(i, ' ');
                    }
                } else if (COLON_DATELINE.matcher(line).lookingAt()) {
                    // "ALOR SETAR: The Marine Police ...", "KARACHI: ...": the city in capitals and a colon, as Malaysian and South
                    // Asian papers open a report
                    Matcher colon = COLON_DATELINE.matcher(line);
                    colon.lookingAt();
                    for (int i = start; i < start + colon.end(); i++) {
                        out.setCharAt(i, ' ');
                    }
                }
            }
            if (furniture) {
                for (int i = start; i < end; i++) {
                    if (out.charAt(i) != '\r') {
                        out.setCharAt(i, ' ');
                    }
                }
            }
            // a list's items may stand a blank line apart ("Related Articles", blank, a title, blank, a title): the list
            // ends at the first line that is not an item, not at a blank one
            inList = trimmed.isEmpty() ? inList : (listHead || (inList && furniture));
            previous = trimmed.isEmpty() ? previous : trimmed;
            if (end == text.length()) {
                break;
            }
            start = end + 1;
        }
        trailingTitles(out);
        return out.toString();
    }

    /** "Further information: Head of Investigation Hannu Sinkkonen, tel. ...": a press release's contact, no other story's title. */
    private static final Pattern CONTACT_LINE = Pattern.compile("(?iU)^(?:(?:for\\s+)?(?:further|more)\\s+information|contacts?|press\\s+contact"
            + "|(?:para\\s+)?m[aá]s\\s+informaci[oó]n|contacto)\\s*:");

    /**
     * "... en la actual administración.", then "Claudia Sheinbaum declara ..." and "Taxi es embestido por tren en Celaya": two or
     * more short lines with no full stop that close the page after its last paragraph are the titles of other stories (one, when it
     * has six words or more).
     */
    private static void trailingTitles(StringBuilder out) {
        List<int[]> titles = new java.util.ArrayList<>();
        int end = out.length();
        while (end > 0) {
            int start = out.lastIndexOf("\n", end - 1) + 1;
            String line = out.substring(start, end).strip();
            if (!line.isEmpty()) {
                if (line.length() >= 100 || ENDS_SENTENCE.matcher(line).find() || !Character.isUpperCase(line.codePointAt(0))
                        || WHITESPACE.split(line).length < 3 || CONTACT_LINE.matcher(line).lookingAt()) {
                    // one such line is a title too when it is a headline's length ("Dos mujeres detenidas en el aeropuerto de
                    // Leticia con droga oculta en colchones", closing an Infobae page)
                    boolean titled = titles.size() >= 2 || titles.size() == 1 && WHITESPACE.split(out.substring(titles.get(0)[0],
                            titles.get(0)[1]).strip()).length >= 6;
                    if (titled && ENDS_SENTENCE.matcher(line).find() && line.length() >= 60) {
                        for (int[] t : titles) {
                            for (int i = t[0]; i < t[1]; i++) {
                                if (out.charAt(i) != '\r') {
                                    out.setCharAt(i, ' ');
                                }
                            }
                        }
                    }
                    return;
                }
                titles.add(new int[] {start, end});
            }
            end = start - 1;
        }
    }

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;»”\"')]$");

    /**
     * The longest line any short form can match: a rights line (169 characters), a navigation bar
     * (under 160), the others shorter; {@code BARE_NAME} is held to it too, as a byline is short.
     */
    static final int LONGEST_SHORT_FORM = 170;

    /** Whether {@link #AGENCY_CREDIT} can match: it needs an opening bracket and a letter after it, or TASS between slashes. */
    private static boolean mayCreditAgency(String line) {
        if (line.contains("TASS/")) {
            return true;
        }
        for (int at = line.indexOf('('); at >= 0 && at + 1 < line.length(); at = line.indexOf('(', at + 1)) {
            if (Character.isLetter(line.charAt(at + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An embedded social-media post as scraped pages keep it: "... pic.twitter.com/x — General Name (@handle) February 18, 2026".
     * It quotes a source the report tells in its own words, so it is not read again.
     */
    static final Pattern EMBEDDED_POST = Pattern.compile("(?U)[—–-]\\s+[^()\\n]{2,80}\\(@\\w{1,30}\\)\\s+\\p{L}{3,10}\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*$");
    private static final Pattern AGENCY_SIGN_OFF = Pattern.compile("(?:[.!?»”\"]|\\s/)\\s*((?:/\\s*)?(?i:" + AGENCY + "|prensa latina)\\.?)\\s*$");

    private static final Pattern DATED_DATELINE = Pattern.compile("(?U)\\s*\\p{Lu}[\\p{L}.]*(?:\\s+(?:(?:de|del|la|las|los)\\s+)?\\p{Lu}[\\p{L}.]*){0,3}"
            + ",\\s+(?:a\\s+)?\\d{1,2}\\s+de\\s+\\p{L}{3,10}(?:\\s+(?:de|del)\\s+\\d{4})?\\s*\\.?\\s?[-–—]\\s*(?=\\p{Lu})");
    private static final Pattern SLASHED_AGENCY_DATELINE = Pattern.compile("(?U)\\s*\\p{Lu}[\\p{L}.]*(?:,?\\s+\\p{Lu}[\\p{L}.]*){0,3},\\s+"
            + "(?:\\d{1,2}\\s+\\p{L}{3,10}|\\p{L}{3,10}\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s+/[\\p{L} .-]{2,30}/\\s*[-–—]{1,2}\\s*(?=\\p{Lu}|\\d)");
    private static final Pattern COLON_DATELINE = Pattern.compile("(?U)\\s*\\p{Lu}{2,}(?:[ '’-]\\p{Lu}{2,}){0,3}(?:,\\s+\\p{Lu}[\\p{L}.]*){0,2}"
            + ":\\s+(?=\\p{Lu}\\p{Ll})");
    private static final Pattern DATELINE_PREFIX = Pattern.compile("(?U)\\s*\\p{Lu}[\\p{L}.]*(?:,?\\s+\\p{Lu}[\\p{L}.]*){0,3}\\s*"
            + "(?:\\((?:\\p{Lu}{2,6}(?:\\s\\p{Lu}{2,4})?|Reuters|EFE|dpa|Xinhua|Europa Press)\\)\\s*)?(?:/|[—–]|-(?=\\s)|\\.[–—-])\\s*(?=\\p{Lu}|\\()");

    /** A plain hyphen ends a dateline only after more than one word or capitals ("Washington DC -", "LIMA -"), not "Trump - Maduro". */
    private static boolean datelineLike(String prefix) {
        String place = TRAILING_DASHES.matcher(prefix).replaceAll("");
        return !prefix.endsWith("-") || prefix.endsWith(".-") || place.contains(" ") || place.equals(place.toUpperCase(Locale.ROOT));
    }

    /** A byline without "By": a name alone on its line (two to four capitalised words), right above the date line. */
    private static final Pattern BARE_NAME = Pattern.compile("(?U)\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|del|la|las|los|y|da|dos|van|von)\\s+)?"
            + "\\p{Lu}[\\p{L}'’-]+){1,3}");

    /** A short line with a digit that gives a full date ("October 19, 2025 · 3 min read"). */
    private static boolean dateLine(String line) {
        if (line.length() > 80 || line.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        return DateLine.find(line).isPresent();
    }

    /**
     * A site's name and slogan between one bar, right above or below its navigation bar: "Ada Derana | Sri Lanka's Number One
     * News Source" over "Home | Local | World". Not a sentence, and never a bar of its own, so "Title | Site" alone stays.
     */
    private static boolean masthead(String line, String previous, String text, int end) {
        if (line.length() >= 100 || bars(line) != 1 || line.endsWith(".")) {
            return false;
        }
        return navigationBar(previous) || navigationBar(nextLine(text, end)) || siteAndSection(line) && opensThePage(text, end);
    }

    /** Whether the line ending at {@code end} is the page's first (only blank lines before it); reads only the page's first line. */
    private static boolean opensThePage(String text, int end) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int stop = text.indexOf('\n', first);
        return (stop < 0 ? text.length() : stop) == end;
    }

    /** "ABC Color | Internacionales": a site's name and a section, a few words each. */
    private static boolean siteAndSection(String line) {
        for (String part : BAR.split(line)) {
            String item = part.strip();
            if (item.isEmpty() || WHITESPACE.split(item).length > 3 || item.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean navigationBar(String line) {
        return !line.isEmpty() && line.length() < 160 && bars(line) >= 2;
    }

    /**
     * "Barbados news you can trust" under the site's name, then the headline and the date: a short line that is no sentence,
     * between a site's name and a headline that the date follows, is the site's slogan.
     */
    private static boolean slogan(String line, String text, int end) {
        String headline = nextLine(text, end);
        if (line.isEmpty() || WHITESPACE.split(line).length > 8 || ENDS_SENTENCE.matcher(line).find() || headline.isEmpty()
                || ENDS_SENTENCE.matcher(headline).find()) {
            return false;
        }
        int headlineEnd = text.indexOf(headline, end) + headline.length();
        return dateLine(nextLine(text, headlineEnd));
    }

    /** The next line after a line end that is not blank, or "". */
    private static String nextLine(String text, int end) {
        int at = end + 1;
        while (at < text.length()) {
            int next = text.indexOf('\n', at);
            String line = text.substring(at, next < 0 ? text.length() : next).strip();
            if (!line.isEmpty()) {
                return line;
            }
            if (next < 0) {
                break;
            }
            at = next + 1;
        }
        return "";
    }

    private static boolean isFurniture(String line, String folded) {
        if (line.isEmpty()) {
            return false;
        }
        if (PLAYER_LABEL.matcher(folded).matches() || mojibake(line)) {
            return true;
        }
        // "(Sigue leyendo: ...)", "[Read more: ...]": the same, in brackets
        String unbracketed = folded.startsWith("(") || folded.startsWith("[") ? folded.substring(1) : folded;
        if (STARTS.matcher(unbracketed).lookingAt() && line.length() < 120 && (line.length() < 60 || !line.endsWith("."))
                || WIDGET_NOTICE.matcher(folded).find()
                || CREDIT_LINE.matcher(folded).matches() || ORIGINAL_LINK.matcher(folded).matches() || AGENCY_BLURB.matcher(folded).matches() || RIGHTS.matcher(folded).matches() || AGENCY_ALONE.matcher(folded).matches() || AGENCIES_LINE.matcher(folded).matches()
                || AGENCY_LINE.matcher(folded).matches() && line.indexOf(' ') > 0 && Character.isUpperCase(line.charAt(line.indexOf(' ') + 1))) {
            return true;
        }
        // a byline: "By Staff Reporter", "Por Redacción", a few words with no punctuation, or a name
        // then the agency or post after a comma ("By Paul Godfrey, UPI", "Por Ana Gómez, EFE")
        if (BYLINE.matcher(folded).matches() && line.length() < 60 && !line.endsWith(".")
                && (line.indexOf(',') < 0 && WHITESPACE.split(line).length <= 6 || BYLINE_WITH_AGENCY.matcher(line).matches())) {
            return true;
        }
        if (line.length() < 40 && WIRES_BY_SLASH.matcher(line).matches() || contactBlock(line) || headlineTicker(line)) {
            return true;
        }
        if (line.length() < 80 && line.endsWith(")") && OUTLET_AND_CITY.matcher(line).matches()) {
            return true; // "The Accra Times (Accra)": an aggregator's line naming the paper the story came from and its city
        }
        if (line.length() < 140 && SLASH_CREDIT.matcher(line).matches()) {
            return true; // "Pete Hegseth, secretario de Defensa, en Florida / Miguel Rodríguez": a photo's caption and its photographer
        }
        if (line.length() < 120 && line.endsWith(")") && COURTESY_CREDIT.matcher(line).matches()) {
            return true; // "Decomiso de droga en el Pacífico (MSP/Cortesía)": a photo's caption, the picture lent by a ministry
        }
        if (line.length() < 120 && line.endsWith(")") && CAPTION_CREDIT.matcher(line).matches()) {
            return true; // a photo caption credited to whoever took it: "Armas aseguradas durante el operativo. (SSPC)"
        }
        // a navigation bar: three or more short items between bars or chevrons; a two-step breadcrumb, "USA > Actualidad"
        if (line.length() < 160 && bars(line) >= 2 && shortItems(line) || line.length() < 50 && CRUMB.matcher(line).matches()) {
            return true;
        }
        // a section and a byline between bars: "Crime | By Dallas Express Staff"
        if (line.length() < 160 && line.indexOf('|') >= 0) {
            for (String part : BAR.split(folded)) {
                String item = part.strip();
                if (BYLINE.matcher(item).matches() && item.length() < 60 && WHITESPACE.split(item).length <= 6) {
                    return true;
                }
            }
        }
        return isCredit(line);
    }

    /**
     * "Government Information Service, Prime Minister's Office, Level 6, ..., Port Louis, Mauritius. Email: Website: Mobile App:":
     * the issuing office's address and contacts closing a press release; two labels or more make it one.
     */
    private static boolean contactBlock(String line) {
        Matcher label = CONTACT_LABEL.matcher(line);
        int labels = 0;
        while (label.find()) {
            labels++;
        }
        return labels >= 2;
    }

    /**
     * "One dead in shooting near Tokyo  • Singapore, Estonia restate ties  • Urgent: 1 killed as blast hits ...": other stories'
     * titles run together between bullets, as a wire's ticker shows them; three titles or more, none a sentence.
     */
    static boolean headlineTicker(String line) {
        if (line.indexOf('•') < 0) {
            return BANNER.matcher(line).lookingAt() && titles(BANNER_SPLIT.split(line.strip()));
        }
        return titles(TICKER_SPLIT.split(line.strip()));
    }

    /** Whether there are three items or more, each a title: no sentence's end, at most sixteen words. */
    private static boolean titles(String[] items) {
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            String title = item.strip();
            if (title.isEmpty() || SENTENCE_END.matcher(title).find() || WHITESPACE.split(title).length > 16) {
                return false;
            }
        }
        return true;
    }

    /** A sentence's end, maybe inside a quotation's close; a title may end on a quoted word ("... at a 'turning point'"). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;][»”\"')’]?$");
    private static final Pattern TICKER_SPLIT = Pattern.compile("\\s+•\\s+");
    /**
     * "RUSSIA-UKRAINE WAR: Live updates | Kyiv says ... | Putin 'misled' ... | How to help": a running story's banner in capitals,
     * then titles between bars (a table's row, "| Oct 29, 2025 | ... |", has no banner).
     */
    private static final Pattern BANNER = Pattern.compile("\\p{Lu}[\\p{Lu}\\d'’ -]{2,40}:\\s");
    private static final Pattern BANNER_SPLIT = Pattern.compile("\\s+\\|\\s+");

    /** Whether the line ends with a photo credit; {@code CREDIT.matcher(line).find()} for lines of up to {@link #CREDIT_TAIL} characters. */
    static boolean isCredit(String line) {
        // a credit ends the line and is short: looked for in the line's end only, and only where one
        // of the words every credit has is there, not tried at every position of every paragraph
        int from = Math.max(0, line.length() - CREDIT_TAIL);
        for (String mark : CREDIT_MARKS) {
            if (line.indexOf(mark, from) >= 0) {
                return CREDIT.matcher(line).region(from, line.length()).find();
            }
        }
        return false;
    }

    /** How much of a line's end a photo credit can take ("(AP Photo/Name Surname, File)" and the like). */
    private static final int CREDIT_TAIL = 160;
    /** A word each of {@link #CREDIT}'s forms holds. */
    private static final List<String> CREDIT_MARKS = List.of("(AP", "AFP/", "REUTERS/", "EFE/", "Foto", "Photo");

    /**
     * Whether every item between bars is a few words, as a menu's are; a table's row that tells something ("| Oct 29, 2025 |
     * U.S. military strikes a suspected narco-boat ...; 4 killed ... |") is the report's.
     */
    private static boolean shortItems(String line) {
        for (String item : NAV_SPLIT.split(line)) {
            if (WHITESPACE.split(item.strip()).length > 5) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern NAV_SPLIT = Pattern.compile("[|›]");

    private static int bars(String line) {
        int bars = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' || c == '›') {
                bars++;
            } else if ((c == '>' || c == '»') && i > 0 && i + 1 < line.length() && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
                bars++; // a breadcrumb: "Home > World > Americas"
            }
        }
        return bars;
    }

    /** A heading that opens a list of links: "Related", "Most read", "Noticias relacionadas". */
    private static boolean isListHead(String folded) {
        return LIST_HEAD.matcher(folded).matches();
    }

    private static String fold(String line) {
        if (ascii(line)) {
            return line.toLowerCase(Locale.ROOT); // nothing to decompose; most lines of most pages
        }
        return MARKS.matcher(java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    // compiled once: these run on every line of every page
    private static final Pattern TRAILING_DASHES = Pattern.compile("[-\\s]+$");
    private static final Pattern BYLINE = Pattern.compile("(?:by|por|author|autor):? \\S.*");
    private static final Pattern BYLINE_WITH_AGENCY = Pattern.compile(
            "(?U)(?:By|BY|Por|POR) \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}, [\\p{L}][\\p{L} .&'’-]{1,30}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?U)[^\\n]{1,100}[.!]\\s+\\(\\p{Lu}[\\p{L}]{1,12}\\)");
    private static final Pattern COURTESY_CREDIT = Pattern.compile("(?U)[^\\n.]{1,100}\\s\\((?:[^()\\n]{1,30}/\\s?)?(?i:cortes[ií]a|courtesy)"
            + "(?:[^()\\n]{0,30})\\)");
    private static final Pattern SLASH_CREDIT = Pattern.compile("(?U)[^./|]{5,110}(?:\\s/\\s\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}"
            // "... de la operación / Casteleiro / Roller Agencia": the photographer, then the agency
            + "|(?:\\s/\\s\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}){2,3})");
    private static final Pattern CRUMB = Pattern.compile("(?U)\\p{L}[\\p{L} ]{0,20} [>›»] \\p{L}[\\p{L} ]{0,20}");
    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern LIST_HEAD = Pattern.compile("(?:related(?: coverage| news| stories| articles)?|most read|most popular|lo mas (?:visto|leido)|"
            + "noticias relacionadas|notas relacionadas|temas relacionados|te puede interesar|le puede interesar|te recomendamos|le recomendamos|relacionado|trending|"
            + "latest news|more stories|more news|mas noticias|read next|read more|see also|also read|lea tambien|lee tambien|ver tambien"
            + "|you may also like|recommended|more from [^.]{1,40}|next in [^.]{1,30}|more in [^.]{1,30})[:.]?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-•*]|\\d+[.)])\\s.*");

    private static boolean isListItem(String line) {
        return line.length() < 120 && !line.endsWith(".") || LIST_ITEM.matcher(line).matches();
    }
}
