package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.corridor.extract.doc.Document;
import org.junit.jupiter.api.Test;

/** The capitalised name before "airport" written in lower case is a place's; a demonym there is not. */
class NamedAirportTest {
    private static Work run(String text) {
        Work work = new Work(new Document("d", "text", text, "", null, "", "", null, new ArrayList<>()));
        new PlaceNameStage().apply(work);
        return work;
    }

    @Test
    void theNameBeforeAirportIsAPlace() {
        assertThat(run("Police took 5.9 kilograms at Fagali'i airport on Wednesday.").candidates)
                .extracting(m -> m.kind() + " " + m.text()).containsExactly("PLACE Fagali'i");
        assertThat(run("The parcels came in through Faleolo international airport.").candidates)
                .extracting(m -> m.text()).containsExactly("Faleolo");
    }

    @Test
    void aDemonymOrACapitalisedAirportIsNotReadSo() {
        assertThat(run("He was stopped at the Samoan airport.").candidates).isEmpty();
        // the country's airport: the country stays named, no place of that name
        assertThat(run("British citizen arrested at Malawi airport trying to smuggle drugs").candidates).isEmpty();
        assertThat(run("He flew out from Fagali'i airport and was stopped at Kotoka International Airport.").candidates)
                .extracting(m -> m.text()).containsExactly("Fagali'i");
    }
}
