package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes the eighty-seventh held-out set showed the rules missing (corpus/real-heldout-87): a street band named in quotes in
 * the headline alone, its sellers listed by alias without quotes, the year's count "en lo corrido del año"; a group listed
 * with its article and also called by another name, neighbourhoods named after people; an aggregator's link line, a share of
 * a count arrested, two aliases in one sentence, a prosecutor's judicial district and men "flown from" one country to a city.
 */
class StreetBandsAndExtraditionsTest {
    @TempDir
    Path dir;

    @Test
    void aStreetBandAndItsSellersNamedByAliasInAPlainList() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Noticias Ejemplo | Judicial

                Cae la banda 'Los Tinteros', que vendía droga en el barrio La Chinita

                Barranquilla, 3 de mayo de 2025

                En lo corrido del año han sido capturadas 900 personas por venta de drogas en la ciudad y se han incautado 120 \
                kilos de alucinógenos.

                La Policía Nacional capturó a nueve presuntos expendedores en el sur de Barranquilla.

                Agentes de la Seccional de Investigación Criminal allanaron seis casas del barrio La Chinita. Alias El Gordo, \
                señalado como líder de la banda, y los alias El Chato, Wilson y El Mocho tienen antecedentes por hurto.

                Los demás, conocidos como Pirry, Candela, Mayo y El Zurdo, vendían la droga, según la Policía. Las bandas \
                conocidas como Tiguerones y Lagartos se disputan la zona.

                En los allanamientos se incautaron 300 dosis de marihuana.
                """);
        assertThat(x.entities()).extracting(e -> e.kind() + " " + e.name()).contains("PERSON El Gordo", "PERSON El Chato",
                "PERSON Wilson", "PERSON El Mocho", "PERSON Pirry", "PERSON Candela", "PERSON Mayo", "PERSON El Zurdo",
                "ORGANIZATION Los Tinteros").doesNotContain("PERSON Tiguerones");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Membership El Gordo -> Los Tinteros");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place()).containsExactlyInAnyOrder(
                "arrest 2025-05-03 Barranquilla", "raid 2025-05-03 La Chinita", "seizure 2025-05-03 La Chinita");
    }

    @Test
    void aGroupListedWithItsArticleIsOneWithItsOtherNameAndNeighbourhoodsArePlaces() throws Exception {
        Gazetteer list = CountryNames.addTo(new Gazetteer());
        for (String name : new String[] {"CLAN DEL NORTE", "LOS AUTODEFENSAS NORTEÑAS DE COLOMBIA"}) {
            list.addParty(name, EntityKind.ORGANIZATION, new Mention.Listed("ofac-91", "Organization", name, "CLAN DEL NORTE"), "ofac-91");
        }
        Extraction x = Reports.extract(dir, list, Language.ES, """
                Diario Ejemplo | Colombia

                Incautan marihuana en Santa Marta

                9 de febrero de 2024

                La Policía Metropolitana de Santa Marta incautó 400 kilos de marihuana, un golpe a las Autodefensas Norteñas de \
                Colombia (ANC), el grupo también conocido como Clan del Norte.

                La droga iba a llegar a barrios como El Bosque, San Fernando y Olaya Herrera.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION && e.listed() != null)
                .extracting(e -> e.name()).containsExactly("Autodefensas Norteñas de Colombia");
        assertThat(x.entities()).extracting(e -> e.kind() + " " + e.name()).contains("COUNTRY Colombia")
                .doesNotContain("PERSON Olaya Herrera");
    }

    @Test
    void anExtraditionTheMenWereFlownForAndNoArrestInAShareOfACount() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                News Example | Americas

                Two Honduran Traffickers Extradited to Texas

                Reuters - go to original
                March 10, 2011

                The United States Attorney for the Southern District of Texas, Ana Example, announced today that Tomás Ortega \
                Ruiz, also known as "Toby," one of the government's priority targets, has been extradited with two co-defendants, \
                Pedro Lara Solís, also known as "Tarzan," and Luis Alberto Mejía Sosa, also known as "El Gato."

                The two men were flown from Honduras to Houston on March 8, 2011.

                Since 2005, officials have named 40 Honduran traffickers; more than half have been arrested, they said.
                """);
        assertThat(x.entities()).extracting(e -> e.kind() + " " + e.name()).doesNotContain("ORGANIZATION Reuters",
                "ORGANIZATION Southern District of Texas", "PERSON El Gato");
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Luis Alberto Mejía Sosa")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("El Gato"));
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("extradition 2011-03-08 Houston");
    }
}
