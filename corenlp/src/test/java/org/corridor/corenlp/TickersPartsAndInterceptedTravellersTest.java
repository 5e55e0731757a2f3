package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of held-out set 125 (Iceland, Kazakhstan, Zambia, Mongolia and China) worked on in the thirty-seventh session: a wire's
 * ticker of other stories' titles; an arrest of people the lead counts, each then told on his own day; a train's route; a person
 * intercepted at an airport with what he came to collect; where an arrested man lives; the country whose laws were broken; people
 * listed with their ages.
 */
class TickersPartsAndInterceptedTravellersTest {
    @TempDir
    Path dir;

    @Test
    void aTickerIsNoStoryAndPeopleCountedThenToldOneByOneAreTheirOwnArrests() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | Off the wire | China

                Off the wire
                Two dead in a fire at a factory near Osaka  • Elections under way in Kerala, India  • Singapore, Estonia renew \
                defence ties  • Urgent: 3 killed as bomb hits a market in NW Pakistan

                Two Mongolian travellers held with drugs in north China

                Xinhua, March 8, 2018

                Two travellers from Mongolia have been arrested in Inner Mongolia, in northern China, for carrying drugs, customs \
                officers said on Thursday.

                One of them, Batbayar, was caught on Saturday on a bus from Hohhot to Ulan Bator running through Erenhot, and \
                officers seized 40.5 grams of methamphetamine from his bag.

                The other, Oyunchimeg, was caught on Sunday at the customs in Erenhot carrying 12 grams of heroin.
                """);
        // (the lead is told five days after the first arrest: too late to be that arrest announced, so the parts are told apart)
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2018-03-03 Inner Mongolia", "seizure 2018-03-03 Inner Mongolia",
                        "arrest 2018-03-04 Erenhot", "seizure 2018-03-04 Erenhot");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .containsExactlyInAnyOrder("Batbayar", "Oyunchimeg");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code())
                .containsExactlyInAnyOrder("cn", "mn");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).isEmpty();
    }

    @Test
    void anArrestOfPeopleCountedIsNoneOfThoseToldAfterItEachWhereHeWasCaught() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | China

                Two Mongolian travellers held with drugs in north China

                Xinhua, March 8, 2018

                Two travellers from Mongolia have been arrested in Inner Mongolia, in northern China, for carrying drugs, customs \
                officers said on Thursday.

                One of them, Batbayar, was caught on Monday at the railway station in Jining with 40.5 grams of methamphetamine.

                The other, Oyunchimeg, was caught on Tuesday at the customs in Erenhot carrying 12 grams of heroin.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.date() + " " + op.place())
                .containsExactlyInAnyOrder("2018-03-05 Jining", "2018-03-06 Erenhot");
    }

    @Test
    void aManInterceptedWhereHeCameToCollectDrugsIsArrestedThereAndTheDrugsSeized() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Reports | News

                Trader held at Lusaka airport over cannabis oil

                April 2, 2021

                The Drug Enforcement Commission has arrested a Malawian businessman of Chilenje Township in Lusaka for trafficking \
                more than 12 litres of cannabis oil, contrary to the laws of Zambia.

                Peter Mwanza Banda, 39, was intercepted at Kenneth Kaunda International Airport, where he had gone to collect a parcel \
                of 90 bottles holding 12.4 litres of cannabis oil.

                The Commission in Copperbelt Province has also arrested and jointly charged three people, all of Kawama area in \
                Ndola, for growing fresh cannabis plants weighing 90 kilograms: Innocent Mwale, 28, a businessman, Charity Banda, \
                35, a peasant farmer, and Jordan Lungu, 50. A fourth grower, Mr Phiri, 44, is being sought.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2021-04-02 Kenneth Kaunda International Airport",
                        "seizure 2021-04-02 Kenneth Kaunda International Airport", "arrest 2021-04-02 Copperbelt Province");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .containsExactlyInAnyOrder("Peter Mwanza Banda", "Innocent Mwale", "Charity Banda", "Jordan Lungu", "Phiri");
    }
}
