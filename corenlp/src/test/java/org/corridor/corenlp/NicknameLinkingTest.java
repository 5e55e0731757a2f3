package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nickname named before its owner, in a headline, joins the owner: from the document, or from the list's aliases. */
class NicknameLinkingTest {
    private static final CoreNlpTagger TAGGER = new CoreNlpTagger().preload(Language.EN);

    @TempDir
    Path dir;

    @Test
    void aHeadlineNicknameJoinsThePersonTheBodyGivesItTo() throws Exception {
        Extraction x = extract(CountryNames.addTo(new Gazetteer()), """
                'El Chapo' verdict upheld on appeal

                March 4, 2022

                A federal appeals court in New York upheld the conviction of Joaquín 'El Chapo' Guzmán, the former leader of \
                the Sinaloa Cartel, rejecting his claim that the jury had been influenced by press coverage.
                """);
        DocEntity chapo = person(x, "El Chapo");
        assertThat(chapo.mentions()).extracting(Mention::text).contains("Joaquín 'El Chapo' Guzmán");
        assertThat(persons(x)).hasSize(1);
    }

    @Test
    void aListedAliasJoinsThePersonWhoseNameIsInsideTheListedName() throws Exception {
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        Mention.Listed listed = new Mention.Listed("ofac-1", "Person", "El Mencho", "OSEGUERA CERVANTES, Nemesio");
        gazetteer.addParty("OSEGUERA CERVANTES, Nemesio", EntityKind.PERSON, listed);
        gazetteer.addParty("El Mencho", EntityKind.PERSON, listed);
        Extraction x = extract(gazetteer, """
                Son of 'El Mencho' sentenced in Washington

                March 7, 2025

                A federal judge sentenced Rubén Oseguera González to life in prison. His father, Nemesio Oseguera Cervantes, \
                leads the Jalisco New Generation Cartel.
                """);
        DocEntity father = person(x, "El Mencho");
        assertThat(father.mentions()).extracting(Mention::text).contains("Nemesio Oseguera Cervantes");
        assertThat(father.links()).anyMatch(e -> e.contains("listed as another name of 'OSEGUERA CERVANTES, Nemesio'"));
        assertThat(person(x, "Rubén Oseguera González")).isNotSameAs(father);
    }

    @Test
    void aListedAliasThatIsAGivenNameDoesNotTakeThePresidentsFirstName() throws Exception {
        // issue 21: OFAC gives a Colombian trafficker the alias NICOLAS; the 2025 names file types every party LegalEntity
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        gazetteer.addParty("NICOLAS", EntityKind.ORGANIZATION, new Mention.Listed("ofac-9", "LegalEntity", "NICOLAS",
                "RODRIGUEZ OREJUELA, Miguel"));
        Extraction x = extract(gazetteer, """
                Venezuela rejects strike claims

                September 5, 2025

                Venezuelan President Nicolás Maduro said on Thursday that the United States had no evidence for its claims. \
                Nicolás spoke for an hour.
                """);
        DocEntity maduro = person(x, "Nicolás Maduro");
        assertThat(maduro.listed()).isNull();
        assertThat(x.entities()).noneMatch(e -> e.listed() != null && !e.listed().weak());
    }

    @Test
    void aNameWithItsNicknameInQuotesIsTheListedNameWithoutItOrWithItAmongTheGivenNames() throws Exception {
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        gazetteer.addParty("Ismael ZAMBADA GARCIA", EntityKind.ORGANIZATION, new Mention.Listed("ofac-7226", "LegalEntity",
                "Ismael ZAMBADA GARCIA", "Ismael ZAMBADA GARCIA"));
        gazetteer.addParty("GUZMAN Joaquin Chapo", EntityKind.ORGANIZATION, new Mention.Listed("ofac-6861", "LegalEntity",
                "GUZMAN Joaquin Chapo", "GUZMAN LOERA Joaquin"));
        gazetteer.addParty("GUZMAN LOPEZ Joaquin", EntityKind.ORGANIZATION, new Mention.Listed("ofac-41897", "LegalEntity",
                "GUZMAN LOPEZ Joaquin", "GUZMAN LOPEZ Joaquin"));
        Extraction x = extract(gazetteer, """
                Treasury targets a Sinaloa faction

                September 18, 2025

                The faction grew after the arrests of the cartel's founders, Joaquín "El Chapo" Guzmán and Ismael "El Mayo" \
                Zambada García, and now fights El Chapo's sons.
                """);
        assertThat(person(x, "Ismael \"El Mayo\" Zambada García").listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak)
                .containsExactly("ofac-7226", false);
        DocEntity chapo = person(x, "Joaquín \"El Chapo\" Guzmán");
        assertThat(chapo.listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak).containsExactly("ofac-6861", false);
        assertThat(chapo.listedBecause()).contains("nickname among the given names");
    }

    @Test
    void aNicknameInLowerCaseAndANicknameBeforeASurnameAloneAreFoundAndScored() throws Exception {
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        for (String[] p : new String[][] {{"ofac-7226", "Ismael ZAMBADA GARCIA"}, {"ofac-7226", "El Mayo"},
                {"ofac-6861", "GUZMAN Chapo"}, {"ofac-41897", "GUZMAN LOPEZ Joaquin"}}) {
            gazetteer.addParty(p[1], EntityKind.ORGANIZATION, new Mention.Listed(p[0], "LegalEntity", p[1], p[1]), p[0]);
        }
        Extraction x = extract(gazetteer, """
                Guerra interna en Sinaloa

                15 de enero de 2026

                El cártel vive una guerra tras la detención de su cofundador Ismael "el Mayo" Zambada, a quien Joaquín Guzmán \
                López, hijo de "el Chapo" Guzmán, entregó a Estados Unidos.
                """);
        assertThat(person(x, "Ismael \"el Mayo\" Zambada").listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak)
                .containsExactly("ofac-7226", false);
        DocEntity chapo = person(x, "\"el Chapo\" Guzmán");
        assertThat(chapo.listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak).containsExactly("ofac-6861", false);
        assertThat(person(x, "Joaquín Guzmán López")).isNotSameAs(chapo);

        // the eval counts a link named by a gold entity's other form ("El Mayo") on the entity that is that person
        org.corridor.extract.eval.ExtractionEval eval = new org.corridor.extract.eval.ExtractionEval();
        eval.add(new org.corridor.extract.eval.Gold("report.txt", null, List.of(List.of("Ismael Zambada", "El Mayo")), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(new org.corridor.extract.eval.Gold.GoldLink("El Mayo", "ofac-7226")),
                List.of(), List.of()), x);
        assertThat(eval.errors()).noneMatch(e -> e.contains("false link") && e.contains("ofac-7226"))
                .noneMatch(e -> e.contains("missed link of 'El Mayo'"));
    }

    @Test
    void aQuotedNicknameAfterANameAndGivenNamesBeforeAListedNameLinkTheirOwner() throws Exception {
        // as the 2025 names file writes them: untyped parties, one in an odd word order, a brother listed too
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        Mention.Listed flores = new Mention.Listed("ofac-31147", "LegalEntity", "Flores Audias Silva", "Flores Audias Silva");
        gazetteer.addParty("Flores Audias Silva", EntityKind.ORGANIZATION, flores);
        gazetteer.addParty("Jardinero", EntityKind.ORGANIZATION, new Mention.Listed("ofac-31147", "LegalEntity", "Jardinero",
                "Flores Audias Silva"));
        gazetteer.addParty("Ruben Oseguera Cervantes", EntityKind.ORGANIZATION, new Mention.Listed("ofac-17674", "LegalEntity",
                "Ruben Oseguera Cervantes", "Ruben Oseguera Cervantes"));
        gazetteer.addParty("OSEGUERA CERVANTES Antonio", EntityKind.ORGANIZATION, new Mention.Listed("ofac-20109", "LegalEntity",
                "OSEGUERA CERVANTES Antonio", "OSEGUERA CERVANTES Antonio"));
        Extraction x = extract(gazetteer, Language.ES, """
                Sanciones contra el CJNG

                18 de junio de 2025

                El Departamento del Tesoro anunció este miércoles sanciones contra cinco altos mandos del Cártel Jalisco Nueva \
                Generación (CJNG), al amparo de las Órdenes Ejecutivas 14059 y 13224.

                Las medidas alcanzan al líder del cártel, Nemesio Rubén Oseguera Cervantes, así como a Audias Flores Silva, \
                «El Jardinero», a quienes el Tesoro responsabiliza de actos violentos, entre ellos el asesinato de Valeria Márquez.
                """);
        DocEntity audias = person(x, "Audias Flores Silva");
        assertThat(audias.listed().entityId()).isEqualTo("ofac-31147");
        assertThat(audias.listed().weak()).isFalse();
        assertThat(audias.mentions()).extracting(Mention::text).contains("Jardinero");
        DocEntity nemesio = person(x, "Nemesio Rubén Oseguera Cervantes");
        assertThat(nemesio.listed().entityId()).isEqualTo("ofac-17674");
        assertThat(x.entities()).noneMatch(e -> e.listed() != null && e.listed().entityId().equals("ofac-20109"));
        assertThat(x.entities()).extracting(DocEntity::name).doesNotContain("Órdenes Ejecutivas", "Jardinero");
        assertThat(x.designations()).extracting(d -> d.target().name())
                .containsExactlyInAnyOrder("Nemesio Rubén Oseguera Cervantes", "Audias Flores Silva");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " " + t.organization().name())
                .contains("Membership Nemesio Rubén Oseguera Cervantes Cártel Jalisco Nueva Generación");
    }

    @Test
    void aWeaklyListedWordInsideAnAliasOrTakenForAPlaceMakesNoGroup() throws Exception {
        // "GORDO" is an alias the 2025 list gives three parties; "ARIZONA S.A." a listed company: both too weak alone
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        gazetteer.addParty("GORDO", EntityKind.ORGANIZATION, new Mention.Listed("ofac-9994", "LegalEntity", "GORDO", "GOMEZ OCAMPO Davinson"));
        gazetteer.addParty("ARIZONA S.A.", EntityKind.ORGANIZATION, new Mention.Listed("ofac-7285", "LegalEntity", "ARIZONA S.A.",
                "ARIZONA S.A."));
        Extraction es = extract(gazetteer, Language.ES, """
                Capturan a presunto líder de Los Lobos

                29 de octubre de 2025

                La Policía detuvo en Quito a unos 20 sospechosos, entre ellos Arturo L., alias 'Gordo Arturo', identificado como \
                cabecilla de la banda Los Lobos en la capital.
                """);
        assertThat(es.entities()).extracting(e -> e.name()).doesNotContain("Gordo");
        assertThat(es.entities()).noneMatch(e -> e.listed() != null && e.listed().entityId().equals("ofac-9994"));
        Extraction en = extract(gazetteer, """
                Cartel boss pleads not guilty

                March 1, 2025

                His release from a Mexican prison in 2013 set off violence in Sonora, the Mexican state that borders Arizona, \
                prosecutors in New York said on Friday.
                """);
        assertThat(en.entities()).extracting(e -> e.name() + " " + e.kind()).doesNotContain("Arizona ORGANIZATION");
    }

    private Extraction extract(Gazetteer gazetteer, String text) throws Exception {
        return extract(gazetteer, Language.EN, text);
    }

    private Extraction extract(Gazetteer gazetteer, Language language, String text) throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, text);
        return Pipeline.standard(TAGGER, gazetteer).extract(new DocumentReaders().read(file, "report.txt",
                new DocumentReaders.Options(null, null, language, null)));
    }

    private static List<DocEntity> persons(Extraction x) {
        return x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
    }

    private static DocEntity person(Extraction x, String mention) {
        return persons(x).stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst()
                .orElseThrow(() -> new AssertionError("no person named '" + mention + "' in " + x.entities()));
    }
}
