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
 * Shapes of held-out set 123 (Estonia, Mauritius, Barbados, Tajikistan) worked on in the thirty-sixth session: a bulleted date
 * line and wires credited by slashes; readers' comments under the report; police named with the county they serve and no other
 * place; a body named for two fields joined by "and"; drugs valued, not weighed, on the arrested; a press office's contact
 * block; "the second seizure" of two; a border clash; an outlet told in the body; a column of other stories' titles.
 */
class CommentsSidebarsAndBorderClashesTest {
    @TempDir
    Path dir;

    @Test
    void aBulletedDateLineWiresBySlashesAndReadersCommentsAreNotTheReport() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Baltic News | Crime

                Lithuanian suspected of hiding amphetamine in Estonia

                  • 2024-05-16
                  • LETA/BNS/TBT Staff

                TALLINN - Police in Valga County last Sunday detained a 37-year-old Lithuanian citizen suspected of storing two \
                kilograms of amphetamine.

                "We found the drugs in a barn and waited for the owner to come back," said Kalle Mets, an inspector.

                The West Prefecture of the Police and Border Guard Board is leading the investigation.

                3 Responses to Lithuanian suspected of hiding amphetamine in Estonia

                  1. Mart Tamm May 16, 2024 at 9:12 pm

                    Good work by the police, keep it up.

                  2. Liis Kask May 17, 2024 at 8:01 am

                    Another raid next week please.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2024-05-12 Valga County", "seizure 2024-05-12 Valga County");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name()).containsExactly("Kalle Mets");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactlyInAnyOrder("West Prefecture", "Police and Border Guard Board");
    }

    @Test
    void drugsValuedOnTheArrestedAPeoplesNameACustomsLaneAndAContactBlock() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Island News | News

                Heroin seized at the airport

                GIS – 9 May, 2022: Officers of the Anti-Drug and Smuggling Unit (ADSU) arrested a 41-year-old Sierra Leonean at \
                the SSR International Airport on Monday 2 May 2022; he was carrying heroin worth some Rs 8 million.

                It was his odd manner in the Green Channel of the SSR Airport that made customs officers question him after he \
                arrived from Guinea Conakry through Addis Ababa.

                Government Information Service, Prime Minister's Office, Level 6, New Government Centre, Port Louis, Mauritius. \
                Email:  Website:  Mobile App: Search Gov
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2022-05-02 SSR International Airport", "seizure 2022-05-02 SSR International Airport");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Anti-Drug and Smuggling Unit");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code()).containsExactly("gn");
    }

    @Test
    void theSecondSeizureOfTwoIsTheNextOneNotTheFirstAgain() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Island Today | Local News

                Two drug finds

                March 4, 2019

                Police have made two separate drug seizures in the past two days.

                Yesterday the Drug Squad and the Coast Guard intercepted a pirogue some nine nautical miles off Speightstown.

                In the course of the operation officers seized 210 kilos of cannabis.

                The second seizure was made today.

                At Bathsheba beach, members of the Drug Squad seized 12 kilos of cocaine.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactlyInAnyOrder("2019-03-03 Speightstown", "2019-03-04 Bathsheba");
    }

    @Test
    void aBorderClashAnOutletToldInTheBodyAndAColumnOfOtherStoriesTitles() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Plus | Kyrgyzstan | Law and order

                Heroin intercepted on the border

                21/06/2008 00:00

                BISHKEK, June 21, Example-Plus - Border guards and officers of the drug control service seized a large quantity \
                of heroin in a joint operation in the Batken district on the night of June 19-20.

                Askar Bekov, chief of the Kyrgyz drug police, told Asia-Plus that a group of Afghan smugglers had tried to cross \
                the river late on Thursday. When the border guards moved in, the smugglers opened fire.

                In the exchange of fire one smuggler was detained, he said. Some 40 kilograms of heroin were found on the spot.

                New bus routes open in Bishkek
                Central bank of Kyrgyzstan raises its key rate
                President meets the Emir of Qatar in Doha
                At least four dead in air strike on a market in Khartoum
                All news
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2008-06-19 Batken", "arrest 2008-06-19 Batken");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Asia-Plus");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).isEmpty();
    }

    @Test
    void aContinentsPoliceAndASecondOperationACountAnnouncedKeepTheirPlaces() throws Exception {
        Extraction europe = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Police in Europe arrest 12 in heroin network inquiry

                May 5, 2022

                PARIS (AP) — Police in France, Spain and Portugal have arrested 12 people after an inquiry into a heroin network, \
                Europol said on Thursday.
                """);
        assertThat(europe.operations()).extracting(op -> op.type() + " " + op.place()).containsExactly("arrest null");
        Extraction mexico = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Detienen a tres en Sonora y Sinaloa

                14 de marzo de 2025

                La Fiscalía informó de la detención de tres personas. Las capturas se hicieron en dos operativos distintos, uno en \
                Sonora y otro en Sinaloa.

                El primer operativo se realizó en Hermosillo, donde militares cumplieron una orden de cateo en una casa.

                Allí fueron detenidos dos hombres. Los militares aseguraron dos armas y unas 300 dosis de metanfetamina.

                El segundo operativo se realizó en Culiacán, donde fue detenido el tercero.
                """);
        assertThat(mexico.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.place())
                .containsExactly("Hermosillo");
    }
}
