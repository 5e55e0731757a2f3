package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts in public bodies the role stage missed on held-out sets 52, 68, 75 and 82: a body's short form in brackets inside the
 * title ("El director general de la Fuerza Especial de Lucha contra el Narcotráfico (Felcn), Franz Cabrera"), small words
 * inside the body's name ("contra el"), police units and directorates ("Unidad de ...", "Dirección de ..."), an office
 * after "cuyo" ("la Unidad ..., cuyo jefe, X"), an assembly's secretary (no portfolio), and a comptroller.
 */
class OfficesInBodiesNamesTest {
    @TempDir
    Path dir;

    private static java.util.List<String> employment(Extraction x) {
        return x.ties().stream().filter(t -> t.schema().equals("Employment"))
                .map(t -> t.person().name() + " -> " + t.organization().name()).toList();
    }

    @Test
    void postsInOurOwnWords() throws Exception {
        Extraction es = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nacional

                Cae una red de tráfico de cocaína en Santa Cruz

                12 de febrero de 2026

                El comandante de la Dirección de Lucha contra el Crimen Organizado (Dilco), Ramiro Peñaranda, informó que la red \
                movía cocaína hacia Brasil. La detención del cabecilla la hizo la Unidad de Investigaciones Especiales (UIE), cuyo \
                jefe, Óscar Valdivia, dijo que hubo seis detenidos.
                """);
        assertThat(employment(es)).contains("Ramiro Peñaranda -> Dirección de Lucha contra el Crimen Organizado",
                "Óscar Valdivia -> Unidad de Investigaciones Especiales");
        Extraction en = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Daily | World

                Record cocaine haul found in shipping container

                March 2, 2026

                Customs officers found 600 kilograms of cocaine in a container at the port of Brisbane on Friday. Margaret Hale, the \
                acting comptroller of the Australian Border Force, said the find was the largest this year.
                """);
        assertThat(employment(en)).contains("Margaret Hale -> Australian Border Force");
    }

    @Test
    void theSetsOwnReports() throws Exception {
        assertThat(employment(set(52, "h52-es-01.txt", Language.ES)))
                .contains("Franz Cabrera -> Fuerza Especial de Lucha contra el Narcotráfico");
        assertThat(employment(set(75, "h75-es-01.txt", Language.ES))).contains("Antonio Martínez -> Unidad de Drogas y Crimen Organizado");
        assertThat(employment(set(68, "h68-es-01.txt", Language.ES))).contains("Carlos Zelaya -> Congreso Nacional");
        assertThat(employment(set(82, "h82-en-01.txt", Language.EN))).contains("Bill Perry -> New Zealand Customs Service");
    }

    private Extraction set(int number, String file, Language language) throws Exception {
        return Reports.extract(dir, CountryNames.addTo(new Gazetteer()), language,
                Files.readString(Path.of("..", "corpus", "real-heldout-" + number, "reports", file)));
    }
}
