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
 * Shapes of held-out set 120 (Lebanon, Saudi Arabia, South Korea, Cuba) worked on in the thirty-fourth session: finds recalled
 * after "the latest in a run of", two in one sentence; a day a minister spoke, carried to "According to him, ..."; a raid in a
 * district told again in a village; a ship searched in port; arrests aimed at or asked about; a city's regional customs office;
 * an institution by its head word.
 */
class SeriesOfFindsAndPortSearchesTest {
    @TempDir
    Path dir;

    @Test
    void findsRecalledAfterTheLatestOfASeriesAreOthers() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Gulf

                Oman stops a tonne of hashish

                Published: March 10, 2024

                Muscat: Oman said on Sunday it had stopped a shipment of hashish at a border post in Buraimi.

                The men driving the truck were arrested.

                The seizure is the latest in a string of smuggling attempts the authorities say they have foiled this year. Last \
                month customs officers stopped 40,000 amphetamine pills at the border, and in January police found more than \
                3 million tablets hidden inside a cargo of tiles at the port of Sohar.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactlyInAnyOrder("2024-03-10 Buraimi", "2024-02-01 null", "2024-01-01 Sohar");
    }

    @Test
    void aFindThePageDatesIsNotOneRecalledFromTheMonthBefore() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Gulf

                Oman stops 40 sacks of hashish hidden in dates

                Published: March 2, 2024

                Muscat: Oman said on Saturday that it had stopped an attempt to smuggle 40 sacks of hashish into the country.

                In a statement, the Interior Ministry said the sacks had been hidden in crates of dates at a dry port in Buraimi. \
                The men who were to receive the load, two Omani nationals and a Yemeni living in the country, were arrested.

                The seizure is the latest in a string of smuggling attempts the authorities say they have foiled this year. Last \
                month customs officers stopped 40,000 amphetamine pills at the border, and in January police found more than \
                3 million tablets hidden inside a cargo of tiles at the port of Sohar.
                """);
        // the page's find keeps the place of its day (the report's other days have other places)
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactlyInAnyOrder("2024-03-02 Buraimi", "2024-02-01 null", "2024-01-01 Sohar");
    }

    @Test
    void theDayAMinisterSpokeDatesWhatTheNextSentenceAttributesToHim() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Region

                Police find pills in a farm near Tartus

                Nov. 14, 2024

                The police announced on Thursday that officers had taken about two million pills in a raid in the Tartus district, \
                the latest in a string of drug seizures in the region.

                Officers searched a house in the village of Qadmus and found the pills, the police said. An inquiry has been opened \
                to find and arrest the owners.

                The find came a day after the interior minister said on Wednesday that a ring sending pills abroad had been \
                broken up. According to the minister, 900,000 pills that were to leave the country through the port of Latakia \
                had been seized, and four members of the ring had been arrested.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("raid 2024-11-14 Qadmus", "seizure 2024-11-14 Qadmus", "seizure 2024-11-13 null",
                        "arrest 2024-11-13 null");
    }

    @Test
    void aShipSearchedInPortIsNoInterdictionButTheFindsDay() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | National

                Cocaine found on a bulk carrier at a southern port

                Published: 12 Jun. 2024, 09:10

                BUSAN, June 12 (Example) -- Customs officers have found about 300 kilograms of cocaine on a foreign bulk carrier, \
                officials said Wednesday.

                Some 40 officers from the Busan Regional Customs boarded and searched the vessel at a port in Ulsan at about 7 a.m. \
                on Tuesday, acting on a tip from abroad.

                The ship had sailed from Colombia by way of Panama on its way to Korea, officials said.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code()).contains("kr", "co", "pa");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2024-06-11 Ulsan");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Busan Regional Customs").doesNotContain("Regional Customs");
    }

    @Test
    void aFindWithNoWordOnArrestsHasNone() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Noticias de Ejemplo | Caribe

                Aduana halla cocaína en una maleta en el aeropuerto de Santo Domingo

                Martes, 4 de junio de 2024 - 10:05

                La Aduana General de la Nación frustró un intento de ingresar cocaína oculta en el forro de una maleta, según \
                informó este martes uno de sus jefes.

                Ramón Peralta Cruz, subdirector de la Aduana, dijo que la droga se detectó en el Aeropuerto Internacional Las \
                Américas. No precisó el origen del envío ni si hubo personas detenidas.
                """);
        assertThat(x.operations()).extracting(op -> op.type()).containsExactly("seizure");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PLACE).extracting(e -> e.name()).doesNotContain("Aduana");
    }

    @Test
    void aHeadlinesWordForTheBodysNameIsNoOtherOrganisation() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Today | Region

                Army reports a find of hashish in the north

                May 2, 2024

                ATHENS — The Hellenic Army said on Wednesday that its soldiers had found 800 kilograms of hashish in a raid on a \
                farm near Larissa. The army gave no details of the owners.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Hellenic Army");
    }

    @Test
    void aNameListedWithCommasIsWholeWhereItsShortFormFitsIt() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Gulf

                Customs stop pills at a border crossing

                Published: March 2, 2024

                Muscat: The Excise, Tax and Customs Service (EXTACS) said on Saturday it had stopped 40,000 amphetamine pills at \
                a border crossing. EXTACS gave no details of the driver.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Excise, Tax and Customs Service");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date()).containsExactly("seizure 2024-03-02");
    }
}
