package org.corridor.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.corridor.ingest.Reading;
import org.corridor.model.UsageException;
import org.corridor.testkit.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedCsvReaderTest {
    @TempDir
    Path dir;

    Path mapping() {
        return HostileFiles.write(dir, "m.yaml", """
                id_prefix: seizures
                entities:
                  group:
                    schema: Organization
                    keys: [group]
                    properties:
                      name: {column: group}
                      country: {column: country}
                  person:
                    schema: Person
                    keys: [person]
                    properties:
                      name: {column: person}
                      alias: {column: aliases, split: ";"}
                  member:
                    schema: Membership
                    keys: [person, group]
                    properties:
                      member: {entity: person}
                      organization: {entity: group}
                      role: {literal: member}
                """);
    }

    @Test
    void rowsBecomeLinkedEntitiesWithStableIds() {
        Path csv = HostileFiles.write(dir, "people.csv", "person,aliases,group,country\n"
                + "Ana Example,La Jefa;AE,Los Ejemplos,Mexico\n"
                + ",,Los Ejemplos,mx\n");
        Reading r = Reading.of(new MappedCsvReader(), csv, mapping());
        assertThat(r.summary().entities()).isEqualTo(4);
        String person = r.statements().stream().filter(s -> s.schema().equals("Person") && s.isIdStatement())
                .findFirst().orElseThrow().entityId();
        assertThat(person).startsWith("seizures-");
        assertThat(r.values(person, "alias")).containsExactly("La Jefa", "AE");
        String membership = r.statements().stream().filter(s -> s.schema().equals("Membership") && s.isIdStatement())
                .findFirst().orElseThrow().entityId();
        assertThat(r.values(membership, "member")).containsExactly(person);
        // the second row names the same group, so it is the same entity
        assertThat(r.statements().stream().filter(s -> s.schema().equals("Organization") && s.isIdStatement())
                .map(s -> s.entityId()).distinct()).hasSize(1);
        Reading again = Reading.of(new MappedCsvReader(), csv, mapping());
        assertThat(again.statements()).extracting(s -> s.id()).containsExactlyElementsOf(r.statements().stream().map(s -> s.id()).toList());
    }

    @Test
    void aDatasetWhoseRowsCiteDifferentSourcesKeepsEachRowsSource() {
        Path cited = HostileFiles.write(dir, "cited.yaml", """
                id_prefix: campaign
                source_columns: [outlet, published]
                entities:
                  op:
                    schema: Operation
                    id_column: op
                    properties:
                      fatalitiesBest: {column: deaths}
                      sourceUrl: {column: url}
                """);
        Path csv = HostileFiles.write(dir, "strikes.csv", "op,deaths,outlet,published,url\n"
                + "s1,3,Wire,2025-10-19,https://example.org/a\n"
                + "s1,4,Local paper,2025-10-20,https://example.org/b\n");
        Reading r = Reading.of(new MappedCsvReader(), csv, cited);
        // one operation, two sources, each figure under the source that gave it
        assertThat(r.statements().stream().filter(s -> s.property().equals("fatalitiesBest")).map(s -> s.source() + "=" + s.value()))
                .containsExactlyInAnyOrder("test/Wire 2025-10-19=3", "test/Local paper 2025-10-20=4");
        assertThat(r.statements().stream().map(s -> s.entityId()).distinct()).containsExactly("campaign-s1");

        Path uncited = HostileFiles.write(dir, "uncited.csv", "op,deaths,outlet,published,url\ns2,1,,,https://example.org/c\n");
        assertThatThrownBy(() -> Reading.of(new MappedCsvReader(), uncited, cited))
                .hasMessageContaining("uncited.csv line 2: the mapping takes each row's source from outlet, published but this row "
                        + "leaves them empty; cite the row's source");
    }

    @Test
    void aMappingThatReadsMissingColumnsNamesThem() {
        Path csv = HostileFiles.write(dir, "people.csv", "person,group\nAna,Los Ejemplos\n");
        assertThatThrownBy(() -> Reading.of(new MappedCsvReader(), csv, mapping()))
                .hasMessageContaining("people.csv line 1: the mapping reads columns country, aliases but the header has only person, group");
    }

    @Test
    void everyProblemInAMappingIsReportedAtOnce() {
        Path bad = HostileFiles.write(dir, "bad.yaml", """
                entities:
                  a: {schema: Cartel, keys: [x]}
                  b:
                    schema: Person
                    properties:
                      shoeSize: {column: x}
                      name: {entity: a}
                """);
        Path csv = HostileFiles.write(dir, "x.csv", "x\n1\n");
        assertThatThrownBy(() -> Reading.of(new MappedCsvReader(), csv, bad)).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown schema 'Cartel'")
                .hasMessageContaining("needs 'keys'")
                .hasMessageContaining("no property 'shoeSize'")
                .hasMessageContaining("'name' is not a reference");
    }
}
