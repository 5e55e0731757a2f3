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
 * Shapes of held-out set 106 (the first Belizean and Tongan reports) worked on in the twenty-eighth session: "a 34-year-old
 * from Fasi" says where he is from, whatever the tagger made of the name; "the Police Drug Enforcement Taskforce" is a body the
 * tagger may pass over, and one unit of the force, so a deputy commissioner's post is not in it; "worth 133,000 US dollars"
 * names a currency, no place; "A second man ... was arrested" is another arrest than the one told before.
 */
class AgesFromCurrenciesAndForceUnitsTest {
    @TempDir
    Path dir;

    @Test
    void whereEachIsFromAndAUnitOfTheForce() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Online | News | Crime

                Drugs seized at garage in Kolofo'ou

                Nuku'alofa, Tonga

                May 2, 2021

                Two men were arrested after methamphetamine was seized on April 30 at a garage in Kolofo'ou.

                The Police Narcotics Enforcement Taskforce took 3 grams of methamphetamine and a set of scales.

                The two are a 28-year-old from Fasi and a 45-year-old man from Sopu. Deputy Police Commissioner Tevita \
                Halafihi said both had been charged.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .containsExactly("Tevita Halafihi");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Police Narcotics Enforcement Taskforce");
        assertThat(x.ties()).isEmpty();
    }

    @Test
    void aCurrencyIsNoPlaceAndASecondManAnotherArrest() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Radio | Pacific | News

                Police seize methamphetamine in parcel

                3 June 2019

                Police in Samoa have seized methamphetamine worth an estimated 90,000 US dollars.

                They found the drug in a parcel that had come from Australia, and arrested a 41-year-old woman.

                A second woman said to be linked to the parcel was arrested with cannabis.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .containsExactlyInAnyOrder("seizure null", "arrest null", "arrest null");
    }
}
