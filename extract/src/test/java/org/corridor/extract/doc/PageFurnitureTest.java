package org.corridor.extract.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 21, item 2: page furniture is blanked for the rules, the report is kept, offsets do not move. */
class PageFurnitureTest {
    private static final String PAGE = String.join("\n",
            "Daily Example | World | Americas | Subscribe",
            "",
            "US strike kills three off Venezuela",
            "",
            "By Staff Reporter",
            "October 19, 2025",
            "Share on Facebook | Share on X | Email",
            "",
            "The strike took place on Friday, officials said.",
            "Por su parte, el Comando Sur no dio más detalles.",
            "By Tuesday, the Navy had sent two more ships.",
            "",
            "A destroyer near Panama. REUTERS/Jane Doe",
            "",
            "Related",
            "- Senators question the strikes",
            "- Navy adds warships",
            "",
            "Lo más visto",
            "Petro responde a Trump",
            "",
            "Tags: Venezuela, Caribbean",
            "We use cookies to improve your experience. Accept");

    @Test
    void navigationBylinesCreditsListsAndTagsAreBlankedAndTheReportIsKept() {
        String masked = PageFurniture.mask(PAGE);
        assertThat(masked).hasSameSizeAs(PAGE);
        for (int i = 0; i < PAGE.length(); i++) {
            assertThat(masked.charAt(i) == PAGE.charAt(i) || masked.charAt(i) == ' ').isTrue();
            assertThat(PAGE.charAt(i) == '\n').isEqualTo(masked.charAt(i) == '\n');
        }
        assertThat(masked).contains("US strike kills three off Venezuela",
                "The strike took place on Friday, officials said.", "Por su parte, el Comando Sur no dio más detalles.",
                "By Tuesday, the Navy had sent two more ships.");
        // the date line is read from the stored text (DateLine) before the rules see the page; to them it is furniture
        assertThat(masked).doesNotContain("Daily Example", "Staff Reporter", "Share on Facebook", "REUTERS", "Senators",
                "Navy adds", "Petro responde", "Tags:", "cookies", "October 19, 2025");
    }

    @Test
    void bylinesWithAnAgencyAndKeepReadingLinksAreFurnitureButSentencesOpeningWithByAreNot() {
        String page = String.join("\n", "Title", "", "By Paul Godfrey, UPI", "Por Ana María Gómez, Agencia EFE",
                "By Tuesday, the Navy had sent two more ships.", "By contrast, Mexico said nothing",
                "Keep reading: Venezuela's opposition calls for protests", "Siga leyendo | Comentarios", "Más noticias: Alcalde de Nueva York",
                "AzerNews > Region > Americas", "Inicio » Mundo » Venezuela", "", "Related news", "Azerbaijan hosts a regional forum", "",
                "Officials said the boat was hit.");
        String masked = PageFurniture.mask(page);
        assertThat(masked).doesNotContain("Godfrey", "UPI", "Gómez", "EFE", "Venezuela", "Siga", "Nueva York", "AzerNews", "Inicio",
                "Azerbaijan");
        assertThat(masked).contains("By Tuesday, the Navy had sent two more ships.", "By contrast, Mexico said nothing",
                "Officials said the boat was hit.");
    }

    @Test
    void aSectionBesideABylineListenLiveAndMoreFromListsAreFurniture() {
        String page = String.join("\n", "Title", "", "Crime | By Dallas Express Staff", "Escuche Blu Radio en vivo", "",
                "Officials said the network laundered money.", "", "More from Federal Newswire", "- DEA warns of counterfeit pills in Arizona",
                "- Senate panel advances border bill", "", "Le puede interesar: Petro responde a Trump", "Te recomendamos: Detienen a dos en Cajeme",
                "Read Next: Texas officials report fewer crossings",
                "Conozca: \"No estamos perdiendo la guerra\": ministro Sánchez", "", "Recommended by the panel, the measure passed the Senate on Tuesday "
                + "after a long debate among its members.");
        String masked = PageFurniture.mask(page);
        assertThat(masked).doesNotContain("Dallas Express", "Blu Radio", "Arizona", "Senate panel", "Petro", "Cajeme", "Texas", "Sánchez");
        assertThat(masked).contains("Officials said the network laundered money.", "Recommended by the panel");
    }

    @Test
    void creditLinesAndAnAgencyCreditedInADatelineAreFurniture() {
        String page = String.join("\n", "Title", "", "Ciudad de México, 15 ene (EFE).- La Marina detuvo a dos hombres en Sinaloa.", "",
                "Con información de EFE", "(With reporting from Reuters)", "Fuente: Agencia Andes", "",
                "Con información de la Fiscalía, la Marina localizó la droga.", "", "Europa Press", "", "Europa Press informó del caso.");
        String masked = PageFurniture.mask(page);
        assertThat(masked).doesNotContain("EFE", "Reuters", "Andes", "\nEuropa Press\n");
        assertThat(masked).contains("La Marina detuvo a dos hombres en Sinaloa.",
                "Con información de la Fiscalía, la Marina localizó la droga.", "Europa Press informó del caso.");
    }

    @Test
    void oneHeadlineLongLineClosingThePageIsAnotherStorysTitleButAShortOneIsKept() {
        String closing = String.join("\n", "Title", "", "La Policía informó del decomiso de 300 kilogramos de cocaína en el puerto de Cartagena.",
                "", "Capturan a tres hombres en el aeropuerto de Bogotá con droga en las maletas");
        assertThat(PageFurniture.mask(closing)).doesNotContain("Capturan").contains("decomiso de 300 kilogramos");
        String shortLine = String.join("\n", "Title", "", "La Policía informó del decomiso de 300 kilogramos de cocaína en el puerto de Cartagena.",
                "", "Más información pronto");
        assertThat(PageFurniture.mask(shortLine)).contains("Más información pronto");
    }

    @Test
    void aSiteCreditedInItsOwnDatelineIsFurnitureButAWebAddressInASentenceIsNot() {
        String page = String.join("\n", "Title", "", "Morelia, Michoacán (MiMorelia.com).- Fuerzas federales detuvieron a dos hombres.", "",
                "Los vecinos denunciaron el caso en el portal (denuncia.gob.mx) de la fiscalía.");
        String masked = PageFurniture.mask(page);
        assertThat(masked).doesNotContain("MiMorelia").contains("Fuerzas federales detuvieron a dos hombres.", "(denuncia.gob.mx)");
    }

    @Test
    void storyListsRightsLinesAndAStationsCallSignInADatelineAreFurniture() {
        String page = String.join("\n", "Title", "", "PORT EVERGLADES, FLA. (WSVN) - The Coast Guard unloaded cocaine on Wednesday.", "",
                "Top Stories This Week: The Army's new rifle | Navy shipbuilding delays",
                "Copyright 2025 Sunbeam Television Corp. All rights reserved.", "© 2026 Diario Ejemplo. Todos los derechos reservados.");
        String masked = PageFurniture.mask(page);
        assertThat(masked).doesNotContain("WSVN", "EVERGLADES", "Army", "Navy", "Sunbeam", "Diario Ejemplo");
        String more = String.join("\n", "Title", "", "Sponsored: Best Travel Deals In Miami", "Newsletter: Sign up for Daily Briefing",
                "Image: Getty Images / Reuters", "Lo último: Petro viaja a Caracas",
                "Más leídas: Maduro en Nueva York", "No te pierdas: Noboa en Quito", "", "Officials said the boat was hit.");
        assertThat(PageFurniture.mask(more)).doesNotContain("Miami", "Daily Briefing", "Getty", "Petro", "Maduro", "Noboa")
                .contains("Officials said the boat was hit.");
        assertThat(masked).contains("The Coast Guard unloaded cocaine on Wednesday.");
        // an agency's notice that what it publishes is its property, a sentence of its own at the foot of the page
        String notice = String.join("\n", "Title", "", "Two men were detained in Cahul.", "",
                "Any material published on the website of the Moldpres News Agency is the agency's intellectual property.", "",
                "Any material seized in Cahul was sent to the Moldpres laboratory.");
        assertThat(PageFurniture.mask(notice)).doesNotContain("Moldpres News Agency").contains("Two men were detained in Cahul.")
                .contains("sent to the Moldpres laboratory");
    }

    @Test
    void aReportWithoutFurnitureKeepsEverythingButItsDateLineAndDateline() {
        String report = "2025-09-03\n\nUS strikes boat\n\nWASHINGTON — The U.S. military struck a boat on Tuesday.\n"
                + "Lawmakers asked for the legal basis - and got none.\n";
        String expected = "          \n\nUS strikes boat\n\n" + " ".repeat("WASHINGTON — ".length()) + "The U.S. military struck a boat on Tuesday.\n"
                + "Lawmakers asked for the legal basis - and got none.\n";
        assertThat(PageFurniture.mask(report)).isEqualTo(expected);
    }

    @Test
    void aParagraphIsReadOnlyForACreditAtItsEndAndAnAgencyInItsDateline() {
        String sentence = "Officials said the vessel was carrying narcotics along a known route and that nobody survived the strike. ";
        String caption = sentence + sentence + "(AP Photo/Jane Doe, File)";
        String related = "Related coverage of the strike campaign " + sentence + sentence;
        String filed = "BOGOTA (AP) — " + sentence + sentence;
        assertThat(caption.length()).isGreaterThan(PageFurniture.LONGEST_SHORT_FORM);
        String masked = PageFurniture.mask(String.join("\n", caption, related, filed));
        String[] lines = masked.split("\n", -1);
        assertThat(lines[0]).isBlank(); // a long caption ending in its credit is furniture as a short one is
        assertThat(lines[1]).isEqualTo(related); // a paragraph that opens like a link list is still a paragraph
        assertThat(lines[2]).isEqualTo(" ".repeat("BOGOTA (AP) — ".length()) + sentence + sentence);
    }
    @Test
    void aMastheadBesideItsNavigationBarListItemsABlankLineApartAndACommentWidgetsNoticeAreFurniture() {
        String page = String.join("\n", "Example Daily | Colombia's Most Trusted Paper", "Home | Local | World | Sport", "",
                "Officials said the boat was hit.", "", "Related Articles", "", "Social Security checks to rise next year", "",
                "Today in History: October 24", "", "Officials said three people died.", "",
                "Please enable JavaScript to view the comments powered by Disqus.", "", "Strike in the Caribbean | Example Daily", "",
                "The Navy said the crew was detained.");
        String masked = PageFurniture.mask(page);
        assertThat(masked).doesNotContain("Colombia", "Social Security", "Today in History", "Disqus", "JavaScript")
                .contains("Officials said the boat was hit.", "Officials said three people died.", "The Navy said the crew was detained.")
                // a title and a site name between one bar, with no navigation bar beside it, is kept
                .contains("Strike in the Caribbean | Example Daily");
    }

    @Test
    void aBylineWithTheDayItWasFiledIsFurnitureAndDatesThePage() {
        String page = String.join("\n", "NL Example | News | Crime", "", "Cocaine found in banana shipment", "",
                "By Janene Pieters on February 12, 2020 - 17:00", "", "Customs officers found the drugs on Friday, February 7.");
        String[] lines = PageFurniture.mask(page).split("\n", -1);
        assertThat(lines[4]).isBlank();
        assertThat(lines[6]).isEqualTo("Customs officers found the drugs on Friday, February 7.");
        assertThat(DateLine.find(page)).contains(java.time.LocalDate.of(2020, 2, 12));
        // a sentence that opens with "By" is no byline
        assertThat(PageFurniture.mask("By March 3, 2021 the police had arrested 40 people in the province.")).doesNotContain("  ");
    }

    @Test
    void aVideoPlayersLabelAndASiteNameReadInTheWrongEncodingAreFurniture() {
        String page = String.join("\n", "12³Ô¹ÏÍø", "", "Watch ABC News", "", "Coast Guard offloads cocaine in Miami", "",
                "Ver N+ en vivo", "", "Officials said the crew was detained.", "", "Watch the crew board the boat, the agency said.",
                "", "Bogotá", "", "Nº12", "", "¿Qué pasó?");
        String[] lines = PageFurniture.mask(page).split("\n", -1);
        assertThat(lines[0]).isBlank();
        assertThat(lines[2]).isBlank();
        assertThat(lines[6]).isBlank();
        // a headline, a sentence that opens with "Watch", a town with an accent and words with Latin-1 signs stay
        assertThat(lines[4]).isEqualTo("Coast Guard offloads cocaine in Miami");
        assertThat(lines[8]).isEqualTo("Officials said the crew was detained.");
        assertThat(lines[10]).isEqualTo("Watch the crew board the boat, the agency said.");
        assertThat(lines[12]).isEqualTo("Bogotá");
        assertThat(lines[14]).isEqualTo("Nº12");
        assertThat(lines[16]).isEqualTo("¿Qué pasó?");
    }

    @Test
    void aSiteAndSectionOpeningThePageAndAPhotographersCreditAreFurniture() {
        String page = String.join("\n", "ABC Ejemplo | Internacionales", "", "Incautan cocaína en el Caribe", "",
                "A patrol boat returns to port after a drug patrol in 2024. File Photo by Petty Officer 2nd Class Jane Roe/U.S. Coast Guard",
                "", "Officials said the crew was detained.", "", "Strike in the Caribbean | Example Daily");
        String[] lines = PageFurniture.mask(page).split("\n", -1);
        assertThat(lines[0]).isBlank();
        assertThat(lines[2]).isEqualTo("Incautan cocaína en el Caribe");
        assertThat(lines[4]).doesNotContain("Jane Roe");
        assertThat(lines[6]).isEqualTo("Officials said the crew was detained.");
        // a title and a site between one bar further down the page is kept
        assertThat(lines[8]).isEqualTo("Strike in the Caribbean | Example Daily");
    }

    @Test
    void readersCommentsAContactBlockWiresBySlashesAndAColumnClosedByAllNewsAreFurniture() {
        String page = String.join("\n", "Title", "", "  • 2024-05-16", "  • LETA/BNS/TBT Staff", "",
                "Police in Valga County detained a man on Sunday.", "",
                "Ministry of Example, Level 2, Port Town. Email: Website: Example Gov", "",
                "2 Responses to Police detain a man", "Mart Tamm May 16, 2024 at 9:12 pm",
                "Well done, Customs and police of Valga.", "Liis Kask May 17, 2024 at 8:01 am", "Another raid please.");
        String masked = PageFurniture.mask(page);
        assertThat(masked).doesNotContain("LETA", "2024-05-16", "Ministry of Example", "Responses", "Mart Tamm", "Customs", "raid")
                .contains("Police in Valga County detained a man on Sunday.");
        String column = String.join("\n", "Title", "", "In the exchange of fire one smuggler was detained on the river bank, he said.", "",
                "New bus routes open in Bishkek", "President meets the Emir of Qatar in Doha", "At least four dead in air strike on a market",
                "All news");
        assertThat(PageFurniture.mask(column)).doesNotContain("Bishkek", "Qatar", "air strike", "All news").contains("one smuggler");
        String author = String.join("\n", "Title", "", "Author: Mary Payet", "", "Police seized heroin at the port on Monday.");
        assertThat(PageFurniture.mask(author)).doesNotContain("Mary Payet").contains("Police seized heroin");
        String oneLabel = String.join("\n", "Title", "", "Call the hotline. Email: tips@example.org", "",
                "One comment on the case was made by the judge on Monday, who said the trial would go on.");
        assertThat(PageFurniture.mask(oneLabel)).contains("Call the hotline", "One comment on the case");
        String sentence = String.join("\n", "Title", "", "He sold the pills on the dark web. Police traced him by phone.");
        assertThat(PageFurniture.mask(sentence)).contains("dark web", "by phone");
    }

    @Test
    void aTickerOfOtherStoriesTitlesBetweenBulletsIsFurnitureAndAListOfSentencesIsNot() {
        String ticker = String.join("\n", "Off the wire", "Three hurt in a fire at a plant near Osaka  • Elections under way in Kerala  "
                + "• Estonia, Singapore restate ties  • Urgent: 2 killed as blast hits a market in NW Pakistan", "",
                "Two drug smugglers caught in north China", "", "Xinhua, February 15, 2017", "",
                "Police seized heroin on a train on Saturday.");
        assertThat(PageFurniture.mask(ticker)).doesNotContain("Osaka", "Kerala", "Estonia", "Pakistan")
                .contains("Two drug smugglers caught in north China", "Police seized heroin on a train on Saturday.");
        // two titles are not yet a ticker, and sentences between bullets are the report's own
        String two = "Police seized heroin in Osaka  • Customs found cocaine in Kerala";
        assertThat(PageFurniture.mask(two)).contains("Osaka", "Kerala");
        String sentences = "Police seized heroin in Osaka.  • Customs found cocaine in Kerala.  • Three men were held in Goa.";
        assertThat(PageFurniture.mask(sentences)).contains("Osaka", "Kerala", "Goa");
    }

    @Test
    void aRunningStorysBannerOfTitlesBetweenBarsIsFurnitureAndATablesRowIsNot() {
        String banner = String.join("\n", "Example Radio | Europe", "",
                "RUSSIA-UKRAINE WAR: Live updates | Kyiv says its defence is at a 'turning point' | Moscow 'misled' about the war "
                        + "in Ukraine | Ukrainian lawmakers visit the US Congress | How to help", "",
                "Police seize 150 kg of marijuana", "", "Police seized marijuana in Shtip on Wednesday.");
        assertThat(PageFurniture.mask(banner)).doesNotContain("Kyiv", "Congress", "How to help")
                .contains("Police seized marijuana in Shtip on Wednesday.");
        String row = "| Oct 29, 2025 | Eastern Pacific near the coast of Mexico | four people killed on a boat | strike announced by Hegseth |";
        assertThat(PageFurniture.mask(row)).contains("Eastern Pacific", "four people killed");
    }
}
