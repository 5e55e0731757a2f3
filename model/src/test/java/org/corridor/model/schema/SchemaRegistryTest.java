package org.corridor.model.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corridor.model.UsageException;
import org.junit.jupiter.api.Test;

class SchemaRegistryTest {
    private final SchemaRegistry registry = SchemaRegistry.standard();

    @Test
    void holdsTheSchemataTheFoundationNeedsWithFtmNames() {
        for (String name : List.of("Thing", "LegalEntity", "Person", "Organization", "Company", "Vessel", "Address",
                "BankAccount", "Sanction", "Event", "Ownership", "Directorship", "Membership", "Associate", "Family",
                "UnknownLink", "Payment", "Operation")) {
            assertThat(registry.find(name)).as(name).isPresent();
        }
    }

    @Test
    void aCompanyIsAnOrganizationAndAnAssetAndInheritsTheirProperties() {
        Schema company = registry.get("Company");
        assertThat(company.isA("Organization")).isTrue();
        assertThat(company.isA("Asset")).isTrue();
        assertThat(company.isA("Thing")).isTrue();
        assertThat(company.property("registrationNumber")).isPresent();
        assertThat(company.property("amount")).isPresent();
        assertThat(company.property("birthDate")).isEmpty();
    }

    @Test
    void anOperationIsAnEvent() {
        assertThat(registry.get("Operation").isA("Event")).isTrue();
        assertThat(registry.get("Operation").property("involved").orElseThrow().range()).isEqualTo("Thing");
    }

    @Test
    void relationshipSchemataNameTheirEnds() {
        Schema ownership = registry.get("Ownership");
        assertThat(ownership.isEdge()).isTrue();
        assertThat(ownership.edgeSource()).isEqualTo("owner");
        assertThat(ownership.edgeTarget()).isEqualTo("asset");
        assertThat(registry.get("Payment").edgeTarget()).isEqualTo("beneficiary");
    }

    @Test
    void theCommonSchemaIsTheMostSpecificDescendant() {
        assertThat(registry.common(List.of("LegalEntity", "Organization")).orElseThrow().name()).isEqualTo("Organization");
        assertThat(registry.common(List.of("Person", "Company"))).isEmpty();
    }

    @Test
    void anUnknownSchemaNamesTheKnownOnes() {
        assertThatThrownBy(() -> registry.get("Cartel")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown schema 'Cartel'").hasMessageContaining("Person");
    }
}
