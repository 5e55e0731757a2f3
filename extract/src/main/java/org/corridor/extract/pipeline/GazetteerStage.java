package org.corridor.extract.pipeline;

/** Names of workspace parties and of countries, found by the gazetteer. */
public final class GazetteerStage implements Stage {
    private final java.util.function.Supplier<Gazetteer> gazetteer;

    public GazetteerStage(Gazetteer gazetteer) {
        this(() -> gazetteer);
    }

    /** A gazetteer still being built: documents are tagged meanwhile, and this stage waits for it. */
    public GazetteerStage(java.util.function.Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The first stage that needs the workspace's names; {@link Pipeline#begin} stops before it. */
    static final String NAME = "gazetteer";

    @Override
    public void apply(Work work) {
        String text = work.text();
        java.util.List<org.corridor.extract.text.Mention> found = gazetteer.get().find(text);
        work.candidates.addAll(found);
        countriesInListedNames(work, found);
        basedIn(work, text);
        countriesInDatelines(work);
        // "Jorge Costilla-Sanchez" for the listed "COSTILLA SANCHEZ Jorge": read again with such hyphens as spaces, for names
        // not found already
        String spaced = Gazetteer.compoundSurnamesSpaced(text);
        if (spaced == text) {
            return;
        }
        for (org.corridor.extract.text.Mention m : gazetteer.get().find(spaced)) {
            if (!m.span().of(text).equals(m.text()) && found.stream().noneMatch(f -> f.span().overlaps(m.span()))) {
                work.candidates.add(new org.corridor.extract.text.Mention(m.span(), m.span().of(text), m.kind(), m.origin(), m.confidence(),
                        m.listed(), m.code()));
            }
        }
    }

    /** " de Colombia" ending a name: the country a listed group's name holds, which the list's longest match reads as one name. */
    private static final java.util.regex.Pattern COUNTRY_AT_END = java.util.regex.Pattern.compile("(?U)\\s(?:de|del|of|of the)\\s+(\\p{Lu}[\\p{L}. ]+)$");

    /**
     * "las Autodefensas Gaitanistas de Colombia", listed as a whole: the country its name ends on is named in the report too, as
     * inside any organisation's name ("U.S. Southern Command" names the US).
     */
    private static void countriesInListedNames(Work work, java.util.List<org.corridor.extract.text.Mention> found) {
        for (org.corridor.extract.text.Mention m : found) {
            if (m.kind() != org.corridor.extract.text.EntityKind.ORGANIZATION || m.listed() == null) {
                continue;
            }
            java.util.regex.Matcher end = COUNTRY_AT_END.matcher(m.text());
            String code = end.find() ? CountryNames.code(end.group(1)) : null;
            if (code != null) {
                org.corridor.extract.text.Span at = new org.corridor.extract.text.Span(m.start() + end.start(1), m.start() + end.end(1));
                work.candidates.add(new org.corridor.extract.text.Mention(at, end.group(1), org.corridor.extract.text.EntityKind.COUNTRY,
                        "gazetteer", 0.95, null, code));
            }
        }
    }

    /** The country or place before "-based": "two Mexico-based companies", "una firma Colombia-based". */
    private static final java.util.regex.Pattern BASED = java.util.regex.Pattern.compile("(?U)(?<![\\p{L}-])(\\p{Lu}[\\p{L}.]+)-based\\b");

    /** "Mexico-based companies": a country named inside a compound, which the list's matcher reads as one word. */
    private void basedIn(Work work, String text) {
        if (!text.contains("-based")) {
            return;
        }
        java.util.regex.Matcher m = BASED.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            for (org.corridor.extract.text.Mention named : gazetteer.get().find(word)) {
                if (named.kind() == org.corridor.extract.text.EntityKind.COUNTRY && named.span().start() == 0
                        && named.span().end() == word.length()) {
                    org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(m.start(1), m.end(1));
                    work.candidates.add(new org.corridor.extract.text.Mention(span, word, named.kind(), named.origin(), named.confidence(),
                            named.listed(), named.code()));
                }
            }
        }
    }

    private static final java.util.regex.Pattern NAME_OF_BEFORE = java.util.regex.Pattern.compile("(?U)\\p{L}+\\s+(?:de|del|of)\\s+$");

    /**
     * "COTABATO CITY, Philippines — Agents of ...": a dateline is page furniture to the rules (where the report was filed), but
     * the country it names is named in the report. The datelines are the openings of lines the rules' text blanks while
     * the rest of the line stays.
     */
    private void countriesInDatelines(Work work) {
        String original = work.document.text();
        String text = work.text();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int kept = lineStart;
            while (kept < lineEnd && Character.isWhitespace(text.charAt(kept))) {
                kept++;
            }
            // "Apia, Samoa – 30 January 2025": a date line of its own, wholly blanked, that opens with where it was filed
            String filed = kept == lineEnd ? org.corridor.extract.doc.DateLine.filedFrom(original.substring(lineStart, lineEnd)).orElse(null) : null;
            if (kept < lineEnd && !original.substring(lineStart, kept).isBlank() || filed != null) {
                String dateline = filed != null ? original.substring(lineStart, lineEnd) : original.substring(lineStart, kept);
                for (org.corridor.extract.text.Mention named : gazetteer.get().find(dateline)) {
                    // not "Ciudad de México, 22 de octubre de 2025.-": a city named after its country
                    if (named.kind() == org.corridor.extract.text.EntityKind.COUNTRY
                            && !NAME_OF_BEFORE.matcher(dateline.substring(0, named.start())).find()) {
                        org.corridor.extract.text.Span span = new org.corridor.extract.text.Span(lineStart + named.start(), lineStart + named.end());
                        work.candidates.add(new org.corridor.extract.text.Mention(span, named.text(), named.kind(), named.origin(),
                                named.confidence(), named.listed(), named.code()));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }
}
